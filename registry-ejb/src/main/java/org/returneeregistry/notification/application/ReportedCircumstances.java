package org.returneeregistry.notification.application;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.notification.domain.PendingClaim;

/** What missions reported about a returnee's situation: urgent needs and claims left pending abroad. */
public record ReportedCircumstances(List<Need> needs, List<Claim> claims) {

    /** An urgent need (urgent-need code) with the mission's note. */
    public record Need(String need, String note, String reportedBy, Instant reportedAt) {
    }

    public record Claim(PendingClaim claim, String reportedBy, Instant reportedAt) {
    }
}
