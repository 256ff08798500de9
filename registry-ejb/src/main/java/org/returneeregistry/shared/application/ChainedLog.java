package org.returneeregistry.shared.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.shared.domain.ChainHead;
import org.returneeregistry.shared.domain.ChainedEntry;

/**
 * A hash-chained log as the shared linker and verifier see it (the decision log, the audit trail). Each
 * log's repository implements it, as a CDI bean, so {@link ChainLinker} finds every log.
 */
public interface ChainedLog {

    /** The log's name in its checkpoints. */
    String name();

    /** The head, locked until the linking transaction ends: only the linker takes it. */
    ChainHead lockHead();

    ChainHead head();

    /** Up to {@code limit} committed entries not linked yet, oldest first. */
    List<? extends ChainedEntry> unlinked(int limit);

    /** How many committed entries are not linked yet. */
    long unlinkedCount();

    /** Up to {@code limit} linked entries from sequence number {@code from} on, in order. */
    List<? extends ChainedEntry> slice(long from, long toInclusive, int limit);

    Optional<? extends ChainedEntry> entry(long sequence);

    /** The names of the fields its entries' hashes cover ({@link ChainedEntry#chainedFields()}), in order. */
    List<String> fieldNames();

    /**
     * The sequence numbers of linked entries written from {@code from} (inclusive) to {@code to} (exclusive),
     * each bound optional, and — when {@code personHash} is given — naming the person whose keyed hash it is;
     * at most {@code limit}, in order.
     */
    List<Long> sequencesWritten(Instant from, Instant to, String personHash, int limit);
}
