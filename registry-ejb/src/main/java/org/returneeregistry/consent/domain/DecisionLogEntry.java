package org.returneeregistry.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.returneeregistry.shared.domain.ChainHead;
import org.returneeregistry.shared.domain.ChainedEntry;
import org.returneeregistry.shared.domain.DataCategory;

/**
 * One access decision, permit or deny, as the decision log keeps it: never updated, never deleted.
 *
 * <p>Entries are numbered without gaps and each carries the SHA-256 of the previous entry's hash and
 * its own fields, so editing a row, removing one or slipping one in breaks the chain at that entry —
 * which {@link #recomputeHash()} lets a verifier find. The returnee appears only as a keyed hash.
 *
 * <p>A decision is written with its {@code id} (the number callers are given) and a keyed seal of its
 * content, and linked into the chain — numbered and hashed — moments later by the log's linker (ADR
 * 0009); until then its sequence number and hashes are null. Decisions written before linking existed
 * have an id equal to their sequence number.
 */
@Entity
@Table(name = "decision_log_entry")
public class DecisionLogEntry implements ChainedEntry {

    public static final String GENESIS_HASH = ChainHead.GENESIS_HASH;

    @Id
    @SequenceGenerator(name = "decision_log_seq", sequenceName = "decision_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_log_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "sequence_number")
    private Long sequence;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "organisation", length = 200, nullable = false, updatable = false)
    private String organisation;

    @Column(name = "client", length = 200, updatable = false)
    private String client;

    @Column(name = "channel", length = 16, nullable = false, updatable = false)
    private String channel;

    @Column(name = "subject_hash", length = 64, nullable = false, updatable = false)
    private String subjectHash;

    @Column(name = "purpose", length = 40, nullable = false, updatable = false)
    private String purpose;

    @Column(name = "requested", length = 400, nullable = false, updatable = false)
    private String requested;

    @Column(name = "granted", length = 400, nullable = false, updatable = false)
    private String granted;

    @Column(name = "outcome", length = 8, nullable = false, updatable = false)
    private String outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = DecisionReason.LENGTH, nullable = false, updatable = false)
    private DecisionReason reason;

    @Column(name = "policy_version", length = 32, nullable = false, updatable = false)
    private String policyVersion;

    @Column(name = "consent_id", length = 36, updatable = false)
    private String consentId;

    @Column(name = "request_hash", length = 64, nullable = false, updatable = false)
    private String requestHash;

    @Column(name = "agreement_id", length = 36, updatable = false)
    private String agreementId;

    @Column(name = "agreement_version", updatable = false)
    private Integer agreementVersion;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "entry_hash", length = 64)
    private String entryHash;

    @Column(name = "seal", length = 64, updatable = false)
    private String seal;

    protected DecisionLogEntry() {
        // JPA
    }

    /** What was decided; the log adds the sequence number and chains it. */
    public record Decision(
            Instant at,
            String organisation,
            String client,
            String channel,
            String subjectHash,
            String purpose,
            Set<DataCategory> requested,
            Set<DataCategory> granted,
            DecisionReason reason,
            String policyVersion,
            String consentId,
            String requestHash,
            String agreementId,
            Integer agreementVersion) {

        /** A decision under no agreement: every read by an organisation of this country. */
        public Decision(
                Instant at,
                String organisation,
                String client,
                String channel,
                String subjectHash,
                String purpose,
                Set<DataCategory> requested,
                Set<DataCategory> granted,
                DecisionReason reason,
                String policyVersion,
                String consentId,
                String requestHash) {
            this(
                    at,
                    organisation,
                    client,
                    channel,
                    subjectHash,
                    purpose,
                    requested,
                    granted,
                    reason,
                    policyVersion,
                    consentId,
                    requestHash,
                    null,
                    null);
        }
    }

    /** The decision as it is written, not linked yet; {@link #sealedWith} seals it once it has its id. */
    public static DecisionLogEntry of(Decision d) {
        DecisionLogEntry e = new DecisionLogEntry();
        e.decidedAt = d.at();
        e.organisation = d.organisation();
        e.client = d.client();
        e.channel = d.channel();
        e.subjectHash = d.subjectHash();
        e.purpose = d.purpose();
        e.requested = codes(d.requested());
        e.granted = codes(d.granted());
        e.outcome = d.reason().permits() ? "PERMIT" : "DENY";
        e.reason = d.reason();
        e.policyVersion = d.policyVersion();
        e.consentId = d.consentId();
        e.requestHash = d.requestHash();
        e.agreementId = d.agreementId();
        e.agreementVersion = d.agreementId() == null ? null : d.agreementVersion();
        return e;
    }

    /** An unsealed decision linked at once, as decisions were before linking existed. */
    public static DecisionLogEntry append(long sequence, String previousHash, Decision d) {
        DecisionLogEntry e = of(d);
        e.id = sequence;
        e.link(sequence, previousHash);
        return e;
    }

    public DecisionLogEntry sealedWith(String seal) {
        this.seal = Objects.requireNonNull(seal);
        return this;
    }

    @Override
    public void link(long sequence, String previousHash) {
        if (this.sequence != null) {
            throw new IllegalStateException("decision " + id + " is linked already, as " + this.sequence);
        }
        this.sequence = sequence;
        this.previousHash = Objects.requireNonNull(previousHash);
        this.entryHash = recomputeHash();
    }

    @Override
    public String sealedContent() {
        return String.join("\n", "decision", String.valueOf(id), content());
    }

    private String content() {
        return String.join("\n", chainedFields());
    }

    /** The names of {@link #chainedFields()}, as a verifier outside the registry reads them. */
    public static final List<String> CHAINED_FIELD_NAMES = List.of(
            "decidedAtEpochSecond",
            "decidedAtNano",
            "organisation",
            "client",
            "channel",
            "subjectHash",
            "purpose",
            "requested",
            "granted",
            "outcome",
            "reason",
            "policyVersion",
            "consentId",
            "requestHash",
            "agreementId",
            "agreementVersion");

    /**
     * The fields the hash covers; the agreement's id and version were added later and come last, only for a
     * decision taken under an agreement, so that decisions linked before keep their hashes.
     */
    @Override
    public List<String> chainedFields() {
        List<String> fields = new java.util.ArrayList<>(base());
        if (agreementId != null) {
            fields.add(agreementId);
            fields.add(String.valueOf(agreementVersion));
        }
        return fields;
    }

    private List<String> base() {
        return List.of(
                Long.toString(decidedAt.getEpochSecond()),
                Integer.toString(decidedAt.getNano()),
                organisation,
                nullable(client),
                channel,
                subjectHash,
                purpose,
                requested,
                granted,
                outcome,
                reason.name(),
                policyVersion,
                nullable(consentId),
                requestHash);
    }

    @Override
    public String seal() {
        return seal;
    }

    /** The number the decision has from the moment it is written: the one callers are given. */
    @Override
    public Long id() {
        return id;
    }

    private static String codes(Set<DataCategory> categories) {
        return categories.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<DataCategory> categories(String codes) {
        Set<DataCategory> set = EnumSet.noneOf(DataCategory.class);
        if (!codes.isEmpty()) {
            Arrays.stream(codes.split(",")).map(DataCategory::valueOf).forEach(set::add);
        }
        return set;
    }

    private static String nullable(String s) {
        return s == null ? "" : s;
    }

    @Override
    public Long sequence() {
        return sequence;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String organisation() {
        return organisation;
    }

    public String client() {
        return client;
    }

    public String channel() {
        return channel;
    }

    public String subjectHash() {
        return subjectHash;
    }

    public String purpose() {
        return purpose;
    }

    public Set<DataCategory> requested() {
        return categories(requested);
    }

    public Set<DataCategory> granted() {
        return categories(granted);
    }

    public String outcome() {
        return outcome;
    }

    public DecisionReason reason() {
        return reason;
    }

    public String policyVersion() {
        return policyVersion;
    }

    public String consentId() {
        return consentId;
    }

    public String requestHash() {
        return requestHash;
    }

    /** The agreement the decision was taken under, or null. */
    public String agreementId() {
        return agreementId;
    }

    public Integer agreementVersion() {
        return agreementVersion;
    }

    @Override
    public String previousHash() {
        return previousHash;
    }

    @Override
    public String entryHash() {
        return entryHash;
    }
}
