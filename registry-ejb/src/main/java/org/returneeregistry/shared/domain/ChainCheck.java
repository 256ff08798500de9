package org.returneeregistry.shared.domain;

/**
 * The result of checking a hash-chained log over a range: intact, with the last hash an auditor can
 * keep to check the next slice against; or broken, naming the first bad entry, what kind of break it
 * is and why. Also says how many signed checkpoints the check held the log against.
 */
public record ChainCheck(boolean intact, long fromSequence, long entriesChecked, Long lastSequence, String lastHash,
                         Long firstBrokenSequence, Problem problemKind, String problem, int checkpointsChecked,
                         Long lastCheckpointSequence) {

    /** What kind of break a check found. */
    public enum Problem {
        /** An entry is missing from the middle of the range. */
        ENTRY_MISSING,
        /** An entry's previous hash is not its predecessor's hash. */
        LINK_BROKEN,
        /** An entry's content does not match its own hash. */
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
