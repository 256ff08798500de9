package org.returneeregistry.shared.domain;

/** The last linked entry of a hash-chained log: one row per log, locked by its linker only. */
public interface ChainHead {

    String GENESIS_HASH = "0".repeat(64);

    long lastSequence();

    String lastHash();

    /** Links the entry after the last one and makes it the last. */
    default void link(ChainedEntry entry) {
        entry.link(lastSequence() + 1, lastHash());
        moveTo(entry.sequence(), entry.entryHash());
    }

    void moveTo(long sequence, String hash);
}
