package org.returneeregistry.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.returneeregistry.shared.domain.ChainHead;

/**
 * The last linked entry of the decision log. One row, locked by the linker only, so entries get
 * consecutive numbers and each chains to the one really before it; it also lets a verifier see that
 * entries at the end were removed.
 */
@Entity
@Table(name = "decision_log_head")
public class DecisionLogHead implements ChainHead {

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

    @Override
    public void moveTo(long sequence, String hash) {
        lastSequence = sequence;
        lastHash = hash;
    }

    @Override
    public long lastSequence() {
        return lastSequence;
    }

    @Override
    public String lastHash() {
        return lastHash;
    }
}
