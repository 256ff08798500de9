package org.returneeregistry.consent.rest;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.consent.application.DecisionView;
import org.returneeregistry.shared.rest.Wire;

/**
 * One entry of the decision log: who asked for what, for which purpose, what was granted and why; for data
 * that crossed (or would have crossed) to a partner institution, channel {@code PARTNER} and the agreement's
 * id and version the decision ran under.
 */
public record Decision(
        long id,
        Long sequence,
        Instant decidedAt,
        String organisation,
        String client,
        String channel,
        String subjectHash,
        String purpose,
        List<String> requested,
        List<String> granted,
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

    static Decision from(DecisionView d) {
        return new Decision(
                d.id(),
                d.sequence(),
                d.decidedAt(),
                d.organisation(),
                d.client(),
                d.channel(),
                d.subjectHash(),
                d.purpose(),
                Wire.names(d.requested()),
                Wire.names(d.granted()),
                d.outcome(),
                d.reason(),
                d.policyVersion(),
                d.consentId(),
                d.agreementId(),
                d.agreementVersion(),
                d.requestHash(),
                d.previousHash(),
                d.entryHash(),
                d.seal());
    }
}
