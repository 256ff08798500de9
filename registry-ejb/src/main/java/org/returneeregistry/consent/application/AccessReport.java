package org.returneeregistry.consent.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.returneeregistry.shared.domain.DataCategory;

/**
 * A returnee's access report: every decision the registry took on reading their data, newest first — who asked (the
 * organisation and its name), when, through which channel, for which purpose, which categories were asked and which
 * given, permitted or refused and why, under which consent record or agreement (and its version), by which policy
 * version. {@code decisions} is how many the log holds; {@code lines} lists at most {@value #MAX_LINES} of them, the
 * newest ({@code truncated} when there are more).
 */
public record AccessReport(
        String reportId,
        String registryNumber,
        Instant producedAt,
        String producedBy,
        long decisions,
        long permitted,
        long refused,
        boolean truncated,
        List<Line> lines) {

    public static final int MAX_LINES = 1000;

    public AccessReport {
        lines = List.copyOf(lines);
    }

    /** One decision as the report lists it. */
    public record Line(
            long decisionId,
            Instant decidedAt,
            String organisation,
            String organisationName,
            String channel,
            String purpose,
            Set<DataCategory> requested,
            Set<DataCategory> granted,
            String outcome,
            String reason,
            String consentId,
            String agreementId,
            Integer agreementVersion,
            String policyVersion) {

        public Line {
            requested = Set.copyOf(requested);
            granted = Set.copyOf(granted);
        }

        public boolean permitted() {
            return "PERMIT".equals(outcome);
        }
    }
}
