package org.returneeregistry.socialsecurity.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.RegistryNumber;

/**
 * A returnee's social security portability claim: the benefit claimed, under which agreement, from which partner
 * institution, by whom (the returnee, or a survivor with the relationship), the insurance periods gathered for it
 * by source, and where it stands.
 *
 * <p>It moves only through {@link ClaimAction}'s table, each move kept with who, when and why, because an appeal
 * or an auditor must be able to tell how a decision came about. Periods are added, never changed: a partner's
 * certified answer is kept beside the returnee's declaration, and the engine decides which prevails. A decision
 * stores the engine's result with its trace and the version of the section it ran under, so it can be rerun.
 */
@Entity
@Table(name = "ss_claim")
public class Claim {

    public static final int ID_LENGTH = 36;
    public static final int ORGANISATION_LENGTH = 36;
    public static final int NAME_LENGTH = 200;
    public static final int RELATIONSHIP_LENGTH = 32;
    public static final int TEXT_LENGTH = 1000;
    public static final int IDEMPOTENCY_KEY_LENGTH = 64;
    public static final int REQUEST_HASH_LENGTH = 64;
    public static final int MESSAGE_ID_LENGTH = 64;
    public static final int TRACE_LENGTH = 400_000;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "claim_id", length = ID_LENGTH, nullable = false, updatable = false)
    private String claimId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "registry_number", length = RegistryNumber.LENGTH, nullable = false, updatable = false)
    private String registryNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefit", length = 24, nullable = false, updatable = false)
    private Benefit benefit;

    @Column(name = "agreement_id", length = 36, nullable = false, updatable = false)
    private String agreementId;

    @Column(name = "home_institution", length = ORGANISATION_LENGTH, nullable = false, updatable = false)
    private String homeInstitution;

    @Column(name = "partner_institution", length = ORGANISATION_LENGTH, nullable = false, updatable = false)
    private String partnerInstitution;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimant_kind", length = ClaimantKind.LENGTH, nullable = false, updatable = false)
    private ClaimantKind claimantKind;

    @Column(name = "claimant_name", length = NAME_LENGTH, updatable = false)
    private String claimantName;

    @Column(name = "claimant_relationship", length = RELATIONSHIP_LENGTH, updatable = false)
    private String claimantRelationship;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = ClaimStatus.LENGTH, nullable = false)
    private ClaimStatus status;

    @Column(name = "idempotency_owner", length = ORGANISATION_LENGTH, updatable = false)
    private String idempotencyOwner;

    @Column(name = "idempotency_key", length = IDEMPOTENCY_KEY_LENGTH, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", length = REQUEST_HASH_LENGTH, updatable = false)
    private String requestHash;

    @Column(name = "request_message_id", length = MESSAGE_ID_LENGTH)
    private String requestMessageId;

    @Column(name = "periods_requested_at")
    private Instant periodsRequestedAt;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_reminder_at")
    private Instant lastReminderAt;

    /** When the registry next looks at the awaited request (a reminder due or the time-out); null when none. */
    @Column(name = "next_deadline_at")
    private Instant nextDeadlineAt;

    @Column(name = "decision_message_id", length = MESSAGE_ID_LENGTH)
    private String decisionMessageId;

    /** Since when a statement of periods abroad is due for the claim's completed certified periods; null when none. */
    @Column(name = "statement_due_at")
    private Instant statementDueAt;

    /** The last statement of periods abroad the registry issued on the claim's completion. */
    @Column(name = "statement_id", length = ID_LENGTH)
    private String statementId;

    @Column(name = "statement_attempts", nullable = false, insertable = false, updatable = false)
    private int statementAttempts;

    @Column(name = "statement_retry_at", insertable = false, updatable = false)
    private Instant statementRetryAt;

    @Column(name = "outcome", length = 40)
    private String outcome;

    @Column(name = "payable_amount", precision = 19, scale = 4)
    private BigDecimal payableAmount;

    @Column(name = "payable_basis", length = 16)
    private String payableBasis;

    @Column(name = "totalised_periods", precision = 19, scale = 4)
    private BigDecimal totalisedPeriods;

    @Column(name = "period_unit", length = 16)
    private String periodUnit;

    @Column(name = "section_version")
    private Integer sectionVersion;

    @Column(name = "assessed_as_of")
    private java.time.LocalDate assessedAsOf;

    @Column(name = "trace", length = TRACE_LENGTH)
    private String trace;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<ClaimTransition> transitions = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<ClaimPeriod> periods = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<ClaimPartner> partners = new ArrayList<>();

    protected Claim() {
        // JPA
    }

    /** A claim in DRAFT addressed to one partner institution, opened by an officer of the home institution. */
    public Claim(
            String registryNumber,
            Benefit benefit,
            String agreementId,
            String homeInstitution,
            String partnerInstitution,
            ClaimantKind claimantKind,
            String claimantName,
            String claimantRelationship,
            String reason,
            Actor actor,
            Instant at) {
        this(
                registryNumber,
                benefit,
                agreementId,
                homeInstitution,
                List.of(partnerInstitution),
                claimantKind,
                claimantName,
                claimantRelationship,
                reason,
                actor,
                at);
    }

    /**
     * A claim in DRAFT addressed to one or more partner institutions of the agreement (distinct, the first named
     * first), opened by an officer of the home institution.
     */
    public Claim(
            String registryNumber,
            Benefit benefit,
            String agreementId,
            String homeInstitution,
            List<String> partnerInstitutions,
            ClaimantKind claimantKind,
            String claimantName,
            String claimantRelationship,
            String reason,
            Actor actor,
            Instant at) {
        if (partnerInstitutions == null
                || partnerInstitutions.isEmpty()
                || partnerInstitutions.stream().distinct().count() != partnerInstitutions.size()) {
            throw new IllegalArgumentException("a claim names one or more distinct partner institutions");
        }
        String partnerInstitution = partnerInstitutions.get(0);
        for (String institution : partnerInstitutions) {
            partners.add(new ClaimPartner(this, partners.size() + 1, institution));
        }
        this.claimId = UUID.randomUUID().toString();
        this.registryNumber = Objects.requireNonNull(registryNumber, "registryNumber");
        this.benefit = Objects.requireNonNull(benefit, "benefit");
        this.agreementId = Objects.requireNonNull(agreementId, "agreementId");
        this.homeInstitution = Objects.requireNonNull(homeInstitution, "homeInstitution");
        this.partnerInstitution = Objects.requireNonNull(partnerInstitution, "partnerInstitution");
        this.claimantKind = Objects.requireNonNull(claimantKind, "claimantKind");
        if (claimantKind == ClaimantKind.SURVIVOR && (claimantName == null || claimantRelationship == null)) {
            throw new IllegalArgumentException("a survivor's claim names the survivor and the relationship");
        }
        this.claimantName = claimantName;
        this.claimantRelationship = claimantRelationship;
        this.status = ClaimStatus.DRAFT;
        this.createdAt = at;
        this.updatedAt = at;
        transitions.add(new ClaimTransition(this, 1, null, ClaimStatus.DRAFT, "CREATE", at, actor, reason));
    }

    /** Remembers the client-chosen key the claim was created under and the hash of the request. */
    public void createdUnder(String owner, String key, String hash) {
        if (idempotencyKey != null) {
            throw new IllegalStateException("claim " + claimId + " already has an idempotency key");
        }
        this.idempotencyOwner = Objects.requireNonNull(owner, "owner");
        this.idempotencyKey = Objects.requireNonNull(key, "key");
        this.requestHash = Objects.requireNonNull(hash, "hash");
    }

    /** True when a request with this hash is the one the claim was created from. */
    public boolean createdBy(String hash) {
        return requestHash != null && requestHash.equals(hash);
    }

    /**
     * Moves the claim by the action, if the table allows it from the current status; refused with
     * {@code ClaimStatusConflict} otherwise. A decision goes through {@link #decide}.
     */
    public void apply(ClaimAction action, String reason, Actor actor, Instant at) {
        if (action.decision()) {
            throw new IllegalArgumentException("a decision is recorded with its assessment");
        }
        move(action, reason, actor, at);
        if (action == ClaimAction.REQUEST_PERIODS) {
            periodsRequestedAt = at;
            partners.forEach(p -> p.asked(at));
            mirror();
        }
    }

    /**
     * Names the message the period request to the first partner went out as, which its answer correlates to, and
     * when the registry looks at the request next (its first reminder or its time-out).
     */
    public void requestSentAs(String messageId, Instant nextDeadline) {
        requestSentAs(partners.get(0), messageId, nextDeadline);
    }

    /** Names the message the period request to one partner went out as, and when the registry looks at it next. */
    public void requestSentAs(ClaimPartner partner, String messageId, Instant nextDeadline) {
        own(partner).sentAs(messageId, nextDeadline);
        mirror();
    }

    /** A reminder went out to the first partner (a re-sent request); the claim stays where it is. */
    public void reminded(String messageId, Instant at, Instant nextDeadline) {
        reminded(partners.get(0), messageId, at, nextDeadline);
    }

    /** A reminder went out to one partner still silent (a re-sent request); the claim stays where it is. */
    public void reminded(ClaimPartner partner, String messageId, Instant at, Instant nextDeadline) {
        require(ClaimStatus.PERIODS_REQUESTED, "reminded");
        if (own(partner).standing() != ClaimPartner.Standing.WAITING) {
            throw new RegistryException(
                    ErrorCode.CLAIM_STATUS_CONFLICT,
                    partner.institution() + " is " + partner.standing() + " on claim " + claimId
                            + "; only a partner still silent is reminded.");
        }
        partner.reminded(messageId, at, nextDeadline);
        this.updatedAt = at;
        mirror();
    }

    /** Sets when the registry looks at every silent partner's request next, without any other change. */
    public void nextDeadline(Instant at) {
        require(ClaimStatus.PERIODS_REQUESTED, "scheduled");
        waitingPartners().forEach(p -> p.nextDeadline(at));
        mirror();
    }

    /** Sets when the registry looks at one silent partner's request next, without any other change. */
    public void nextDeadline(ClaimPartner partner, Instant at) {
        require(ClaimStatus.PERIODS_REQUESTED, "scheduled");
        own(partner).nextDeadline(at);
        mirror();
    }

    /**
     * No partner answered in time: every silent partner times out and the claim moves to PERIODS_TIMED_OUT (or to
     * PERIODS_RECEIVED when another partner had answered), recorded as the registry's move with the reason.
     */
    public void timeOut(String reason, Actor actor, Instant at) {
        if (status != ClaimStatus.PERIODS_REQUESTED) {
            move(ClaimAction.TIME_OUT, reason, actor, at); // refused by the table
        }
        waitingPartners().forEach(p -> p.timedOut(at));
        settle(reason, actor, at);
    }

    /**
     * One partner did not answer in time: its request times out; when no other partner is still silent the claim
     * moves on — to PERIODS_RECEIVED if any partner answered, else to PERIODS_TIMED_OUT — recorded as the
     * registry's move with the reason. Answers true when the claim moved.
     */
    public boolean partnerTimedOut(ClaimPartner partner, String reason, Actor actor, Instant at) {
        require(ClaimStatus.PERIODS_REQUESTED, "timed out");
        own(partner).timedOut(at);
        return settle(reason, actor, at);
    }

    /**
     * A partner's answer: its certified periods added (none for a refusal), its request closed. The claim moves to
     * PERIODS_RECEIVED when no other partner is still silent, or at once when it had timed out waiting (a late
     * answer); an answer that arrives after the claim received the others' (the partner had timed out) only adds
     * its periods. Answers true when the claim moved.
     */
    public boolean answered(
            ClaimPartner partner,
            String messageId,
            boolean refused,
            List<InsurancePeriod> certified,
            String reason,
            Actor actor,
            Instant at) {
        if (!own(partner).awaitsAnswer()) {
            throw new RegistryException(
                    ErrorCode.CLAIM_NOT_AWAITING_ANSWER,
                    "Claim " + claimId + " does not await insurance periods from " + partner.institution() + ".");
        }
        for (InsurancePeriod p : certified) {
            addPeriod(p, messageId, actor, at);
        }
        partner.answered(messageId, refused, at);
        boolean moved = false;
        if (status == ClaimStatus.PERIODS_TIMED_OUT) {
            move(ClaimAction.RECEIVE_PERIODS, reason, actor, at);
            moved = true;
        } else if (status == ClaimStatus.PERIODS_REQUESTED) {
            moved = settle(reason, actor, at);
        }
        updatedAt = at;
        mirror();
        return moved;
    }

    /** Moves the claim on when no partner is still silent; true when it moved. */
    private boolean settle(String reason, Actor actor, Instant at) {
        if (!waitingPartners().isEmpty()) {
            mirror();
            return false;
        }
        boolean anyAnswered = partners.stream()
                .anyMatch(p -> p.standing() == ClaimPartner.Standing.ANSWERED
                        || p.standing() == ClaimPartner.Standing.REFUSED);
        move(anyAnswered ? ClaimAction.RECEIVE_PERIODS : ClaimAction.TIME_OUT, reason, actor, at);
        mirror();
        return true;
    }

    /** The claim's own request columns mirror its partners': the first's message, all reminders, the earliest deadline. */
    private void mirror() {
        ClaimPartner first = partners.get(0);
        requestMessageId = first.requestMessageId();
        remindersSent = partners.stream().mapToInt(ClaimPartner::remindersSent).sum();
        lastReminderAt = partners.stream()
                .map(ClaimPartner::lastReminderAt)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(null);
        nextDeadlineAt = status != ClaimStatus.PERIODS_REQUESTED
                ? null
                : waitingPartners().stream()
                        .map(ClaimPartner::nextDeadlineAt)
                        .filter(Objects::nonNull)
                        .min(Instant::compareTo)
                        .orElse(null);
    }

    private ClaimPartner own(ClaimPartner partner) {
        if (!partners.contains(partner)) {
            throw new IllegalArgumentException(partner.institution() + " is not a partner of claim " + claimId);
        }
        return partner;
    }

    /** The partner institution of this claim with the code, if it is one. */
    public java.util.Optional<ClaimPartner> partner(String institution) {
        return partners.stream()
                .filter(p -> p.institution().equals(institution))
                .findFirst();
    }

    /** The partners whose period request is awaited. */
    public List<ClaimPartner> waitingPartners() {
        return partners.stream()
                .filter(p -> p.standing() == ClaimPartner.Standing.WAITING)
                .toList();
    }

    /** Records a decision with the assessment it rests on, if the claim is under assessment. */
    public void decide(
            ClaimAction decision,
            Assessment assessment,
            int sectionVersion,
            java.time.LocalDate asOf,
            String traceDocument,
            String reason,
            Actor actor,
            Instant at) {
        if (!decision.decision()) {
            throw new IllegalArgumentException(decision + " is not a decision");
        }
        move(decision, reason, actor, at);
        this.outcome = assessment.outcome().name();
        this.payableAmount = assessment.payableAmount();
        this.payableBasis = assessment.payableBasis();
        this.totalisedPeriods = assessment.totalisedPeriods();
        this.periodUnit = assessment.unit() == null ? null : assessment.unit().name();
        this.sectionVersion = sectionVersion;
        this.assessedAsOf = asOf;
        this.trace = traceDocument;
    }

    /** Names the message the decision went to one partner institution as (the first's is the claim's own). */
    public void decisionSentAs(ClaimPartner partner, String messageId) {
        if (!status.decided()) {
            throw new IllegalStateException("claim " + claimId + " is not decided");
        }
        own(partner).decisionSentAs(messageId);
        if (decisionMessageId == null || partner == partners.get(0)) {
            this.decisionMessageId = messageId;
        }
    }

    /**
     * The claim's certified periods are complete (every partner asked answered or timed out): a statement of
     * periods abroad is due, issued by the registry in a transaction of its own.
     */
    public void statementDue(Instant at) {
        this.statementDueAt = Objects.requireNonNull(at, "at");
    }

    /** The statement due was issued as {@code issuedStatementId}; nothing is due any more. */
    public void statementIssued(String issuedStatementId) {
        this.statementId = Objects.requireNonNull(issuedStatementId, "issuedStatementId");
        this.statementDueAt = null;
    }

    /** The statement due cannot be issued (no certified period after all): nothing is due any more. */
    public void statementNotDue() {
        this.statementDueAt = null;
    }

    /** Adds a period from the source; the claim must still be open for periods (not decided or withdrawn). */
    public void addPeriod(InsurancePeriod period, String messageId, Actor actor, Instant at) {
        if (status.decided() || status == ClaimStatus.WITHDRAWN || status == ClaimStatus.UNDER_ASSESSMENT) {
            throw new RegistryException(
                    ErrorCode.CLAIM_STATUS_CONFLICT,
                    "Claim " + claimId + " is " + status + "; periods are added before it is assessed.");
        }
        periods.add(new ClaimPeriod(this, periods.size() + 1, period, messageId, actor, at));
        updatedAt = at;
    }

    private void move(ClaimAction action, String reason, Actor actor, Instant at) {
        ClaimStatus next = action.from(status)
                .orElseThrow(() -> new RegistryException(
                        ErrorCode.CLAIM_STATUS_CONFLICT,
                        "Claim " + claimId + " is " + status + "; " + action + " is allowed only from "
                                + action.allowedFrom() + "."));
        ClaimStatus previous = status;
        status = next;
        updatedAt = at;
        if (next != ClaimStatus.PERIODS_REQUESTED) {
            nextDeadlineAt = null;
        }
        transitions.add(
                new ClaimTransition(this, transitions.size() + 1, previous, next, action.name(), at, actor, reason));
    }

    private void require(ClaimStatus expected, String verb) {
        if (status != expected) {
            throw new RegistryException(
                    ErrorCode.CLAIM_STATUS_CONFLICT,
                    "Claim " + claimId + " is " + status + "; only a " + expected + " claim can be " + verb + ".");
        }
    }

    /** The grant of a caller on this claim ({@link ClaimAccess}). */
    public ClaimAccess.Grant grantTo(boolean officer, boolean partner, String organisation) {
        return ClaimAccess.of(officer, partner, organisation, homeInstitution, partnerInstitutions());
    }

    public String claimId() {
        return claimId;
    }

    public long version() {
        return version;
    }

    public String registryNumber() {
        return registryNumber;
    }

    public Benefit benefit() {
        return benefit;
    }

    public String agreementId() {
        return agreementId;
    }

    public String homeInstitution() {
        return homeInstitution;
    }

    public String partnerInstitution() {
        return partnerInstitution;
    }

    /** Every partner institution the claim is addressed to, the first named first. */
    public List<String> partnerInstitutions() {
        return partners.stream().map(ClaimPartner::institution).toList();
    }

    public List<ClaimPartner> partners() {
        return List.copyOf(partners);
    }

    public ClaimantKind claimantKind() {
        return claimantKind;
    }

    public String claimantName() {
        return claimantName;
    }

    public String claimantRelationship() {
        return claimantRelationship;
    }

    public ClaimStatus status() {
        return status;
    }

    public String requestMessageId() {
        return requestMessageId;
    }

    public Instant periodsRequestedAt() {
        return periodsRequestedAt;
    }

    public int remindersSent() {
        return remindersSent;
    }

    public Instant lastReminderAt() {
        return lastReminderAt;
    }

    public String decisionMessageId() {
        return decisionMessageId;
    }

    public Instant statementDueAt() {
        return statementDueAt;
    }

    public String statementId() {
        return statementId;
    }

    /** Failed attempts at issuing the statement due (the registry's own issue records them; ADR 0035). */
    public int statementAttempts() {
        return statementAttempts;
    }

    /** When the statement due is tried again after a failure; null when it has not failed. */
    public Instant statementRetryAt() {
        return statementRetryAt;
    }

    public Instant nextDeadlineAt() {
        return nextDeadlineAt;
    }

    public String outcome() {
        return outcome;
    }

    public BigDecimal payableAmount() {
        return payableAmount;
    }

    public String payableBasis() {
        return payableBasis;
    }

    public BigDecimal totalisedPeriods() {
        return totalisedPeriods;
    }

    public String periodUnit() {
        return periodUnit;
    }

    public Integer sectionVersion() {
        return sectionVersion;
    }

    public java.time.LocalDate assessedAsOf() {
        return assessedAsOf;
    }

    public String trace() {
        return trace;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<ClaimTransition> transitions() {
        return List.copyOf(transitions);
    }

    public List<ClaimPeriod> periods() {
        return List.copyOf(periods);
    }
}
