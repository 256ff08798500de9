package org.returneeregistry.reintegration.domain;

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

/** One change of a grievance: the status it reached, when, who and why. Never updated or deleted. */
@Entity
@Table(name = "grievance_event")
public class GrievanceEvent {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "grievance_ref", nullable = false, updatable = false)
    private Grievance grievance;

    @Column(name = "seq", nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = GrievanceStatus.LENGTH, nullable = false, updatable = false)
    private GrievanceStatus status;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    @Embedded
    private RecordedActor actor;

    @Column(name = "note", length = Grievance.TEXT_LENGTH, updatable = false)
    private String note;

    protected GrievanceEvent() {}

    GrievanceEvent(Grievance grievance, int sequence, GrievanceStatus status, Instant at, Actor actor, String note) {
        this.grievance = grievance;
        this.sequence = sequence;
        this.status = status;
        this.at = at;
        this.actor = new RecordedActor(actor);
        this.note = note;
    }

    public int sequence() {
        return sequence;
    }

    public GrievanceStatus status() {
        return status;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor.display();
    }

    public String organisation() {
        return actor.organisation();
    }

    public String note() {
        return note;
    }
}
