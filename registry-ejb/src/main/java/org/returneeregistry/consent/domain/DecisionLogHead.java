package org.returneeregistry.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last entry of the decision log. One row, locked by each append, so entries get consecutive
 * numbers and each chains to the one really before it; it also lets a verifier see that entries at
 * the end were removed.
 */
@Entity
@Table(name = "decision_log_head")
public class DecisionLogHead {

    public static final long ID = 1L;

    @Id
    private Long id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", length = 64, nullable = false)
    private String lastHash;

    protected DecisionLogHead() {
        // JPA
    }

    public DecisionLogEntry append(DecisionLogEntry.Decision decision) {
        DecisionLogEntry entry = DecisionLogEntry.append(lastSequence + 1, lastHash, decision);
        lastSequence = entry.sequence();
        lastHash = entry.entryHash();
        return entry;
    }

    public long lastSequence() { return lastSequence; }
    public String lastHash() { return lastHash; }
}
