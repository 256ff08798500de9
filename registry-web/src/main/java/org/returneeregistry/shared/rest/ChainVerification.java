package org.returneeregistry.shared.rest;

import org.returneeregistry.shared.domain.ChainCheck;

/**
 * The verification of a hash chain (the decision log, the audit trail) over a range: intact or the first
 * broken entry with the kind of problem, how many signed checkpoints were held against it, and how many
 * entries were written but not linked into the chain yet.
 */
public record ChainVerification(
        boolean intact,
        long fromSequence,
        long entriesChecked,
        Long lastSequence,
        String lastHash,
        Long firstBrokenSequence,
        String problemKind,
        String problem,
        int checkpointsChecked,
        Long lastCheckpointSequence,
        long entriesNotYetLinked) {

    public static ChainVerification from(ChainCheck c) {
        return new ChainVerification(
                c.intact(),
                c.fromSequence(),
                c.entriesChecked(),
                c.lastSequence(),
                c.lastHash(),
                c.firstBrokenSequence(),
                c.problemKind() == null ? null : c.problemKind().name(),
                c.problem(),
                c.checkpointsChecked(),
                c.lastCheckpointSequence(),
                c.entriesNotYetLinked());
    }
}
