package org.returneeregistry.returnee.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

    @Column(name = "actor", length = Actor.MAX_LENGTH, nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_subject", length = Actor.MAX_LENGTH, updatable = false)
    private String actorSubject;

    @Column(name = "actor_organisation", length = Actor.MAX_LENGTH, updatable = false)
    private String actorOrganisation;

    @Column(name = "actor_client", length = Actor.MAX_LENGTH, updatable = false)
    private String actorClient;

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
        this.actor = actor.display();
        this.actorSubject = actor.subject();
        this.actorOrganisation = actor.organisation();
        this.actorClient = actor.client();
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

    /** The actor as people read it, e.g. {@code registrar.demo@NPL-DOFE}. */
    public String actor() {
        return actor;
    }

    public String actorSubject() {
        return actorSubject;
    }

    public String actorOrganisation() {
        return actorOrganisation;
    }

    public String actorClient() {
        return actorClient;
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
