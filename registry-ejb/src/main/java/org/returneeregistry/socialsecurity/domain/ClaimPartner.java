package org.returneeregistry.socialsecurity.domain;

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
import java.util.Objects;

/**
 * One partner institution a claim asks for periods, and where its period request stands: its own signed request
 * (and reminders), its own deadline, its answer (certified periods or a refusal) or its time-out, and the decision
 * message it was sent. A claim under an agreement with two institutions of the partner country (a pension fund and
 * an employment-injury insurer, say) has two; the claim moves on only when every one has answered or timed out.
 */
@Entity
@Table(name = "ss_claim_partner")
public class ClaimPartner {

    /** Where one partner's period request stands. */
    public enum Standing {
        /** Not asked yet (the claim is a draft or submitted). */
        NOT_ASKED,
        /** Asked; no answer yet. */
        WAITING,
        /** Answered with certified periods (possibly none). */
        ANSWERED,
        /** Answered with a refusal. */
        REFUSED,
        /** Did not answer within the section's time-out; a late answer is still taken in. */
        TIMED_OUT;

        public static final int LENGTH = 16;

        /** True when the partner's request no longer holds the claim back. */
        public boolean closed() {
            return this == ANSWERED || this == REFUSED || this == TIMED_OUT;
        }
    }

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private Claim claim;

    @Column(name = "seq", nullable = false, updatable = false)
    private int sequence;

    @Column(name = "institution", length = Claim.ORGANISATION_LENGTH, nullable = false, updatable = false)
    private String institution;

    @Enumerated(EnumType.STRING)
    @Column(name = "standing", length = Standing.LENGTH, nullable = false)
    private Standing standing;

    @Column(name = "request_message_id", length = Claim.MESSAGE_ID_LENGTH)
    private String requestMessageId;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_reminder_at")
    private Instant lastReminderAt;

    @Column(name = "next_deadline_at")
    private Instant nextDeadlineAt;

    @Column(name = "answer_message_id", length = Claim.MESSAGE_ID_LENGTH)
    private String answerMessageId;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "decision_message_id", length = Claim.MESSAGE_ID_LENGTH)
    private String decisionMessageId;

    protected ClaimPartner() {
        // JPA
    }

    ClaimPartner(Claim claim, int sequence, String institution) {
        this.claim = Objects.requireNonNull(claim, "claim");
        this.sequence = sequence;
        this.institution = Objects.requireNonNull(institution, "institution");
        this.standing = Standing.NOT_ASKED;
    }

    /** The claim asks for periods (again): the request waits for its message to go out. */
    void asked(Instant at) {
        standing = Standing.WAITING;
        requestedAt = at;
        requestMessageId = null;
        remindersSent = 0;
        lastReminderAt = null;
        nextDeadlineAt = null;
        answerMessageId = null;
        closedAt = null;
    }

    void sentAs(String messageId, Instant nextDeadline) {
        this.requestMessageId = Objects.requireNonNull(messageId, "messageId");
        this.nextDeadlineAt = nextDeadline;
    }

    void reminded(String messageId, Instant at, Instant nextDeadline) {
        remindersSent++;
        lastReminderAt = at;
        requestMessageId = Objects.requireNonNull(messageId, "messageId");
        nextDeadlineAt = nextDeadline;
    }

    void nextDeadline(Instant at) {
        nextDeadlineAt = at;
    }

    void answered(String messageId, boolean refused, Instant at) {
        standing = refused ? Standing.REFUSED : Standing.ANSWERED;
        answerMessageId = messageId;
        closedAt = at;
        nextDeadlineAt = null;
    }

    void timedOut(Instant at) {
        standing = Standing.TIMED_OUT;
        closedAt = at;
        nextDeadlineAt = null;
    }

    void decisionSentAs(String messageId) {
        this.decisionMessageId = messageId;
    }

    /** True while this partner's answer is still taken in: waiting, or timed out (a late answer is welcome). */
    public boolean awaitsAnswer() {
        return standing == Standing.WAITING || standing == Standing.TIMED_OUT;
    }

    public int sequence() {
        return sequence;
    }

    public String institution() {
        return institution;
    }

    public Standing standing() {
        return standing;
    }

    public String requestMessageId() {
        return requestMessageId;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public int remindersSent() {
        return remindersSent;
    }

    public Instant lastReminderAt() {
        return lastReminderAt;
    }

    public Instant nextDeadlineAt() {
        return nextDeadlineAt;
    }

    public String answerMessageId() {
        return answerMessageId;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String decisionMessageId() {
        return decisionMessageId;
    }
}
