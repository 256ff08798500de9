package org.returneeregistry.socialsecurity.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An agreement's social security section: the totalisation rules of one institution (the country whose
 * periods are "own"), as data. Every figure is in the counting unit unless named otherwise.
 *
 * @param country the country applying these rules; its periods are own periods, all others foreign
 * @param benefits the benefits the agreement covers
 * @param countingUnit the unit periods are totalised and thresholds are stated in
 * @param amounts how the benefit is computed; absent when the agreement totalises periods for entitlement only
 * @param lumpSum refund of contributions where no totalisation applies; absent when not provided
 */
public record RuleSet(
        String name,
        String country,
        Set<Benefit> benefits,
        PeriodUnit countingUnit,
        Conversion conversion,
        Overlap overlap,
        Minimums minimums,
        Amounts amounts,
        LumpSum lumpSum) {

    public RuleSet {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(countingUnit, "countingUnit");
        Objects.requireNonNull(conversion, "conversion");
        Objects.requireNonNull(overlap, "overlap");
        Objects.requireNonNull(minimums, "minimums");
        benefits = benefits == null ? Set.of() : Set.copyOf(benefits);
    }

    /**
     * Unit conversion (Regulation (EC) 987/2009 Art. 13 and bilateral conventions such as 13 weeks or 3 months
     * per quarter of coverage) and rounding of each calendar year's converted periods.
     *
     * @param daysPerWeek the working days of a week of the day-based scheme (5, 6 or 7)
     * @param daysPerMonth days of that scheme in a month (Art. 13: 22, 26 or 30)
     * @param daysPerQuarter days of that scheme in a quarter (Art. 13: 66, 78 or 90)
     * @param weeksPerQuarter weeks in a quarter (Art. 13 and most agreements: 13)
     * @param monthsPerQuarter months in a quarter (3)
     * @param yearMaximum the most a calendar year may hold in the counting unit (4 quarters, 12 months ...)
     * @param rounding how a year's converted total is rounded
     * @param scale decimals kept by that rounding
     */
    public record Conversion(
            int daysPerWeek,
            BigDecimal daysPerMonth,
            BigDecimal daysPerQuarter,
            BigDecimal weeksPerQuarter,
            BigDecimal monthsPerQuarter,
            BigDecimal yearMaximum,
            Rounding rounding,
            int scale) {

        /** Art. 13 of Regulation (EC) 987/2009 for a scheme of {@code daysPerWeek} days a week. */
        public static Conversion regulation987(int daysPerWeek, PeriodUnit countingUnit, Rounding rounding, int scale) {
            int perMonth = daysPerWeek == 5 ? 22 : daysPerWeek == 6 ? 26 : 30;
            return new Conversion(
                    daysPerWeek,
                    BigDecimal.valueOf(perMonth),
                    BigDecimal.valueOf(perMonth * 3L),
                    BigDecimal.valueOf(13),
                    BigDecimal.valueOf(3),
                    defaultYearMaximum(countingUnit, daysPerWeek),
                    rounding,
                    scale);
        }

        /** The most one calendar year holds: 4 quarters, 12 months, 52 weeks, 1 year, 52 weeks of days. */
        public static BigDecimal defaultYearMaximum(PeriodUnit unit, int daysPerWeek) {
            return switch (unit) {
                case YEARS -> BigDecimal.ONE;
                case QUARTERS -> BigDecimal.valueOf(4);
                case MONTHS -> BigDecimal.valueOf(12);
                case WEEKS -> BigDecimal.valueOf(52);
                case DAYS -> BigDecimal.valueOf(52L * daysPerWeek);
            };
        }
    }

    /**
     * Overlap resolution (987/2009 Art. 12: coinciding periods count once; compulsory over voluntary; real
     * over assimilated) and the agreement's own rules.
     *
     * @param precedence categories from the strongest; a category not listed ranks after all listed
     * @param creditingOrder countries whose periods are credited first when periods of equal rank coincide
     *     (and first within a calendar year's maximum); countries not listed follow in alphabetical order
     * @param noForeignCreditInHomeSlots no foreign credit in a calendar month, quarter or year (the counting
     *     unit's) already covered by an own period
     */
    public record Overlap(
            List<PeriodCategory> precedence, List<String> creditingOrder, boolean noForeignCreditInHomeSlots) {

        public Overlap {
            precedence = precedence == null ? List.of() : List.copyOf(precedence);
            creditingOrder = creditingOrder == null ? List.of() : List.copyOf(creditingOrder);
        }

        /** Art. 12's order: compulsory, voluntary, assimilated, residence; own country first. */
        public static Overlap regulation987(String homeCountry) {
            return new Overlap(
                    List.of(
                            PeriodCategory.COMPULSORY,
                            PeriodCategory.VOLUNTARY,
                            PeriodCategory.ASSIMILATED,
                            PeriodCategory.RESIDENCE),
                    List.of(homeCountry),
                    false);
        }
    }

    /**
     * Minimum periods, each in the counting unit; an absent value tests nothing.
     *
     * @param ownBeforeTotalisation own periods required before foreign periods are added at all
     * @param combined the periods required for entitlement (own alone, or totalised)
     * @param ownForBenefit own periods under which the institution pays nothing of its own when its own
     *     periods alone give no right (Regulation (EC) 883/2004 Art. 57: periods under one year)
     * @param totaliseOnlyIfNeeded foreign periods are added only when own periods alone do not meet
     *     {@code combined}
     */
    public record Minimums(
            BigDecimal ownBeforeTotalisation,
            BigDecimal combined,
            BigDecimal ownForBenefit,
            boolean totaliseOnlyIfNeeded) {}

    /**
     * The amount: the theoretical amount as the sum of its components, the pro-rata share, and whether the
     * higher of the independent and the pro-rata benefit is paid (883/2004 Art. 52).
     *
     * @param independentOnTotalisedEntitlement the independent benefit is computed on own periods once the
     *     totalised periods meet the minimum (the "direct" method of some bilateral agreements); otherwise
     *     only when own periods alone meet it
     * @param scale decimals of amounts
     */
    public record Amounts(
            List<Component> components,
            ProRata proRata,
            boolean higherOf,
            boolean independentOnTotalisedEntitlement,
            Rounding rounding,
            int scale) {

        public Amounts {
            components = components == null ? List.of() : List.copyOf(components);
            Objects.requireNonNull(proRata, "proRata");
            Objects.requireNonNull(rounding, "rounding");
        }
    }

    /** Own periods ÷ total periods, or own periods ÷ a fixed denominator (counting unit), at most 1. */
    public record ProRata(Denominator denominator, BigDecimal fixed) {

        public enum Denominator {
            TOTAL,
            FIXED
        }

        public ProRata {
            Objects.requireNonNull(denominator, "denominator");
            if (denominator == Denominator.FIXED && (fixed == null || fixed.signum() <= 0)) {
                throw new IllegalArgumentException("a fixed denominator is positive");
            }
        }
    }

    /**
     * One part of the theoretical amount. The years a component counts are the periods in the counting unit
     * divided by the units of a year.
     *
     * <ul>
     *   <li>{@code FLAT}: {@code amount}; in the independent benefit scaled by own years ÷
     *       {@code independentScaleYears} (at most 1) when that is set.
     *   <li>{@code PER_YEAR}: {@code base × ratePerYear × min(years, maxYears)}; {@code base} in full from
     *       {@code fullAtYears}.
     *   <li>{@code EARNINGS_RELATED}: {@code accrualRate × reference earnings × min(years, maxYears)}, the
     *       reference being the average over the years with earnings of each year's earnings capped at
     *       {@code earningsCap}.
     *   <li>{@code AVERAGE_TABLE}: flat-rate by yearly average — the periods ÷ the calendar years from the
     *       first to the last year insured, rounded by {@code averageRounding}; nothing under
     *       {@code minimumAverage}; else the amount of the highest band the average reaches.
     * </ul>
     */
    public record Component(
            Kind kind,
            BigDecimal amount,
            BigDecimal base,
            BigDecimal ratePerYear,
            BigDecimal maxYears,
            BigDecimal fullAtYears,
            BigDecimal independentScaleYears,
            BigDecimal accrualRate,
            BigDecimal earningsCap,
            List<Band> bands,
            BigDecimal minimumAverage,
            Rounding averageRounding) {

        public enum Kind {
            FLAT,
            PER_YEAR,
            EARNINGS_RELATED,
            AVERAGE_TABLE
        }

        public Component {
            Objects.requireNonNull(kind, "kind");
            bands = bands == null ? List.of() : List.copyOf(bands);
        }

        public static Component flat(BigDecimal amount, BigDecimal independentScaleYears) {
            return new Component(
                    Kind.FLAT, amount, null, null, null, null, independentScaleYears, null, null, null, null, null);
        }

        public static Component perYear(
                BigDecimal base, BigDecimal ratePerYear, BigDecimal maxYears, BigDecimal fullAtYears) {
            return new Component(
                    Kind.PER_YEAR, null, base, ratePerYear, maxYears, fullAtYears, null, null, null, null, null, null);
        }

        public static Component earningsRelated(BigDecimal accrualRate, BigDecimal earningsCap, BigDecimal maxYears) {
            return new Component(
                    Kind.EARNINGS_RELATED,
                    null,
                    null,
                    null,
                    maxYears,
                    null,
                    null,
                    accrualRate,
                    earningsCap,
                    null,
                    null,
                    null);
        }

        public static Component averageTable(List<Band> bands, BigDecimal minimumAverage, Rounding averageRounding) {
            return new Component(
                    Kind.AVERAGE_TABLE,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    bands,
                    minimumAverage,
                    averageRounding);
        }
    }

    /** A row of a flat-rate table: from this yearly average (inclusive), this amount. */
    public record Band(BigDecimal fromAverage, BigDecimal amount) {}

    /** Refund of the contributions paid on own periods, times {@code share}. */
    public record LumpSum(BigDecimal share) {}
}
