package org.returneeregistry.consent.application;

/**
 * The result of recomputing the decision log's chain over a range: intact, with the last hash an
 * auditor can keep to check the next slice against; or broken, naming the first bad entry and why.
 */
public record ChainVerification(boolean intact, long fromSequence, long entriesChecked, Long lastSequence,
                                String lastHash, Long firstBrokenSequence, String problem) {

    static ChainVerification intact(long from, long checked, long last, String lastHash) {
        return new ChainVerification(true, from, checked, checked == 0 ? null : last, lastHash, null, null);
    }

    static ChainVerification broken(long from, long checked, long at, String problem) {
        return new ChainVerification(false, from, checked, null, null, at, "Entry " + at + ": " + problem);
    }
}
