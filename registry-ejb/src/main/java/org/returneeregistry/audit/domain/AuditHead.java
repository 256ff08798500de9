package org.returneeregistry.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last entry of the audit chain. One row, locked by each append, so entries get consecutive numbers
 * and each chains to the one really before it; it also lets a verifier see that entries at the end were removed.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final long ID = 1L;
    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    private Long id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", length = 64, nullable = false)
    private String lastHash;

    protected AuditHead() {
        // JPA
    }

    /** Chains the entry after the last one and makes it the last. */
    public AuditEntry append(AuditEntry entry) {
        entry.chain(lastSequence + 1, lastHash);
        lastSequence = entry.sequence();
        lastHash = entry.entryHash();
        return entry;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }
}
