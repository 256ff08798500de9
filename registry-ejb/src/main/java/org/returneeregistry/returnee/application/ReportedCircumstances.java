package org.returneeregistry.returnee.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What missions reported about a returnee's situation when they notified the return: urgent needs and
 * claims left pending abroad. A disclosure carries them in the categories they are data of. Declared here,
 * where disclosures are answered; the notification context, which keeps what missions reported and owns
 * the urgent-need codes, implements it and says which needs are health data and which protection needs.
 */
public interface ReportedCircumstances {

    /** Everything missions reported for the returnee with this registry number (nothing for an unknown one). */
    Reported reportedFor(String registryNumber);

    /**
     * What was reported, by category: needs whose details are health data (HEALTH), protection needs
     * (VULNERABILITY), pending claims (FINANCIAL).
     */
    record Reported(List<Need> health, List<Need> vulnerability, List<Claim> financial) {

        public Reported {
            health = List.copyOf(health);
            vulnerability = List.copyOf(vulnerability);
            financial = List.copyOf(financial);
        }
    }

    /** An urgent need (urgent-need code) with the mission's note. */
    record Need(String need, String note, String reportedBy, Instant reportedAt) {}

    /** A claim the worker still has abroad, as the mission reported it. */
    record Claim(PendingClaim claim, String reportedBy, Instant reportedAt) {}

    /** Unpaid wages, end-of-service benefits, compensation, contributions (pending-claim-type code). */
    record PendingClaim(String type, BigDecimal amount, String currency, String description) {}
}
