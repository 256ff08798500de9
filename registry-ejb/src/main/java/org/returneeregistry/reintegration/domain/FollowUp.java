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
 * One follow-up contact of a case: scheduled when the case opens (due on a date, not yet made) and
 * recorded when the case worker tries to reach the returnee (with the outcome). A contact outside the
 * schedule is recorded with no due date.
 */
@Entity
@Table(name = "case_follow_up")
public class FollowUp {

    public static final int TEXT_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_ref", nullable = false, updatable = false)
    private ReintegrationCase reintegrationCase;

    @Column(name = "seq", nullable = false, updatable = false)
    private int number;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @Column(name = "contacted_on")
    private LocalDate contactedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = ContactOutcome.LENGTH)
    private ContactOutcome outcome;

    @Column(name = "note", length = TEXT_LENGTH)
    private String note;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected FollowUp() {
        // JPA
    }

    FollowUp(ReintegrationCase reintegrationCase, int number, LocalDate dueOn) {
        this.reintegrationCase = reintegrationCase;
        this.number = number;
        this.dueOn = dueOn;
    }

    void record(LocalDate contactedOn, ContactOutcome outcome, String note, Instant at) {
        this.contactedOn = contactedOn;
        this.outcome = outcome;
        this.note = note;
        this.recordedAt = at;
    }

    /** Whether the contact was made (reached or not). */
    public boolean made() {
        return outcome != null;
    }

    /** Whether the follow-up was due before {@code today} and not made. */
    public boolean overdueOn(LocalDate today) {
        return !made() && dueOn != null && dueOn.isBefore(today);
    }

    public ReintegrationCase reintegrationCase() {
        return reintegrationCase;
    }

    public int number() {
        return number;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate contactedOn() {
        return contactedOn;
    }

    public ContactOutcome outcome() {
        return outcome;
    }

    public String note() {
        return note;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
