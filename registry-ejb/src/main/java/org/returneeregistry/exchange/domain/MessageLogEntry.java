package org.returneeregistry.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.returneeregistry.shared.domain.ChainedEntry;

/**
 * One message exchanged with a partner institution, accepted or refused: what an auditor shows a court. The
 * envelope as it came, the signature value and the signer's certificate fingerprint, the SHA-256 of the Body
 * (the body itself is not kept here), the decision with its reason code, the agreement id and version it ran
 * under, and the X-Road header values. Written once, never updated but for its place in the chain.
 *
 * <p>Hash-chained like the audit trail and the decision log, by the same mechanism (ADR 0009): written and
 * sealed with the call it records, linked — numbered and hashed — moments later by the shared linker; signed
 * checkpoints cover it like the other logs.
 */
@Entity
@Table(name = "message_log_entry")
public class MessageLogEntry implements ChainedEntry {

    /** An accepted or a refused message. */
    public static final String ACCEPTED = "ACCEPTED";

    public static final String REFUSED = "REFUSED";

    public static final int TRANSPORT_LENGTH = 8;

    @Id
    @SequenceGenerator(name = "message_log_seq", sequenceName = "message_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_log_seq")
    private Long id;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "direction", length = 16, updatable = false)
    private String direction;

    @Column(name = "message_id", length = 64, updatable = false)
    private String messageId;

    @Column(name = "correlation_id", length = 64, updatable = false)
    private String correlationId;

    @Column(name = "agreement_id", length = 36, updatable = false)
    private String agreementId;

    @Column(name = "agreement_version", updatable = false)
    private Integer agreementVersion;

    @Column(name = "sender", length = 40, updatable = false)
    private String sender;

    @Column(name = "recipient", length = 40, updatable = false)
    private String recipient;

    @Column(name = "message_type", length = 48, updatable = false)
    private String messageType;

    @Column(name = "envelope_timestamp", updatable = false)
    private Instant envelopeTimestamp;

    @Column(name = "caller_organisation", length = 200, updatable = false)
    private String callerOrganisation;

    @Column(name = "signature_value", length = 1024, updatable = false)
    private String signatureValue;

    @Column(name = "signer_fingerprint", length = 64, updatable = false)
    private String signerFingerprint;

    @Column(name = "body_hash", length = 64, updatable = false)
    private String bodyHash;

    @Column(name = "decision", length = 16, updatable = false)
    private String decision;

    @Column(name = "reason", length = 64, updatable = false)
    private String reason;

    @Column(name = "xroad_client", length = 300, updatable = false)
    private String xroadClient;

    @Column(name = "xroad_service", length = 300, updatable = false)
    private String xroadService;

    @Column(name = "xroad_id", length = 200, updatable = false)
    private String xroadId;

    @Column(name = "xroad_user_id", length = 200, updatable = false)
    private String xroadUserId;

    @Column(name = "xroad_issue", length = 200, updatable = false)
    private String xroadIssue;

    @Column(name = "xroad_protocol_version", length = 16, updatable = false)
    private String xroadProtocolVersion;

    @Column(name = "xroad_represented_party", length = 300, updatable = false)
    private String xroadRepresentedParty;

    /** SOAP or REST (the twin); null on entries written before the twin carried outbound messages. */
    @Column(name = "transport", length = TRANSPORT_LENGTH, updatable = false)
    private String transport;

    @Column(name = "sequence_number")
    private Long sequence;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "entry_hash", length = 64)
    private String entryHash;

    @Column(name = "seal", length = 64, updatable = false)
    private String seal;

    /** What one entry records; every field but direction, decision and reason may be absent for a refused message. */
    public record Content(
            String direction,
            String messageId,
            String correlationId,
            String agreementId,
            Integer agreementVersion,
            String sender,
            String recipient,
            String messageType,
            Instant envelopeTimestamp,
            String callerOrganisation,
            String signatureValue,
            String signerFingerprint,
            String bodyHash,
            String decision,
            String reason,
            String xroadClient,
            String xroadService,
            String xroadId,
            String xroadUserId,
            String xroadIssue,
            String xroadProtocolVersion,
            String xroadRepresentedParty,
            String transport) {

        /** The same content with another reason. */
        public Content withReason(String newReason) {
            return new Content(
                    direction,
                    messageId,
                    correlationId,
                    agreementId,
                    agreementVersion,
                    sender,
                    recipient,
                    messageType,
                    envelopeTimestamp,
                    callerOrganisation,
                    signatureValue,
                    signerFingerprint,
                    bodyHash,
                    decision,
                    newReason,
                    xroadClient,
                    xroadService,
                    xroadId,
                    xroadUserId,
                    xroadIssue,
                    xroadProtocolVersion,
                    xroadRepresentedParty,
                    transport);
        }
    }

    protected MessageLogEntry() {
        // JPA
    }

    public MessageLogEntry(Instant recordedAt, Content m) {
        // the database keeps microseconds: the sealed content must be what is stored
        this.recordedAt = Objects.requireNonNull(recordedAt).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.direction = m.direction();
        this.messageId = m.messageId();
        this.correlationId = m.correlationId();
        this.agreementId = m.agreementId();
        this.agreementVersion = m.agreementVersion();
        this.sender = m.sender();
        this.recipient = m.recipient();
        this.messageType = m.messageType();
        this.envelopeTimestamp = m.envelopeTimestamp() == null
                ? null
                : m.envelopeTimestamp().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.callerOrganisation = m.callerOrganisation();
        this.signatureValue = m.signatureValue();
        this.signerFingerprint = m.signerFingerprint();
        this.bodyHash = m.bodyHash();
        this.decision = m.decision();
        this.reason = m.reason();
        this.xroadClient = m.xroadClient();
        this.xroadService = m.xroadService();
        this.xroadId = m.xroadId();
        this.xroadUserId = m.xroadUserId();
        this.xroadIssue = m.xroadIssue();
        this.xroadProtocolVersion = m.xroadProtocolVersion();
        this.xroadRepresentedParty = m.xroadRepresentedParty();
        this.transport = m.transport();
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
    }

    /** Seals the entry's content before it is written; {@code seal} is the keyed hash of {@link #sealedContent()}. */
    public MessageLogEntry sealedWith(String seal) {
        this.seal = Objects.requireNonNull(seal);
        return this;
    }

    @Override
    public void link(long sequence, String previousHash) {
        if (this.sequence != null) {
            throw new IllegalStateException("message log entry " + id + " is linked already, as " + this.sequence);
        }
        this.sequence = sequence;
        this.previousHash = Objects.requireNonNull(previousHash);
        this.entryHash = recomputeHash();
    }

    @Override
    public String sealedContent() {
        return String.join("\n", "message-log-entry", String.valueOf(id), fields());
    }

    /** The names of {@link #chainedFields()}, as a verifier outside the registry reads them. */
    public static final List<String> CHAINED_FIELD_NAMES = List.of(
            "recordedAt",
            "direction",
            "messageId",
            "correlationId",
            "agreementId",
            "agreementVersion",
            "sender",
            "recipient",
            "messageType",
            "envelopeTimestamp",
            "callerOrganisation",
            "signatureValue",
            "signerFingerprint",
            "bodyHash",
            "decision",
            "reason",
            "xroadClient",
            "xroadService",
            "xroadId",
            "xroadUserId",
            "xroadIssue",
            "xroadProtocolVersion",
            "xroadRepresentedParty",
            "transport");

    /**
     * The fields the chain's hash covers ({@link ChainedEntry#hash}, the same rule for every log). The transport was
     * added later and comes last, only on an entry that records one, so that entries linked before keep their hashes.
     */
    @Override
    public List<String> chainedFields() {
        List<String> fields = new java.util.ArrayList<>(List.of(
                instant(recordedAt),
                nullable(direction),
                nullable(messageId),
                nullable(correlationId),
                nullable(agreementId),
                String.valueOf(agreementVersion),
                nullable(sender),
                nullable(recipient),
                nullable(messageType),
                instant(envelopeTimestamp),
                nullable(callerOrganisation),
                nullable(signatureValue),
                nullable(signerFingerprint),
                nullable(bodyHash),
                nullable(decision),
                nullable(reason),
                nullable(xroadClient),
                nullable(xroadService),
                nullable(xroadId),
                nullable(xroadUserId),
                nullable(xroadIssue),
                nullable(xroadProtocolVersion),
                nullable(xroadRepresentedParty)));
        if (transport != null) {
            fields.add(transport);
        }
        return fields;
    }

    private String fields() {
        return String.join("\n", chainedFields());
    }

    private static String nullable(String s) {
        return s == null ? "" : s;
    }

    private static String instant(Instant at) {
        return at == null ? "" : at.getEpochSecond() + "." + at.getNano();
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public Long sequence() {
        return sequence;
    }

    @Override
    public String previousHash() {
        return previousHash;
    }

    @Override
    public String entryHash() {
        return entryHash;
    }

    @Override
    public String seal() {
        return seal;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String direction() {
        return direction;
    }

    public String messageId() {
        return messageId;
    }

    public String correlationId() {
        return correlationId;
    }

    public String agreementId() {
        return agreementId;
    }

    public Integer agreementVersion() {
        return agreementVersion;
    }

    public String sender() {
        return sender;
    }

    public String recipient() {
        return recipient;
    }

    public String messageType() {
        return messageType;
    }

    public Instant envelopeTimestamp() {
        return envelopeTimestamp;
    }

    public String callerOrganisation() {
        return callerOrganisation;
    }

    public String signatureValue() {
        return signatureValue;
    }

    public String signerFingerprint() {
        return signerFingerprint;
    }

    public String bodyHash() {
        return bodyHash;
    }

    public String decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public String xroadClient() {
        return xroadClient;
    }

    public String xroadService() {
        return xroadService;
    }

    public String xroadId() {
        return xroadId;
    }

    public String xroadUserId() {
        return xroadUserId;
    }

    public String xroadIssue() {
        return xroadIssue;
    }

    public String xroadProtocolVersion() {
        return xroadProtocolVersion;
    }

    public String xroadRepresentedParty() {
        return xroadRepresentedParty;
    }

    public String transport() {
        return transport;
    }
}
