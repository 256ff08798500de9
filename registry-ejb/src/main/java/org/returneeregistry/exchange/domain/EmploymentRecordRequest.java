package org.returneeregistry.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * An employment record request between registries, in either direction, and its answer. {@link Direction#OUTBOUND}:
 * the registry asked a partner institution, and awaits the partner's signed answer, which names the request's message
 * id as its correlation id. {@link Direction#INBOUND}: a partner asked the registry, and the registry's officers
 * answer it (records found, none found) or refuse it with a reason code. A request is answered once: a second answer
 * is refused, so a partner cannot overwrite an answer already taken in and an officer cannot send two.
 */
@Entity
@Table(name = "employment_record_request")
public class EmploymentRecordRequest {

    public static final int IDENTIFIERS_LENGTH = 2000;
    public static final int RECORDS_LENGTH = 20000;
    public static final int REASON_LENGTH = 1000;

    /** Which way the request travelled. */
    public enum Direction {
        /** A partner asked the registry. */
        INBOUND,
        /** The registry asked a partner. */
        OUTBOUND
    }

    public enum Status {
        AWAITING_ANSWER,
        ANSWERED
    }

    /** The answer's outcome, as the contract's {@code EmploymentRecordOutcome}. */
    public enum Outcome {
        FOUND,
        NOT_FOUND,
        REFUSED
    }

    /** Why a request is refused, as the contract's {@code EmploymentRecordRefusal}. */
    public enum Refusal {
        /** The person has not consented to this disclosure where the answering side requires consent. */
        NO_CONSENT,
        /** The identifiers do not establish who the person is. */
        IDENTITY_NOT_CONFIRMED,
        /** The answering institution does not keep such records. */
        RECORDS_NOT_HELD,
        /** The agreement does not cover answering this request. */
        NOT_COVERED_BY_AGREEMENT,
        /** The answering country's law does not allow the disclosure. */
        LEGAL_RESTRICTION
    }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = 8, nullable = false, updatable = false)
    private Direction direction;

    @Column(name = "message_id", length = 64, nullable = false, updatable = false)
    private String messageId;

    @Column(name = "partner", length = 40, nullable = false, updatable = false)
    private String partner;

    @Column(name = "agreement_id", length = 36, nullable = false, updatable = false)
    private String agreementId;

    @Column(name = "agreement_version", nullable = false, updatable = false)
    private int agreementVersion;

    @Column(name = "purpose", length = 64, nullable = false, updatable = false)
    private String purpose;

    @Column(name = "registry_number", length = 14)
    private String registryNumber;

    @Column(name = "identifiers", length = IDENTIFIERS_LENGTH, nullable = false, updatable = false)
    private String identifiers;

    @Column(name = "period_from", updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", updatable = false)
    private LocalDate periodTo;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_code", length = 40)
    private Refusal refusalCode;

    @Column(name = "refusal_reason", length = REASON_LENGTH)
    private String refusalReason;

    @Column(name = "records", length = RECORDS_LENGTH)
    private String records;

    @Column(name = "answer_message_id", length = 64)
    private String answerMessageId;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 200)
    private String answeredBy;

    protected EmploymentRecordRequest() {
        // JPA
    }

    private EmploymentRecordRequest(
            Direction direction,
            String messageId,
            String partner,
            String agreementId,
            int agreementVersion,
            String purpose,
            String registryNumber,
            String identifiers,
            LocalDate periodFrom,
            LocalDate periodTo,
            Instant requestedAt) {
        this.id = UUID.randomUUID().toString();
        this.direction = direction;
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.partner = Objects.requireNonNull(partner, "partner");
        this.agreementId = Objects.requireNonNull(agreementId, "agreementId");
        this.agreementVersion = agreementVersion;
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.registryNumber = registryNumber;
        this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.status = Status.AWAITING_ANSWER;
    }

    /** The registry asked {@code partner} about the returnee {@code registryNumber}. */
    public static EmploymentRecordRequest sent(
            String messageId,
            String partner,
            String agreementId,
            int agreementVersion,
            String purpose,
            String registryNumber,
            String identifiers,
            LocalDate periodFrom,
            LocalDate periodTo,
            Instant at) {
        return new EmploymentRecordRequest(
                Direction.OUTBOUND,
                messageId,
                partner,
                agreementId,
                agreementVersion,
                purpose,
                registryNumber,
                identifiers,
                periodFrom,
                periodTo,
                at);
    }

    /** {@code partner} asked the registry about the person the identifiers name. */
    public static EmploymentRecordRequest received(
            String messageId,
            String partner,
            String agreementId,
            int agreementVersion,
            String purpose,
            String identifiers,
            LocalDate periodFrom,
            LocalDate periodTo,
            Instant at) {
        return new EmploymentRecordRequest(
                Direction.INBOUND,
                messageId,
                partner,
                agreementId,
                agreementVersion,
                purpose,
                null,
                identifiers,
                periodFrom,
                periodTo,
                at);
    }

    /**
     * Records the answer: {@code REFUSED} needs a refusal code, {@code FOUND} records, the others none. For an inbound
     * request {@code registryNumber} is the record the officer answered from (null unless found), {@code by} the
     * officer; for an outbound one the partner's answer message is {@code answerMessageId}.
     */
    public void answer(
            Outcome outcome,
            Refusal refusal,
            String reason,
            String records,
            String registryNumber,
            String answerMessageId,
            Instant at,
            String by) {
        if (status != Status.AWAITING_ANSWER) {
            throw new RegistryException(
                    ErrorCode.REQUEST_NOT_AWAITING_ANSWER,
                    "Employment record request " + messageId + " of " + partner + " was answered already.");
        }
        if ((outcome == Outcome.REFUSED) != (refusal != null)) {
            throw new IllegalArgumentException("a refusal code exactly when the request is refused");
        }
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.refusalCode = refusal;
        this.refusalReason = reason;
        this.records = outcome == Outcome.FOUND ? records : null;
        if (direction == Direction.INBOUND) {
            this.registryNumber = registryNumber;
        }
        this.answerMessageId = Objects.requireNonNull(answerMessageId, "answerMessageId");
        this.answeredAt = Objects.requireNonNull(at, "at");
        this.answeredBy = by;
        this.status = Status.ANSWERED;
    }

    public boolean awaitingAnswer() {
        return status == Status.AWAITING_ANSWER;
    }

    public String id() {
        return id;
    }

    public Direction direction() {
        return direction;
    }

    public String messageId() {
        return messageId;
    }

    public String partner() {
        return partner;
    }

    public String agreementId() {
        return agreementId;
    }

    public int agreementVersion() {
        return agreementVersion;
    }

    public String purpose() {
        return purpose;
    }

    public String registryNumber() {
        return registryNumber;
    }

    public String identifiers() {
        return identifiers;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Status status() {
        return status;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Refusal refusalCode() {
        return refusalCode;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public String records() {
        return records;
    }

    public String answerMessageId() {
        return answerMessageId;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }
}
