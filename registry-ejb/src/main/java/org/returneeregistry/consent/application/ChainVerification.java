package org.returneeregistry.consent.application;

import org.returneeregistry.shared.domain.ChainCheck;

/**
 * The result of checking the decision log over a range: intact, with the last hash an auditor can
 * keep to check the next slice against; or broken, naming the first bad entry, the kind of break
 * ({@link ChainCheck.Problem}) and why. Says how many signed checkpoints the log was held against, and
 * how many decisions were written but not linked into the chain yet (not part of the check).
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

    static ChainVerification of(ChainCheck c) {
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
