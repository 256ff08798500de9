package org.returneeregistry.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.persistence.RecordedActor;

/** One recorded event of an organisation: what, when, who and why. Never updated or deleted. */
@Entity
@Table(name = "organisation_event")
public class OrganisationEvent {

    public static final int REASON_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "seq", nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", length = OrganisationEventType.LENGTH, nullable = false, updatable = false)
    private OrganisationEventType type;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    @Embedded
    private RecordedActor actor;

    @Column(name = "reason", length = REASON_LENGTH, updatable = false)
    private String reason;

    protected OrganisationEvent() {
        // JPA
    }

    OrganisationEvent(Organisation organisation, int sequence, OrganisationEventType type, Instant at, Actor actor,
                      String reason) {
        this.organisation = organisation;
        this.sequence = sequence;
        this.type = type;
        this.at = at;
        this.actor = new RecordedActor(actor);
        this.reason = reason;
    }

    public int sequence() {
        return sequence;
    }

    public OrganisationEventType type() {
        return type;
    }

    public Instant at() {
        return at;
    }

    /** Who made the change. */
    public RecordedActor actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }
}
