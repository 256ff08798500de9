package org.returneeregistry.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Sha256;

/**
 * One access decision, permit or deny, as the decision log keeps it: never updated, never deleted.
 *
 * <p>Entries are numbered without gaps and each carries the SHA-256 of the previous entry's hash and
 * its own fields, so editing a row, removing one or slipping one in breaks the chain at that entry —
 * which {@link #recomputeHash()} lets a verifier find. The returnee appears only as a keyed hash.
 */
@Entity
@Table(name = "decision_log_entry")
public class DecisionLogEntry {

    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    @Column(name = "sequence_number", nullable = false, updatable = false)
    private long sequence;

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

    @Column(name = "previous_hash", length = 64, nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", length = 64, nullable = false, updatable = false)
    private String entryHash;

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
            String requestHash) {}

    public static DecisionLogEntry append(long sequence, String previousHash, Decision d) {
        DecisionLogEntry e = new DecisionLogEntry();
        e.sequence = sequence;
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
        e.previousHash = previousHash;
        e.entryHash = e.recomputeHash();
        return e;
    }

    /** The hash this entry should carry, from its stored fields and its stored previous hash. */
    public String recomputeHash() {
        String canonical = String.join(
                "\n",
                Long.toString(sequence),
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
                requestHash,
                previousHash);
        return Sha256.hex(canonical);
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

    public long sequence() {
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

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }
}
