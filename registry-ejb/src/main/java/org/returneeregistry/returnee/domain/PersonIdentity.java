package org.returneeregistry.returnee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An identifier held by a returnee. (type, number, issuing country) belongs to one returnee only. */
@Entity
@Table(name = "returnee_identity")
public class PersonIdentity {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "returnee_id", nullable = false, updatable = false)
    private Returnee returnee;

    @Column(name = "id_type", length = 16, nullable = false, updatable = false)
    private String type;

    @Column(name = "id_number", length = 20, nullable = false, updatable = false)
    private String number;

    @Column(name = "issuing_country", length = 3, nullable = false, updatable = false)
    private String issuingCountry;

    protected PersonIdentity() {
        // JPA
    }

    PersonIdentity(Returnee returnee, Identifier identifier) {
        this.returnee = returnee;
        this.type = identifier.type();
        this.number = identifier.number();
        this.issuingCountry = identifier.issuingCountry();
    }

    public Identifier identifier() {
        return new Identifier(type, number, issuingCountry);
    }
}
