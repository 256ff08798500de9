package org.returneeregistry.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Sha256;

/**
 * A message to another organisation, written in the same transaction as the business change that
 * caused it, so the change and the message commit or roll back together; a dispatcher delivers it
 * afterwards, retrying until the recipient accepts it or the retry policy gives it up as a dead letter,
 * which an operator requeues or discards — nothing is dropped silently. A message whose recipient has no
 * endpoint for its channel waits for one. A message that discloses personal data is decided again when
 * it is sent, and cancelled when that is denied.
 *
 * <p>The id is the message id the recipient sees on every attempt (the {@code Idempotency-Key} of a
 * push, MSH-10 of an HL7 message), so a recipient that gets a message twice — after a crash between
 * its answer and our record of it — can tell. The payload is exactly what is sent; it is never logged.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public static final int ID_LENGTH = 36;
    public static final int RECIPIENT_LENGTH = 36;
    public static final int KIND_LENGTH = 40;
    public static final int SUBJECT_REF_LENGTH = 64;
    public static final int PAYLOAD_LENGTH = 65535;
    public static final int ERROR_LENGTH = 500;
    public static final int ACK_CODE_LENGTH = 2;
    public static final int ACK_TEXT_LENGTH = 200;
    public static final int CLOSED_REASON_LENGTH = 64;
    public static final int DISCARD_REASON_LENGTH = 500;
    public static final int PURPOSE_LENGTH = 40;
    public static final int CATEGORIES_LENGTH = 300;
    public static final int AGREEMENT_ID_LENGTH = 36;

    @Id
    @Column(name = "id", length = ID_LENGTH, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "recipient", length = RECIPIENT_LENGTH, nullable = false, updatable = false)
    private String recipient;

    @Column(name = "kind", length = KIND_LENGTH, nullable = false, updatable = false)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = Channel.LENGTH, nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "subject_ref", length = SUBJECT_REF_LENGTH, updatable = false)
    private String subjectRef;

    /** The returnee an HL7 message is about, so the next one to the same recipient is an update (A31). */
    @Column(name = "registry_number", length = RegistryNumber.LENGTH, updatable = false)
    private String registryNumber;

    /** Exactly what is sent; none once purged after the retention period of a closed message. */
    @Column(name = "payload", length = PAYLOAD_LENGTH)
    private String payload;

    /** The SHA-256 of the payload, kept when the payload is purged: what was sent can still be proven. */
    @Column(name = "payload_hash", length = 64)
    private String payloadHash;

    @Column(name = "payload_purged_at")
    private Instant payloadPurgedAt;

    /** For a message that discloses personal data: the purpose and categories the decision point permitted. */
    @Column(name = "disclosure_purpose", length = PURPOSE_LENGTH, updatable = false)
    private String disclosurePurpose;

    @Column(name = "disclosure_categories", length = CATEGORIES_LENGTH, updatable = false)
    private String disclosureCategories;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = MessageStatus.LENGTH, nullable = false)
    private MessageStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    /** When a pending message is due, or when the lease of one in flight ends; none once delivered or while awaiting an endpoint. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "ack_code", length = ACK_CODE_LENGTH)
    private String ackCode;

    @Column(name = "ack_text", length = ACK_TEXT_LENGTH)
    private String ackText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    /** Why a dead letter, cancelled or discarded message left the retry cycle: a short code. */
    @Column(name = "closed_reason", length = CLOSED_REASON_LENGTH)
    private String closedReason;

    /** Why an operator abandoned the dead letter, in the operator's words; null when it was not discarded. */
    @Column(name = "discard_reason", length = DISCARD_REASON_LENGTH)
    private String discardReason;

    /** Attempts before the last requeue; attempts are counted for the retry policy from here. */
    @Column(name = "attempt_base", nullable = false)
    private int attemptBase;

    @Column(name = "requeued_at")
    private Instant requeuedAt;

    /** For a partner message: the agreement it is sent under, which decides whether it may go now. */
    @Column(name = "agreement_id", length = AGREEMENT_ID_LENGTH, updatable = false)
    private String agreementId;

    /** For a partner message: the agreement's version the message was decided under. */
    @Column(name = "agreement_version", updatable = false)
    private Integer agreementVersion;

    protected OutboxMessage() {
        // JPA
    }

    /** A new message, due at once. */
    public static OutboxMessage create(
            String id,
            String recipient,
            String kind,
            Channel channel,
            String subjectRef,
            String registryNumber,
            String payload,
            Instant at) {
        OutboxMessage m = new OutboxMessage();
        m.id = Objects.requireNonNull(id, "id");
        m.recipient = requireLength(recipient, RECIPIENT_LENGTH, "recipient");
        m.kind = requireLength(kind, KIND_LENGTH, "kind");
        m.channel = Objects.requireNonNull(channel, "channel");
        m.subjectRef = subjectRef == null ? null : requireLength(subjectRef, SUBJECT_REF_LENGTH, "subjectRef");
        m.registryNumber =
                registryNumber == null ? null : requireLength(registryNumber, RegistryNumber.LENGTH, "registryNumber");
        m.payload = requireLength(payload, PAYLOAD_LENGTH, "payload");
        m.status = MessageStatus.PENDING;
        m.attempts = 0;
        m.nextAttemptAt = at;
        m.createdAt = at;
        return m;
    }

    /**
     * A new message that discloses personal data, due at once: at send time the disclosure is decided
     * again for {@code purpose} and {@code categories}, and the message is not sent if that is denied.
     */
    public static OutboxMessage createDisclosure(
            String id,
            String recipient,
            String kind,
            Channel channel,
            String subjectRef,
            String registryNumber,
            String payload,
            Instant at,
            String purpose,
            Set<String> categories) {
        OutboxMessage m = create(id, recipient, kind, channel, subjectRef, registryNumber, payload, at);
        m.disclosurePurpose = requireLength(purpose, PURPOSE_LENGTH, "purpose");
        m.disclosureCategories =
                requireLength(String.join(",", new TreeSet<>(categories)), CATEGORIES_LENGTH, "categories");
        return m;
    }

    /**
     * A new message to a partner institution under an agreement, due at once. When it carries personal data
     * ({@code purpose} not null) the disclosure is decided again when it is sent.
     */
    public static OutboxMessage createPartner(
            String id,
            String recipient,
            String kind,
            String subjectRef,
            String registryNumber,
            String payload,
            Instant at,
            String agreementId,
            int agreementVersion,
            String purpose,
            Set<String> categories) {
        OutboxMessage m = purpose == null
                ? create(id, recipient, kind, Channel.PARTNER_SOAP, subjectRef, registryNumber, payload, at)
                : createDisclosure(
                        id,
                        recipient,
                        kind,
                        Channel.PARTNER_SOAP,
                        subjectRef,
                        registryNumber,
                        payload,
                        at,
                        purpose,
                        categories);
        m.agreementId = requireLength(agreementId, AGREEMENT_ID_LENGTH, "agreementId");
        m.agreementVersion = agreementVersion;
        return m;
    }

    /** A fresh message id. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Taken by a dispatcher for one attempt; due again when the lease ends without a recorded outcome. */
    public void claim(Instant now, Duration lease) {
        if (!isDue(now)) {
            throw new IllegalStateException("message " + id + " is " + status + " and not due");
        }
        status = MessageStatus.IN_FLIGHT;
        attempts++;
        nextAttemptAt = now.plus(lease);
    }

    public boolean isDue(Instant now) {
        return (status == MessageStatus.PENDING || status == MessageStatus.IN_FLIGHT)
                && nextAttemptAt != null
                && !nextAttemptAt.isAfter(now);
    }

    /** The recipient has no endpoint for this channel: the message waits; that is not an attempt. */
    public void awaitEndpoint() {
        status = MessageStatus.AWAITING_ENDPOINT;
        nextAttemptAt = null;
        lastError = "no " + channel + " endpoint configured for " + recipient;
    }

    /** An endpoint was configured: a waiting message is due at once. */
    public void endpointConfigured(Instant now) {
        if (status == MessageStatus.AWAITING_ENDPOINT) {
            status = MessageStatus.PENDING;
            nextAttemptAt = now;
        }
    }

    /**
     * Records the outcome of attempt {@code attempt}: delivered, pending again after the back-off, or a
     * dead letter, as {@code policy} says. Ignored when the message is no longer in flight under that
     * attempt: another dispatcher claimed it after the lease ran out, and its outcome counts.
     */
    public void recordAttempt(int attempt, DeliveryOutcome outcome, Instant now, RetryPolicy policy) {
        if (status != MessageStatus.IN_FLIGHT || attempts != attempt) {
            return;
        }
        ackCode = truncate(outcome.ackCode(), ACK_CODE_LENGTH);
        ackText = truncate(outcome.ackText(), ACK_TEXT_LENGTH);
        if (outcome.delivered()) {
            status = MessageStatus.DELIVERED;
            deliveredAt = now;
            nextAttemptAt = null;
            lastError = null;
            return;
        }
        lastError = truncate(outcome.error(), ERROR_LENGTH);
        RetryPolicy.Verdict verdict = policy.afterFailure(
                outcome.failure(), attempts - attemptBase, requeuedAt == null ? createdAt : requeuedAt, now);
        if (verdict.deadLetter()) {
            status = MessageStatus.DEAD_LETTER;
            closedReason = verdict.reason().name();
            nextAttemptAt = null;
        } else {
            status = MessageStatus.PENDING;
            nextAttemptAt = verdict.nextAttemptAt();
        }
    }

    /** The disclosure it carries was decided again at send time and denied: it is never sent. */
    public void cancel(String reason) {
        if (!status.open()) {
            throw new IllegalStateException("message " + id + " is " + status + " and cannot be cancelled");
        }
        status = MessageStatus.CANCELLED;
        closedReason = truncate(Objects.requireNonNull(reason, "reason"), CLOSED_REASON_LENGTH);
        nextAttemptAt = null;
    }

    /**
     * The message's agreement is suspended: the message waits, unattempted and not aging towards the dead
     * letters, until the agreement is in force again ({@link #release}) or terminated ({@link #abandon}).
     */
    public void hold() {
        if (status == MessageStatus.HELD) {
            return;
        }
        if (status != MessageStatus.PENDING
                && status != MessageStatus.IN_FLIGHT
                && status != MessageStatus.AWAITING_ENDPOINT) {
            throw new IllegalStateException("message " + id + " is " + status + " and cannot be held");
        }
        status = MessageStatus.HELD;
        nextAttemptAt = null;
        closedReason = "AGREEMENT_SUSPENDED";
    }

    /** The agreement is in force again: a held message is due at once. */
    public void release(Instant now) {
        if (status == MessageStatus.HELD) {
            status = MessageStatus.PENDING;
            nextAttemptAt = now;
            closedReason = null;
        }
    }

    /** The message's agreement was terminated: it is never sent; the reason stays with it. */
    public void abandon(String reason) {
        if (!status.open()) {
            throw new IllegalStateException("message " + id + " is " + status + " and cannot be abandoned");
        }
        status = MessageStatus.ABANDONED;
        closedReason = truncate(Objects.requireNonNull(reason, "reason"), CLOSED_REASON_LENGTH);
        nextAttemptAt = null;
    }

    /** An operator sends a dead letter again: due at once, its attempts and age counted afresh. */
    public void requeue(Instant now) {
        requireDeadLetter("requeued");
        status = MessageStatus.PENDING;
        attemptBase = attempts;
        requeuedAt = now;
        nextAttemptAt = now;
        closedReason = null;
    }

    /** An operator decides a dead letter is not to be sent, saying why (or not: null). */
    public void discard(String reason) {
        requireDeadLetter("discarded");
        status = MessageStatus.DISCARDED;
        closedReason = "DISCARDED_BY_OPERATOR";
        discardReason = reason;
    }

    public String discardReason() {
        return discardReason;
    }

    /**
     * The retention period of a closed message (delivered, cancelled, discarded or abandoned) ended: the payload goes,
     * its hash stays. A dead letter keeps its payload for the operator who requeues or discards it.
     */
    public void purgePayload(Instant at) {
        if (status != MessageStatus.DELIVERED
                && status != MessageStatus.CANCELLED
                && status != MessageStatus.DISCARDED
                && status != MessageStatus.ABANDONED) {
            throw new IllegalStateException(
                    "message " + id + " is " + status + "; only a closed message's payload is purged");
        }
        if (payload != null) {
            payloadHash = Sha256.hex(payload);
            payload = null;
            payloadPurgedAt = at;
        }
    }

    /** Whether an operator may requeue or discard it. */
    public boolean deadLetter() {
        return status == MessageStatus.DEAD_LETTER;
    }

    private void requireDeadLetter(String what) {
        if (status != MessageStatus.DEAD_LETTER) {
            throw new IllegalStateException("message " + id + " is " + status + "; only a dead letter is " + what);
        }
    }

    private static String requireLength(String value, int max, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(name + " must have 1 to " + max + " characters");
        }
        return value;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public String id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String kind() {
        return kind;
    }

    public Channel channel() {
        return channel;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public String registryNumber() {
        return registryNumber;
    }

    /** What is sent; none once purged (a purged message is closed and never sent again). */
    public String payload() {
        return payload;
    }

    public String payloadHash() {
        return payloadHash;
    }

    public Instant payloadPurgedAt() {
        return payloadPurgedAt;
    }

    public MessageStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public String ackCode() {
        return ackCode;
    }

    public String ackText() {
        return ackText;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public String closedReason() {
        return closedReason;
    }

    /** The purpose of the disclosure it carries, or null for a message that carries none. */
    public String disclosurePurpose() {
        return disclosurePurpose;
    }

    /** The agreement a partner message is sent under; null for other messages. */
    public String agreementId() {
        return agreementId;
    }

    public Integer agreementVersion() {
        return agreementVersion;
    }

    /** The categories of the disclosure it carries (empty for none). */
    public Set<String> disclosureCategories() {
        return disclosureCategories == null ? Set.of() : Set.of(disclosureCategories.split(","));
    }
}
