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
import java.time.LocalDate;

/** A period of work abroad on the returnee's record. */
@Entity
@Table(name = "migration_episode")
public class MigrationEpisode {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "returnee_id", nullable = false, updatable = false)
    private Returnee returnee;

    @Column(name = "destination_country", length = 3, nullable = false)
    private String destinationCountry;

    @Column(name = "employer", length = 200)
    private String employer;

    @Column(name = "occupation", length = 4)
    private String occupation;

    @Column(name = "sector", length = 1)
    private String sector;

    @Column(name = "recruitment_agency", length = 200)
    private String recruitmentAgency;

    @Column(name = "channel", length = 16)
    private String channel;

    @Column(name = "departure_date")
    private LocalDate departureDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected MigrationEpisode() {
        // JPA
    }

    MigrationEpisode(Returnee returnee, Employment employment) {
        this.returnee = returnee;
        this.destinationCountry = employment.destinationCountry();
        this.employer = employment.employer();
        this.occupation = employment.occupation();
        this.sector = employment.sector();
        this.recruitmentAgency = employment.recruitmentAgency();
        this.channel = employment.channel();
        this.departureDate = employment.departureDate();
        this.endDate = employment.endDate();
    }

    public Employment employment() {
        return new Employment(destinationCountry, employer, occupation, sector, recruitmentAgency, channel,
                departureDate, endDate);
    }
}
