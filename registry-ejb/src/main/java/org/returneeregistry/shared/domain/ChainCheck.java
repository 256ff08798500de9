package org.returneeregistry.shared.domain;

/**
 * The result of checking a hash-chained log over a range: intact, with the last hash an auditor can
 * keep to check the next slice against; or broken, naming the first bad entry, what kind of break it
 * is and why. Also says how many signed checkpoints the check held the log against, and how many entries
 * were written but not linked into the chain yet when the check ran ({@code entriesNotYetLinked}): those
 * are not part of the check; the log's linker gives them their place within moments.
 */
public record ChainCheck(
        boolean intact,
        long fromSequence,
        long entriesChecked,
        Long lastSequence,
        String lastHash,
        Long firstBrokenSequence,
        Problem problemKind,
        String problem,
        int checkpointsChecked,
        Long lastCheckpointSequence,
        long entriesNotYetLinked) {

    /** The same result, saying how many entries were not linked yet. */
    public ChainCheck withNotYetLinked(long count) {
        return new ChainCheck(
                intact,
                fromSequence,
                entriesChecked,
                lastSequence,
                lastHash,
                firstBrokenSequence,
                problemKind,
                problem,
                checkpointsChecked,
                lastCheckpointSequence,
                count);
    }

    /** What kind of break a check found. */
    public enum Problem {
        /** An entry is missing from the middle of the range. */
        ENTRY_MISSING,
        /** An entry's previous hash is not its predecessor's hash. */
        LINK_BROKEN,
        /** An entry's content does not match its own hash, or the seal made when it was written. */
        CONTENT_ALTERED,
        /** The head row names another last hash than the last entry's. */
        HEAD_MISMATCH,
        /** The chain is consistent but differs from what a signed checkpoint holds: rewritten and rehashed. */
        REHASHED,
        /** The log ends before an entry a signed checkpoint holds: entries were cut from the end. */
        TRUNCATED,
        /** A checkpoint does not carry the registry's signature. */
        CHECKPOINT_FORGED,
        /** A checkpoint written outside the database is missing from it. */
        CHECKPOINT_REMOVED
    }
}
