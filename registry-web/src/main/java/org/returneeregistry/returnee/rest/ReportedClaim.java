package org.returneeregistry.returnee.rest;

import java.time.Instant;
import org.returneeregistry.returnee.application.ReportedCircumstances;
import org.returneeregistry.shared.rest.Wire;

/** A pending claim a mission reported. */
public record ReportedClaim(PendingClaim claim, String reportedBy, Instant reportedAt) {

    static ReportedClaim from(ReportedCircumstances.Claim c) {
        return new ReportedClaim(Wire.one(c.claim(), PendingClaim::from), c.reportedBy(), c.reportedAt());
    }
}
