package org.returneeregistry.returnee.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.persistence.RecordedActor;

/** One recorded change of a returnee: who, when, why and what. Never updated or deleted. */
@Entity
@Table(name = "returnee_history")
public class HistoryEntry {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "returnee_id", nullable = false, updatable = false)
    private Returnee returnee;

    @Column(name = "seq", nullable = false, updatable = false)
    private int sequence;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    @Embedded
    private RecordedActor actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 32, nullable = false, updatable = false)
    private HistoryAction action;

    @Column(name = "reason", length = 1000, updatable = false)
    private String reason;

    @ElementCollection
    @CollectionTable(name = "returnee_history_change", joinColumns = @JoinColumn(name = "history_id"))
    @OrderColumn(name = "position")
    private List<ChangedField> changes = new ArrayList<>();

    protected HistoryEntry() {
        // JPA
    }

    HistoryEntry(Returnee returnee, int sequence, Instant at, Actor actor, HistoryAction action, String reason,
                 List<FieldChange> changes) {
        this.returnee = returnee;
        this.sequence = sequence;
        this.at = at;
        this.actor = new RecordedActor(actor);
        this.action = action;
        this.reason = reason;
        changes.forEach(c -> this.changes.add(new ChangedField(c)));
    }

    public int sequence() {
        return sequence;
    }

    public Instant at() {
        return at;
    }

    /** Who made the change. */
    public RecordedActor actor() {
        return actor;
    }

    public HistoryAction action() {
        return action;
    }

    public String reason() {
        return reason;
    }

    public List<FieldChange> changes() {
        return changes.stream().map(ChangedField::change).toList();
    }
}
