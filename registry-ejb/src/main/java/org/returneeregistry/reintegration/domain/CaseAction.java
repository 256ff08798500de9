package org.returneeregistry.reintegration.domain;

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
import java.time.LocalDate;

/**
 * An action of the plan towards one of its goals: what is done, by which organisation, by when. Open
 * until it is done or cancelled.
 */
@Entity
@Table(name = "case_action")
public class CaseAction {

    public static final int TEXT_LENGTH = 1000;
    public static final int ORGANISATION_LENGTH = 36;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_ref", nullable = false, updatable = false)
    private ReintegrationCase reintegrationCase;

    @Column(name = "seq", nullable = false, updatable = false)
    private int number;

    @Column(name = "goal_number", nullable = false, updatable = false)
    private int goal;

    @Column(name = "description", length = TEXT_LENGTH, nullable = false, updatable = false)
    private String description;

    @Column(name = "responsible", length = ORGANISATION_LENGTH, nullable = false, updatable = false)
    private String responsible;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = ActionStatus.LENGTH, nullable = false)
    private ActionStatus status;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_note", length = TEXT_LENGTH)
    private String closingNote;

    protected CaseAction() {
        // JPA
    }

    CaseAction(
            ReintegrationCase reintegrationCase,
            int number,
            int goal,
            String description,
            String responsible,
            LocalDate dueOn) {
        this.reintegrationCase = reintegrationCase;
        this.number = number;
        this.goal = goal;
        this.description = description;
        this.responsible = responsible;
        this.dueOn = dueOn;
        this.status = ActionStatus.OPEN;
    }

    void close(ActionStatus outcome, String note, Instant at) {
        this.status = outcome;
        this.closingNote = note;
        this.closedAt = at;
    }

    public boolean open() {
        return status == ActionStatus.OPEN;
    }

    public int number() {
        return number;
    }

    public int goal() {
        return goal;
    }

    public String description() {
        return description;
    }

    /** The code of the organisation responsible for the action. */
    public String responsible() {
        return responsible;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ActionStatus status() {
        return status;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closingNote() {
        return closingNote;
    }
}
