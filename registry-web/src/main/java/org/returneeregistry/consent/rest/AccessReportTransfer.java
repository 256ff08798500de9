package org.returneeregistry.consent.rest;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.consent.application.AccessReport;
import org.returneeregistry.shared.rest.Wire;

/**
 * A returnee's access report as REST answers it: every decision on reading their data, newest first — who asked,
 * when, for which purpose, what was given or refused and why, under which consent or agreement.
 */
public record AccessReportTransfer(
        String reportId,
        String registryNumber,
        Instant producedAt,
        String producedBy,
        long decisions,
        long permitted,
        long refused,
        boolean truncated,
        List<AccessReportLine> lines) {

    /** One decision of the report. */
    public record AccessReportLine(
            long decisionId,
            Instant decidedAt,
            String organisation,
            String organisationName,
            String channel,
            String purpose,
            List<String> requested,
            List<String> granted,
            String outcome,
            String reason,
            String consentId,
            String agreementId,
            Integer agreementVersion,
            String policyVersion) {}

    static AccessReportTransfer from(AccessReport r) {
        return new AccessReportTransfer(
                r.reportId(),
                r.registryNumber(),
                r.producedAt(),
                r.producedBy(),
                r.decisions(),
                r.permitted(),
                r.refused(),
                r.truncated(),
                r.lines().stream()
                        .map(l -> new AccessReportLine(
                                l.decisionId(),
                                l.decidedAt(),
                                l.organisation(),
                                l.organisationName(),
                                l.channel(),
                                l.purpose(),
                                Wire.names(l.requested()),
                                Wire.names(l.granted()),
                                l.outcome(),
                                l.reason(),
                                l.consentId(),
                                l.agreementId(),
                                l.agreementVersion(),
                                l.policyVersion()))
                        .toList());
    }
}
