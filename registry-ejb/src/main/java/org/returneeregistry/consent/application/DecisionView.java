package org.returneeregistry.consent.application;

import java.time.Instant;
import java.util.Set;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.shared.domain.DataCategory;

/** A decision log entry as auditors read it, with the hashes that chain it. */
public record DecisionView(
        long sequence,
        Instant decidedAt,
        String organisation,
        String client,
        String channel,
        String subjectHash,
        String purpose,
        Set<DataCategory> requested,
        Set<DataCategory> granted,
        String outcome,
        String reason,
        String policyVersion,
        String consentId,
        String requestHash,
        String previousHash,
        String entryHash) {

    static DecisionView of(DecisionLogEntry e) {
        return new DecisionView(
                e.sequence(),
                e.decidedAt(),
                e.organisation(),
                e.client(),
                e.channel(),
                e.subjectHash(),
                e.purpose(),
                e.requested(),
                e.granted(),
                e.outcome(),
                e.reason().name(),
                e.policyVersion(),
                e.consentId(),
                e.requestHash(),
                e.previousHash(),
                e.entryHash());
    }
}
