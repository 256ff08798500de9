package org.returneeregistry.consent.application;

import java.time.Instant;
import java.util.Set;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.shared.domain.DataCategory;

/**
 * A decision log entry as auditors read it, with the hashes that chain it: {@code id} is the number the
 * decision is known by from the moment it is written (the one callers are given); {@code sequence},
 * {@code previousHash} and {@code entryHash} are null until it is linked into the chain, moments later;
 * {@code seal} is the keyed hash of its content made when it was written (null for decisions written
 * before decisions were sealed), which the entry hash covers.
 */
public record DecisionView(
        long id,
        Long sequence,
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
        String agreementId,
        Integer agreementVersion,
        String requestHash,
        String previousHash,
        String entryHash,
        String seal) {

    static DecisionView of(DecisionLogEntry e) {
        return new DecisionView(
                e.id(),
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
                e.agreementId(),
                e.agreementVersion(),
                e.requestHash(),
                e.previousHash(),
                e.entryHash(),
                e.seal());
    }
}
