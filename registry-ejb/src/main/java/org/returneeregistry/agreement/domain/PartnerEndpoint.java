package org.returneeregistry.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where a partner institution receives messages under an agreement: one address per transport. */
@Entity
@Table(name = "agreement_endpoint")
public class PartnerEndpoint {

    public static final int URL_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @Column(name = "institution", length = Party.INSTITUTION_LENGTH, nullable = false, updatable = false)
    private String institution;

    @Enumerated(EnumType.STRING)
    @Column(name = "transport", length = EndpointTransport.LENGTH, nullable = false, updatable = false)
    private EndpointTransport transport;

    @Column(name = "url", length = URL_LENGTH, nullable = false)
    private String url;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = PartnerCertificate.ACTOR_LENGTH, nullable = false)
    private String updatedBy;

    protected PartnerEndpoint() {
        // JPA
    }

    PartnerEndpoint(
            Agreement agreement,
            String institution,
            EndpointTransport transport,
            String url,
            Instant at,
            String actor) {
        this.agreement = agreement;
        this.institution = institution;
        this.transport = transport;
        set(url, at, actor);
    }

    void set(String newUrl, Instant at, String actor) {
        this.url = newUrl;
        this.updatedAt = at;
        this.updatedBy = actor;
    }

    public String institution() {
        return institution;
    }

    public EndpointTransport transport() {
        return transport;
    }

    public String url() {
        return url;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
