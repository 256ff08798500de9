package org.returneeregistry.socialsecurity.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the engine answers: the periods credited (own, foreign, totalised, per calendar year, in the counting
 * unit), the outcome, the amounts where the rule set computes them, and the full computation trace.
 *
 * @param foreignAdded whether foreign periods were added to own periods
 * @param independentAmount the benefit on own periods alone; null when not due
 * @param theoreticalAmount the benefit as if all totalised periods were own; null when not computed
 * @param proRataAmount the theoretical amount's pro-rata share; null when not computed
 * @param payableAmount what is due: the independent or pro-rata benefit (the higher where the rules say so),
 *     or the refund of contributions; null when nothing is due or the rules compute no amount
 * @param payableBasis INDEPENDENT, PRO_RATA or LUMP_SUM; null with no payable amount
 */
public record Assessment(
        String ruleSet,
        String country,
        Benefit benefit,
        PeriodUnit unit,
        Outcome outcome,
        BigDecimal ownPeriods,
        BigDecimal foreignPeriods,
        BigDecimal totalisedPeriods,
        boolean foreignAdded,
        List<YearCredit> years,
        BigDecimal independentAmount,
        BigDecimal theoreticalAmount,
        BigDecimal proRataAmount,
        BigDecimal payableAmount,
        String payableBasis,
        List<TraceEntry> trace) {

    public enum Outcome {
        /** The minimum periods are met (on own or totalised periods). */
        ENTITLED,
        /** The minimum periods are not met. */
        NOT_ENTITLED,
        /** Own periods under the minimum for a benefit of this institution (883/2004 Art. 57). */
        NO_BENEFIT_OWN_PERIODS_TOO_SHORT,
        /** The agreement does not cover the benefit. */
        BENEFIT_NOT_COVERED,
        /** Contributions refunded as a lump sum. */
        LUMP_SUM
    }

    /** The periods one calendar year credits, after conversion, rounding and the year's maximum. */
    public record YearCredit(int year, BigDecimal own, BigDecimal foreign) {}
}
