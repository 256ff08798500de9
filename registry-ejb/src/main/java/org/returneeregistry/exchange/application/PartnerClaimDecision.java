package org.returneeregistry.exchange.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A home institution's decision on a claim, as it travels in a {@code ClaimDecision} message: the decision, the
 * engine's outcome and amounts, and every step of its computation.
 */
public record PartnerClaimDecision(
        String claimId,
        String decision,
        String outcome,
        BigDecimal payableAmount,
        String payableBasis,
        BigDecimal totalisedPeriods,
        String periodUnit,
        Integer sectionVersion,
        LocalDate assessedAsOf,
        Instant decidedAt,
        String reason,
        List<Step> trace) {

    public PartnerClaimDecision {
        trace = trace == null ? List.of() : List.copyOf(trace);
    }

    /** One step of the computation trace. */
    public record Step(String step, String text) {}
}
