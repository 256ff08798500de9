package org.returneeregistry.socialsecurity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * A partner institution's request to this registry's institution for a person's insurance periods, for a claim the
 * partner runs: who asks, under which agreement, for which claim and benefit, whom it is about (the partner's
 * identifiers, kept as sent), and how the institution's social security officers answered it — certified periods or
 * a refusal with its code — and, once the partner decides its claim, the decision it sent.
 *
 * <p>One request per partner claim: a re-sent request (a reminder) is counted on it, never a second worklist item.
 * The answer is given once; the same answer again is recognised by its hash and changes nothing, a different one is
 * refused, because the partner has already taken the first in as certified.
 */
@Entity
@Table(name = "ss_period_request")
public class PeriodRequest {

    public static final int ID_LENGTH = 36;
    public static final int CLAIM_ID_LENGTH = 64;
    public static final int IDENTIFIERS_LENGTH = 2000;
    public static final int ANSWER_LENGTH = 200_000;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "request_id", length = ID_LENGTH, nullable = false, updatable = false)
    private String requestId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "sender_institution", length = Claim.ORGANISATION_LENGTH, nullable = false, updatable = false)
    private String senderInstitution;

    @Column(name = "recipient_institution", length = Claim.ORGANISATION_LENGTH, nullable = false, updatable = false)
    private String recipientInstitution;

    @Column(name = "agreement_id", length = 36, nullable = false, updatable = false)
    private String agreementId;

    @Column(name = "partner_claim_id", length = CLAIM_ID_LENGTH, nullable = false, updatable = false)
    private String partnerClaimId;

    @Column(name = "benefit", length = 24, nullable = false, updatable = false)
    private String benefit;

    /** The partner's identifiers of the person, as a JSON array, kept as sent. */
    @Column(name = "identifiers", length = IDENTIFIERS_LENGTH, nullable = false, updatable = false)
    private String identifiers;

    @Column(name = "first_message_id", length = Claim.MESSAGE_ID_LENGTH, nullable = false, updatable = false)
    private String firstMessageId;

    @Column(name = "latest_message_id", length = Claim.MESSAGE_ID_LENGTH, nullable = false)
    private String latestMessageId;

    @Column(name = "reminders_received", nullable = false)
    private int remindersReceived;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "last_received_at", nullable = false)
    private Instant lastReceivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = PeriodRequestStatus.LENGTH, nullable = false)
    private PeriodRequestStatus status;

    @Column(name = "answer_message_id", length = Claim.MESSAGE_ID_LENGTH)
    private String answerMessageId;

    @Column(name = "answer_hash", length = 64)
    private String answerHash;

    /** The answer as sent: the certified periods (a JSON array), or null for a refusal. */
    @Column(name = "answer_periods", length = ANSWER_LENGTH)
    private String answerPeriods;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_code", length = 24)
    private PeriodRefusal refusalCode;

    @Column(name = "refusal_reason", length = Claim.TEXT_LENGTH)
    private String refusalReason;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = Actor.MAX_LENGTH)
    private String answeredBy;

    @Column(name = "decision_message_id", length = Claim.MESSAGE_ID_LENGTH)
    private String decisionMessageId;

    @Column(name = "decision", length = 24)
    private String decision;

    @Column(name = "decision_outcome", length = 40)
    private String decisionOutcome;

    @Column(name = "decision_amount", precision = 19, scale = 4)
    private BigDecimal decisionAmount;

    @Column(name = "decision_basis", length = 16)
    private String decisionBasis;

    @Column(name = "decision_periods", precision = 19, scale = 4)
    private BigDecimal decisionPeriods;

    @Column(name = "decision_unit", length = 16)
    private String decisionUnit;

    @Column(name = "decision_as_of")
    private LocalDate decisionAsOf;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = Claim.TEXT_LENGTH)
    private String decisionReason;

    /** The decision's computation trace as the partner sent it (a JSON array of steps). */
    @Column(name = "decision_trace", length = Claim.TRACE_LENGTH)
    private String decisionTrace;

    @Column(name = "decision_received_at")
    private Instant decisionReceivedAt;

    protected PeriodRequest() {
        // JPA
    }

    /** A request received from {@code sender}, open on the worklist. */
    public PeriodRequest(
            String sender,
            String recipient,
            String agreementId,
            String partnerClaimId,
            String benefit,
            String identifiers,
            String messageId,
            Instant at) {
        this.requestId = UUID.randomUUID().toString();
        this.senderInstitution = Objects.requireNonNull(sender, "sender");
        this.recipientInstitution = Objects.requireNonNull(recipient, "recipient");
        this.agreementId = Objects.requireNonNull(agreementId, "agreementId");
        this.partnerClaimId = Objects.requireNonNull(partnerClaimId, "partnerClaimId");
        this.benefit = Objects.requireNonNull(benefit, "benefit");
        this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
        this.firstMessageId = Objects.requireNonNull(messageId, "messageId");
        this.latestMessageId = messageId;
        this.receivedAt = at;
        this.lastReceivedAt = at;
        this.status = PeriodRequestStatus.OPEN;
    }

    /** The partner re-sent its request (a reminder): counted, and the answer will name the latest message. */
    public void remindedBy(String messageId, Instant at) {
        remindersReceived++;
        latestMessageId = Objects.requireNonNull(messageId, "messageId");
        lastReceivedAt = at;
    }

    /** Whether an answer with this hash is the one already given. */
    public boolean answeredWith(String hash) {
        return status != PeriodRequestStatus.OPEN && Objects.equals(answerHash, hash);
    }

    /** Answers the request with certified periods (a JSON array as sent), once. */
    public void answer(String periodsJson, String hash, String messageId, Actor actor, Instant at) {
        requireOpen();
        this.status = PeriodRequestStatus.ANSWERED;
        this.answerPeriods = Objects.requireNonNull(periodsJson, "periodsJson");
        answered(hash, messageId, actor, at);
    }

    /** Refuses the request with a reason code (and text), once. */
    public void refuse(PeriodRefusal code, String reason, String hash, String messageId, Actor actor, Instant at) {
        requireOpen();
        this.status = PeriodRequestStatus.REFUSED;
        this.refusalCode = Objects.requireNonNull(code, "code");
        this.refusalReason = reason;
        answered(hash, messageId, actor, at);
    }

    /** Records the partner's decision on its claim, which this request gave (or refused) periods for. */
    public void decided(
            String messageId,
            String decision,
            String outcome,
            BigDecimal amount,
            String basis,
            BigDecimal totalisedPeriods,
            String unit,
            LocalDate asOf,
            Instant decidedAt,
            String reason,
            String traceJson,
            Instant receivedAt) {
        this.decisionMessageId = messageId;
        this.decision = decision;
        this.decisionOutcome = outcome;
        this.decisionAmount = amount;
        this.decisionBasis = basis;
        this.decisionPeriods = totalisedPeriods;
        this.decisionUnit = unit;
        this.decisionAsOf = asOf;
        this.decidedAt = decidedAt;
        this.decisionReason = reason;
        this.decisionTrace = traceJson;
        this.decisionReceivedAt = receivedAt;
    }

    private void answered(String hash, String messageId, Actor actor, Instant at) {
        this.answerHash = Objects.requireNonNull(hash, "hash");
        this.answerMessageId = Objects.requireNonNull(messageId, "messageId");
        this.answeredBy = actor.display();
        this.answeredAt = at;
    }

    /** Refused with {@code PeriodRequestAnswered} once the request has its answer. */
    public void requireOpen() {
        if (status != PeriodRequestStatus.OPEN) {
            throw new RegistryException(
                    ErrorCode.PERIOD_REQUEST_ANSWERED,
                    "Period request " + requestId + " was already "
                            + status.name().toLowerCase(Locale.ROOT) + " (message " + answerMessageId
                            + "); the partner has taken that answer in.");
        }
    }

    public String requestId() {
        return requestId;
    }

    public long version() {
        return version;
    }

    public String senderInstitution() {
        return senderInstitution;
    }

    public String recipientInstitution() {
        return recipientInstitution;
    }

    public String agreementId() {
        return agreementId;
    }

    public String partnerClaimId() {
        return partnerClaimId;
    }

    public String benefit() {
        return benefit;
    }

    public String identifiers() {
        return identifiers;
    }

    public String firstMessageId() {
        return firstMessageId;
    }

    public String latestMessageId() {
        return latestMessageId;
    }

    public int remindersReceived() {
        return remindersReceived;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant lastReceivedAt() {
        return lastReceivedAt;
    }

    public PeriodRequestStatus status() {
        return status;
    }

    public String answerMessageId() {
        return answerMessageId;
    }

    public String answerPeriods() {
        return answerPeriods;
    }

    public PeriodRefusal refusalCode() {
        return refusalCode;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public String decisionMessageId() {
        return decisionMessageId;
    }

    public String decision() {
        return decision;
    }

    public String decisionOutcome() {
        return decisionOutcome;
    }

    public BigDecimal decisionAmount() {
        return decisionAmount;
    }

    public String decisionBasis() {
        return decisionBasis;
    }

    public BigDecimal decisionPeriods() {
        return decisionPeriods;
    }

    public String decisionUnit() {
        return decisionUnit;
    }

    public LocalDate decisionAsOf() {
        return decisionAsOf;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String decisionTrace() {
        return decisionTrace;
    }

    public Instant decisionReceivedAt() {
        return decisionReceivedAt;
    }
}
