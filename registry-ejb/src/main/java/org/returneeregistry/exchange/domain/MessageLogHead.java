package org.returneeregistry.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.returneeregistry.shared.domain.ChainHead;

/** The last linked entry of the message log: one row, locked by the linker only (ADR 0009). */
@Entity
@Table(name = "message_log_head")
public class MessageLogHead implements ChainHead {

    public static final long ID = 1L;

    @Id
    private Long id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", length = 64, nullable = false)
    private String lastHash;

    protected MessageLogHead() {
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
