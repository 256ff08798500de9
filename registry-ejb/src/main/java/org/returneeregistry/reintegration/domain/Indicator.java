package org.returneeregistry.reintegration.domain;

import java.util.List;

/**
 * An M&E indicator of the reintegration manual, as the registry computes it: the manual's wording and where
 * it stands, what is counted ({@code counts}: cases or the referrals linked to them), the numerator and —
 * for a percentage — the denominator, and what the records cannot answer ({@code limitations}). Defined as
 * data in {@code reintegration/indicators.json}; a published version never changes.
 */
public record Indicator(
        String id,
        int version,
        String name,
        Unit unit,
        Counts counts,
        Source source,
        String definition,
        IndicatorCondition numerator,
        IndicatorCondition denominator,
        List<Breakdown> extraBreakdowns,
        String limitations) {

    public Indicator {
        extraBreakdowns = List.copyOf(extraBreakdowns);
        if (unit == Unit.PERCENTAGE && denominator == null) {
            throw new IllegalArgumentException(id + ": a percentage needs a denominator");
        }
        if (unit != Unit.PERCENTAGE && denominator != null) {
            throw new IllegalArgumentException(id + ": only a percentage has a denominator");
        }
    }

    /** Whether the indicator can be disaggregated by {@code b}. */
    public boolean offers(Breakdown b) {
        return !b.referralOnly() || (counts == Counts.REFERRAL && extraBreakdowns.contains(b));
    }

    public enum Unit {
        PERCENTAGE,
        COUNT,
        /** The median of days from the return to the first assessment, over the cases counted. */
        MEDIAN_DAYS
    }

    public enum Counts {
        CASE,
        REFERRAL
    }

    /** Where the indicator stands in the manual: module, M&E plan, page, the indicator's wording and the activity it measures. */
    public record Source(int module, String plan, int page, String wording, String activity) {}
}
