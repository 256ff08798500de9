package org.returneeregistry.shared.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.returneeregistry.shared.domain.ChainCheck.Problem;

/**
 * The rule that decides whether a hash-chained log is intact, fed one entry at a time in sequence
 * order so that a long log is checked in batches without holding it.
 *
 * <p>A chain alone proves only that it is consistent: whoever can write the database can edit an entry
 * and recompute every hash after it, or cut the last entries and move the head back. The checkpoints
 * are what such a writer cannot make: the registry's key, which is not in the database, signed
 * (sequence, hash, time) at intervals, and each checkpoint was also written outside the database. So an
 * entry a checkpoint names must carry the hash the checkpoint holds (else the log was rewritten), and
 * the log must reach every checkpointed entry (else it was cut). A checkpoint without a valid signature
 * is itself a finding, as is a checkpoint written outside the database but missing from it.
 */
public final class ChainWalk {

    private final long first;
    private final Long last;
    private final Map<Long, List<Checkpoint>> checkpoints = new TreeMap<>();
    private final List<Checkpoint> forged;
    private final List<Checkpoint> removed;
    private final int checkpointsChecked;
    private final Long lastCheckpointSequence;
    private String previous;
    private long expected;
    private long checked;
    private ChainCheck broken;
    private Long firstUnsealed;

    /**
     * @param first        the first sequence number to check
     * @param last         the last one to check; null to check to the log's end (then truncation is checked too)
     * @param previousHash the hash of entry {@code first - 1} (the genesis hash when {@code first} is 1)
     * @param signed       checkpoints read from the database and from outside it
     */
    public ChainWalk(long first, Long last, String previousHash, Collection<Checkpoint> signed) {
        this.first = first;
        this.last = last;
        this.previous = Objects.requireNonNull(previousHash);
        this.expected = first;
        List<Checkpoint> inRange = signed.stream()
                .filter(c -> c.sequence() >= first && (last == null || c.sequence() <= last))
                .toList();
        this.forged = inRange.stream()
                .filter(c -> !c.signatureValid())
                .sorted(Comparator.comparingLong(Checkpoint::sequence))
                .toList();
        List<Checkpoint> valid =
                inRange.stream().filter(Checkpoint::signatureValid).toList();
        valid.forEach(c -> checkpoints
                .computeIfAbsent(c.sequence(), s -> new ArrayList<>())
                .add(c));
        Set<Long> inDatabase = valid.stream()
                .filter(c -> c.source() == Checkpoint.Source.DATABASE)
                .map(Checkpoint::sequence)
                .collect(Collectors.toSet());
        this.removed = valid.stream()
                .filter(c -> c.source() == Checkpoint.Source.EXTERNAL_FILE && !inDatabase.contains(c.sequence()))
                .sorted(Comparator.comparingLong(Checkpoint::sequence))
                .toList();
        this.checkpointsChecked = valid.size();
        this.lastCheckpointSequence =
                valid.stream().map(Checkpoint::sequence).max(Long::compare).orElse(null);
    }

    /** The next sequence number the walk expects. */
    public long expected() {
        return expected;
    }

    public boolean isBroken() {
        return broken != null;
    }

    /** The entry the walk expects next is not in the log. */
    public void missing() {
        fail(expected, Problem.ENTRY_MISSING, "entry " + expected + " is missing");
    }

    /** The entry before the range, whose hash the range must chain to, is not in the log. */
    public ChainCheck missingBefore() {
        return failed(first - 1, Problem.ENTRY_MISSING, "entry " + (first - 1) + " is missing");
    }

    /**
     * One entry, in order: its sequence number, the previous hash it stores, the hash it stores and the
     * hash its content really has. Answers false once the chain is broken; later entries are then ignored.
     */
    public boolean accept(long sequence, String previousHash, String storedHash, String recomputedHash) {
        return accept(sequence, previousHash, storedHash, recomputedHash, true);
    }

    /**
     * As {@link #accept(long, String, String, String)}, with whether the entry's content still matches the
     * keyed seal made when it was written. A broken seal means the entry was altered before it was linked
     * (or after, with its hashes recomputed); it is reported once the chain and the checkpoints found
     * nothing stronger.
     */
    public boolean accept(
            long sequence, String previousHash, String storedHash, String recomputedHash, boolean sealIntact) {
        if (broken != null) {
            return false;
        }
        if (sequence != expected) {
            missing();
            return false;
        }
        if (!previous.equals(previousHash)) {
            return fail(sequence, Problem.LINK_BROKEN, "its previous hash is not the hash of entry " + (sequence - 1));
        }
        if (!recomputedHash.equals(storedHash)) {
            return fail(sequence, Problem.CONTENT_ALTERED, "its content does not match its hash");
        }
        for (Checkpoint c : checkpoints.getOrDefault(sequence, List.of())) {
            if (!c.hash().equals(storedHash)) {
                return fail(
                        sequence,
                        Problem.REHASHED,
                        "its hash is not the one " + c.describe()
                                + " holds: the log was rewritten at or before this entry and its hashes recomputed");
            }
        }
        if (!sealIntact && firstUnsealed == null) {
            firstUnsealed = sequence;
        }
        previous = storedHash;
        expected++;
        checked++;
        return true;
    }

    /**
     * The result, given the head as it stood when the check began (the entries up to it were fed).
     * A check to the end also holds the head against the last entry and against the checkpoints.
     */
    public ChainCheck finish(long headSequence, String headHash) {
        if (broken != null) {
            return broken;
        }
        long end = expected - 1;
        boolean toTheEnd = last == null || last >= headSequence;
        if (toTheEnd && end == headSequence && end > 0 && !headHash.equals(previous)) {
            return failed(end, Problem.HEAD_MISMATCH, "the log's head does not end at this entry");
        }
        if (!forged.isEmpty()) {
            Checkpoint c = forged.get(0);
            return failed(
                    c.sequence(), Problem.CHECKPOINT_FORGED, c.describe() + " does not carry the registry's signature");
        }
        if (toTheEnd) {
            Checkpoint beyond = checkpoints.values().stream()
                    .flatMap(List::stream)
                    .filter(c -> c.sequence() > end)
                    .max(Comparator.comparingLong(Checkpoint::sequence))
                    .orElse(null);
            if (beyond != null) {
                return failed(
                        end + 1,
                        Problem.TRUNCATED,
                        "the log ends at entry " + end + " but " + beyond.describe()
                                + " holds entry " + beyond.sequence() + ": entries " + (end + 1) + " to "
                                + beyond.sequence()
                                + " were cut from its end");
            }
        }
        if (!removed.isEmpty()) {
            Checkpoint c = removed.get(0);
            return failed(
                    c.sequence(),
                    Problem.CHECKPOINT_REMOVED,
                    c.describe() + " is missing from the database's checkpoints");
        }
        if (firstUnsealed != null) {
            return failed(
                    firstUnsealed,
                    Problem.CONTENT_ALTERED,
                    "its content does not match the seal made when it"
                            + " was written: it was altered before it was linked into the chain, or after with its hashes"
                            + " recomputed");
        }
        return new ChainCheck(
                true,
                first,
                checked,
                checked == 0 ? null : end,
                previous,
                null,
                null,
                null,
                checkpointsChecked,
                lastCheckpointSequence,
                0);
    }

    private boolean fail(long at, Problem kind, String problem) {
        broken = failed(at, kind, problem);
        return false;
    }

    private ChainCheck failed(long at, Problem kind, String problem) {
        return new ChainCheck(
                false,
                first,
                checked,
                null,
                null,
                at,
                kind,
                "Entry " + at + ": " + problem,
                checkpointsChecked,
                lastCheckpointSequence,
                0);
    }
}
