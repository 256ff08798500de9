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

/** One change of a case: what happened, when, who and why. Never updated or deleted. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    public static final int NOTE_LENGTH = 1200;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_ref", nullable = false, updatable = false)
    private ReintegrationCase reintegrationCase;

    @Column(name = "seq", nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", length = CaseEventType.LENGTH, nullable = false, updatable = false)
    private CaseEventType type;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    @Embedded
    private RecordedActor actor;

    @Column(name = "note", length = NOTE_LENGTH, updatable = false)
    private String note;

    protected CaseEvent() {
        // JPA
    }

    CaseEvent(
            ReintegrationCase reintegrationCase,
            int sequence,
            CaseEventType type,
            Instant at,
            Actor actor,
            String note) {
        this.reintegrationCase = reintegrationCase;
        this.sequence = sequence;
        this.type = type;
        this.at = at;
        this.actor = new RecordedActor(actor);
        this.note = note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH);
    }

    public int sequence() {
        return sequence;
    }

    public CaseEventType type() {
        return type;
    }

    public Instant at() {
        return at;
    }

    public RecordedActor actor() {
        return actor;
    }

    public String note() {
        return note;
    }
}
