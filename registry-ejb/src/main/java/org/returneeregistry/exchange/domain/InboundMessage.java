package org.returneeregistry.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A partner's message the registry accepted, kept to answer a resend with the same receipt and to refuse a reused
 * message id: the replay store. One row per (sender institution, message id), a unique key in the database, so two
 * copies racing in meet there and the loser answers the winner's receipt. It is written in the transaction that
 * does what the message asks, so a message is received once or not at all; it survives restarts like every row.
 */
@Entity
@Table(name = "inbound_message")
public class InboundMessage {

    @Id
    @Column(name = "receipt_id", length = 36)
    private String receiptId;

    @Column(name = "sender", length = 40, nullable = false, updatable = false)
    private String sender;

    @Column(name = "message_id", length = 64, nullable = false, updatable = false)
    private String messageId;

    @Column(name = "correlation_id", length = 64, updatable = false)
    private String correlationId;

    @Column(name = "recipient", length = 40, nullable = false, updatable = false)
    private String recipient;

    @Column(name = "message_type", length = 48, nullable = false, updatable = false)
    private String messageType;

    @Column(name = "agreement_id", length = 36, nullable = false, updatable = false)
    private String agreementId;

    @Column(name = "agreement_version", nullable = false, updatable = false)
    private int agreementVersion;

    @Column(name = "body_hash", length = 64, nullable = false, updatable = false)
    private String bodyHash;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "registry_number", length = 14, updatable = false)
    private String registryNumber;

    protected InboundMessage() {
        // JPA
    }

    public InboundMessage(
            String receiptId,
            String sender,
            String messageId,
            String correlationId,
            String recipient,
            String messageType,
            String agreementId,
            int agreementVersion,
            String bodyHash,
            Instant receivedAt,
            String registryNumber) {
        this.receiptId = Objects.requireNonNull(receiptId);
        this.sender = Objects.requireNonNull(sender);
        this.messageId = Objects.requireNonNull(messageId);
        this.correlationId = correlationId;
        this.recipient = Objects.requireNonNull(recipient);
        this.messageType = Objects.requireNonNull(messageType);
        this.agreementId = Objects.requireNonNull(agreementId);
        this.agreementVersion = agreementVersion;
        this.bodyHash = Objects.requireNonNull(bodyHash);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.registryNumber = registryNumber;
    }

    /** Whether a message with this id from this sender is the same message: the same Body, byte for byte canonical. */
    public Replay replayOf(String otherBodyHash) {
        return bodyHash.equals(otherBodyHash) ? Replay.SAME_CONTENT : Replay.OTHER_CONTENT;
    }

    public String receiptId() {
        return receiptId;
    }

    public String sender() {
        return sender;
    }

    public String messageId() {
        return messageId;
    }

    public String correlationId() {
        return correlationId;
    }

    public String recipient() {
        return recipient;
    }

    public String messageType() {
        return messageType;
    }

    public String agreementId() {
        return agreementId;
    }

    public int agreementVersion() {
        return agreementVersion;
    }

    public String bodyHash() {
        return bodyHash;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String registryNumber() {
        return registryNumber;
    }
}
