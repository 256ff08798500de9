package org.returneeregistry.returnee.rest;

import java.time.Instant;
import org.returneeregistry.returnee.application.ReportedCircumstances;

/** An urgent need a mission reported. */
public record ReportedNeed(String need, String note, String reportedBy, Instant reportedAt) {

    static ReportedNeed from(ReportedCircumstances.Need n) {
        return new ReportedNeed(n.need(), n.note(), n.reportedBy(), n.reportedAt());
    }
}
