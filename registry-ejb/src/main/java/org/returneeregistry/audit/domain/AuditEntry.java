package org.returneeregistry.audit.domain;

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
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ChainedEntry;

/**
 * One call into the registry's application services. Written once, never updated or deleted.
 *
 * <p>Entries are numbered without gaps and each carries the SHA-256 of the previous entry's hash and its
 * own fields, like the decision log, so an edited, removed or inserted row breaks the chain at that entry
 * and signed checkpoints reveal a chain rewritten whole or cut at its end. The record the call named is
 * kept only as a keyed hash. Entries written before the chain existed have no sequence number.
 *
 * <p>An entry is written with the call it records, sealed with a keyed hash of its content, and linked
 * into the chain — numbered and hashed — moments later by the log's linker (ADR 0009); until then its
 * sequence number and hashes are null.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements ChainedEntry {

    public static final int OPERATION_LENGTH = 100;
    public static final int OUTCOME_LENGTH = 64;
    public static final int CHANNEL_LENGTH = 16;

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "subject", length = Actor.MAX_LENGTH, updatable = false)
    private String subject;

    @Column(name = "username", length = Actor.MAX_LENGTH, updatable = false)
    private String username;

    @Column(name = "organisation", length = Actor.MAX_LENGTH, updatable = false)
    private String organisation;

    @Column(name = "client", length = Actor.MAX_LENGTH, updatable = false)
    private String client;

    @Column(name = "channel", length = CHANNEL_LENGTH, nullable = false, updatable = false)
    private String channel;

    @Column(name = "operation", length = OPERATION_LENGTH, nullable = false, updatable = false)
    private String operation;

    @Column(name = "outcome", length = OUTCOME_LENGTH, nullable = false, updatable = false)
    private String outcome;

    @Column(name = "sequence_number")
    private Long sequence;

    @Column(name = "record_hash", length = 64, updatable = false)
    private String recordHash;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "entry_hash", length = 64)
    private String entryHash;

    @Column(name = "seal", length = 64, updatable = false)
    private String seal;

    protected AuditEntry() {
        // JPA
    }

    /**
     * @param actor   who called, or null when the call was refused before the caller was known
     * @param outcome {@code OK}, the error code the call ended with, or {@code FAILED} when it returned but
     *                its transaction did not commit
     * @param recordHash keyed hash of the record the call named, or null
     */
    public AuditEntry(Instant at, Actor actor, String channel, String operation, String outcome, String recordHash) {
        this.at = Objects.requireNonNull(at);
        if (actor != null) {
            this.subject = actor.subject();
            this.username = actor.username();
            this.organisation = actor.organisation();
            this.client = actor.client();
        }
        this.channel = Objects.requireNonNull(channel);
        this.operation = Objects.requireNonNull(operation);
        this.outcome = Objects.requireNonNull(outcome);
        this.recordHash = recordHash;
    }

    /** Seals the entry's content, before it is written; {@code seal} is the keyed hash of {@link #sealedContent()}. */
    public AuditEntry sealedWith(String seal) {
        this.seal = Objects.requireNonNull(seal);
        return this;
    }

    @Override
    public void link(long sequence, String previousHash) {
        if (this.sequence != null) {
            throw new IllegalStateException("audit entry " + id + " is linked already, as " + this.sequence);
        }
        this.sequence = sequence;
        this.previousHash = Objects.requireNonNull(previousHash);
        this.entryHash = recomputeHash();
    }

    @Override
    public String sealedContent() {
        return String.join(
                "\n",
                "audit-entry",
                String.valueOf(id),
                Long.toString(at.getEpochSecond()),
                Integer.toString(at.getNano()),
                nullable(subject),
                nullable(username),
                nullable(organisation),
                nullable(client),
                channel,
                operation,
                outcome,
                nullable(recordHash));
    }

    /** The names of {@link #chainedFields()}, as a verifier outside the registry reads them. */
    public static final List<String> CHAINED_FIELD_NAMES = List.of(
            "recordedAtEpochSecond",
            "recordedAtNano",
            "subject",
            "username",
            "organisation",
            "client",
            "channel",
            "operation",
            "outcome",
            "recordHash");

    @Override
    public List<String> chainedFields() {
        return List.of(
                Long.toString(at.getEpochSecond()),
                Integer.toString(at.getNano()),
                nullable(subject),
                nullable(username),
                nullable(organisation),
                nullable(client),
                channel,
                operation,
                outcome,
                nullable(recordHash));
    }

    @Override
    public String seal() {
        return seal;
    }

    private static String nullable(String s) {
        return s == null ? "" : s;
    }

    @Override
    public Long sequence() {
        return sequence;
    }

    public String recordHash() {
        return recordHash;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }

    @Override
    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
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

    public String operation() {
        return operation;
    }

    public String outcome() {
        return outcome;
    }
}
