package org.returneeregistry.socialsecurity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.socialsecurity.domain.Periods.dated;
import static org.returneeregistry.socialsecurity.domain.Periods.dec;
import static org.returneeregistry.socialsecurity.domain.Periods.employed;
import static org.returneeregistry.socialsecurity.domain.Periods.stated;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.returneeregistry.socialsecurity.domain.Assessment.Outcome;
import org.returneeregistry.socialsecurity.domain.Assessment.YearCredit;
import org.returneeregistry.socialsecurity.domain.RuleSet.Amounts;
import org.returneeregistry.socialsecurity.domain.RuleSet.Band;
import org.returneeregistry.socialsecurity.domain.RuleSet.Component;
import org.returneeregistry.socialsecurity.domain.RuleSet.Conversion;
import org.returneeregistry.socialsecurity.domain.RuleSet.LumpSum;
import org.returneeregistry.socialsecurity.domain.RuleSet.Minimums;
import org.returneeregistry.socialsecurity.domain.RuleSet.Overlap;
import org.returneeregistry.socialsecurity.domain.RuleSet.ProRata;

/**
 * The engine against examples and rules of official public sources. Each test names its source and quotes
 * the figures it states; where a source states a rule without a worked number, the test says the figures are
 * derived from that rule.
 */
class TotalisationExamplesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    // ---- United States: quarters of coverage, foreign periods in weeks or months --------------------------

    /**
     * US rules as the SSA's Program Operations Manual states them: "SSA will credit one U.S. quarter of coverage
     * for every 13 weeks of Italian coverage in a calendar year", no credit "for any week in a calendar quarter
     * that is already credited as a U.S. quarter of coverage" nor "more than 4 quarters of coverage for any
     * calendar year" (POMS GN 01705.120 B, https://secure.ssa.gov/apps10/poms.nsf/lnx/0201705120); "at least 6
     * U.S. quarters of coverage" for totalization and "Foreign coverage may not be credited to quarters in which
     * U.S. coverage is already credited" (POMS GN 01703.100 B, https://secure.ssa.gov/apps10/poms.nsf/lnx/0201703100).
     */
    static RuleSet usItaly(BigDecimal combined) {
        return new RuleSet(
                "US-Italy quarters of coverage",
                "USA",
                Set.of(Benefit.OLD_AGE, Benefit.INVALIDITY, Benefit.SURVIVORS),
                PeriodUnit.QUARTERS,
                new Conversion(5, dec("22"), dec("66"), dec("13"), dec("3"), dec("4"), Rounding.DOWN, 0),
                new Overlap(List.of(PeriodCategory.COMPULSORY, PeriodCategory.VOLUNTARY), List.of("USA"), true),
                new Minimums(dec("6"), combined, null, true),
                null,
                null);
    }

    @Test
    void italian_weeks_become_one_quarter_per_13_weeks_of_a_calendar_year_rounded_down() {
        // rule of POMS GN 01705.120 B; figures derived: 40 weeks in 1985 = 3 full 13-week blocks
        Assessment a = TotalisationEngine.assess(
                usItaly(dec("40")),
                Benefit.OLD_AGE,
                List.of(
                        employed("USA", "1978-01-01", "1979-12-31"),
                        stated("ITA", "1985-01-01", "1985-12-31", "40", PeriodUnit.WEEKS)),
                AS_OF);

        assertEquals(
                List.of(
                        new YearCredit(1978, dec("4"), dec("0")),
                        new YearCredit(1979, dec("4"), dec("0")),
                        new YearCredit(1985, dec("0"), dec("3"))),
                a.years());
        assertEquals(0, dec("11").compareTo(a.totalisedPeriods()));
        assertEquals(Outcome.NOT_ENTITLED, a.outcome());
    }

    @Test
    void no_foreign_credit_in_a_quarter_already_credited_in_the_us_and_at_most_four_a_year() {
        // rule of POMS GN 01705.120 B and GN 01703.100 B.3; figures derived: in 1987 US coverage in January
        // credits Q1, the Italian record of 52 weeks loses the 90 days of Q1 (12.857 weeks: 31 coinciding, 59
        // in the quarter already credited), 39.14 weeks remain = 3 quarters
        Assessment a = TotalisationEngine.assess(
                usItaly(dec("40")),
                Benefit.OLD_AGE,
                List.of(
                        employed("USA", "1980-01-01", "1981-12-31"),
                        employed("USA", "1987-01-01", "1987-01-31"),
                        stated("ITA", "1987-01-01", "1987-12-31", "52", PeriodUnit.WEEKS)),
                AS_OF);

        YearCredit y1987 = a.years().get(a.years().size() - 1);
        assertEquals(new YearCredit(1987, dec("1"), dec("3")), y1987);
        assertTrue(a.trace().stream()
                .anyMatch(t -> t.step().equals("HOME_SLOT") && t.text().contains("1987-Q1")));
    }

    /**
     * 20 CFR 404.1918, Example 1 (https://www.ecfr.gov/current/title-20/chapter-III/part-404/subpart-T/
     * section-404.1918): "C worked under the U.S. system from July 1, 1974 to December 31, 1980 and therefore
     * has only 6 1/2 years during which he worked under the U.S. system (26 QC's)"; he "needs 31 QC's to be
     * insured"; "his total U.S. and foreign work ... equals more than 31 QC's. Thus, the combined coverage gives
     * C insured status." The foreign record here (two years of 52 weeks) is ours; the source does not state it.
     */
    @Test
    void cfr_404_1918_example_1_twenty_six_us_quarters_insured_with_foreign_coverage() {
        Assessment a = TotalisationEngine.assess(
                usItaly(dec("31")),
                Benefit.OLD_AGE,
                List.of(
                        employed("USA", "1974-07-01", "1980-12-31"),
                        stated("ITA", "1981-01-01", "1982-12-31", "104", PeriodUnit.WEEKS)),
                AS_OF);

        assertEquals(0, dec("26").compareTo(a.ownPeriods()), "26 QC's");
        assertTrue(a.totalisedPeriods().compareTo(dec("31")) > 0, "more than 31 QC's");
        assertEquals(Outcome.ENTITLED, a.outcome());
        assertTrue(a.foreignAdded());
    }

    /**
     * POMS GN 01703.100 B.1 (https://secure.ssa.gov/apps10/poms.nsf/lnx/0201703100): "Number holders (NHs) must
     * have at least 6 U.S. quarters of coverage (QCs) ... to be eligible for totalization benefits". Five US
     * quarters with twenty years abroad: the own-country minimum is not met and nothing foreign is added.
     */
    @Test
    void own_country_minimum_not_met_keeps_foreign_periods_out() {
        Assessment a = TotalisationEngine.assess(
                usItaly(dec("40")),
                Benefit.OLD_AGE,
                List.of(
                        employed("USA", "1990-01-01", "1991-03-31"),
                        stated("ITA", "1992-01-01", "2011-12-31", "1040", PeriodUnit.WEEKS)),
                AS_OF);

        assertEquals(0, dec("5").compareTo(a.ownPeriods()));
        assertFalse(a.foreignAdded());
        assertEquals(Outcome.NOT_ENTITLED, a.outcome());
        assertTrue(a.trace().stream()
                .anyMatch(t -> t.text().contains("5 < 6 QUARTERS: not met, foreign periods are not added")));
    }

    /**
     * POMS GN 01752.110 A and B.3 (https://secure.ssa.gov/apps10/poms.nsf/lnx/0201752110): "SSA will credit one
     * quarter of coverage in a calendar year for every 3 months of coverage certified for that year by the
     * Republic of Poland", "divide the number of months in each insurance period by 3 ... Consider any remainder
     * of one foreign quarter", "may not exceed four". Figures derived: 7 months certified for 1990 = 3 quarters.
     */
    @Test
    void polish_months_become_quarters_with_a_remainder_counted_as_one() {
        RuleSet usPoland = new RuleSet(
                "US-Poland",
                "USA",
                Set.of(Benefit.OLD_AGE),
                PeriodUnit.QUARTERS,
                new Conversion(5, dec("22"), dec("66"), dec("13"), dec("3"), dec("4"), Rounding.UP, 0),
                new Overlap(List.of(PeriodCategory.COMPULSORY), List.of("USA"), true),
                new Minimums(null, null, null, false),
                null,
                null);

        Assessment a = TotalisationEngine.assess(
                usPoland,
                Benefit.OLD_AGE,
                List.of(
                        stated("POL", "1990-01-01", "1990-12-31", "7", PeriodUnit.MONTHS),
                        stated("POL", "1991-01-01", "1991-12-31", "14", PeriodUnit.MONTHS)),
                AS_OF);

        assertEquals(
                List.of(new YearCredit(1990, dec("0"), dec("3")), new YearCredit(1991, dec("0"), dec("4"))), a.years());
    }

    // ---- Pro-rata with the higher-of rule, and a fixed denominator ----------------------------------------

    /**
     * Holzmann et al., "Do bilateral social security agreements deliver on the portability of pensions and
     * health care benefits?", IZA Journal of European Labor Studies, Table 7
     * (https://izajoels.springeropen.com/articles/10.1186/s40174-016-0067-0/tables/7). State A: "a full (basic)
     * pension of €800 per month is paid to those who have been insured for 40 years (2 % for each year),
     * provided they have been insured for at least 20 years"; the worker has 18 years in A and 24 in B. Direct
     * calculation: "State A ... pays 18 × 2 % of €800 = €288"; pro-rata: "the theoretical amount for full
     * insurance in state A is €800" and "Prorating these amounts makes state A pay 18/40 × €800" (= €360, own
     * years over the 40 years of a full pension: a fixed denominator).
     */
    @Test
    void iza_table_7_state_a_direct_288_theoretical_800_fixed_denominator_pro_rata_360() {
        RuleSet stateA = new RuleSet(
                "State A",
                "XXA",
                Set.of(Benefit.OLD_AGE),
                PeriodUnit.YEARS,
                Conversion.regulation987(5, PeriodUnit.YEARS, Rounding.NONE, 0),
                Overlap.regulation987("XXA"),
                new Minimums(null, dec("20"), null, false),
                new Amounts(
                        List.of(Component.perYear(dec("800"), dec("0.02"), dec("40"), dec("40"))),
                        new ProRata(ProRata.Denominator.FIXED, dec("40")),
                        true,
                        true,
                        Rounding.HALF_UP,
                        2),
                null);

        Assessment a = TotalisationEngine.assess(stateA, Benefit.OLD_AGE, izaCareer(), AS_OF);

        assertEquals(0, dec("18").compareTo(a.ownPeriods()));
        assertEquals(0, dec("42").compareTo(a.totalisedPeriods()), "aggregated periods of 42 years");
        assertEquals(dec("288.00"), a.independentAmount(), "18 × 2 % of €800 = €288");
        assertEquals(dec("800.00"), a.theoreticalAmount(), "theoretical amount for full insurance: €800");
        assertEquals(dec("360.00"), a.proRataAmount(), "18/40 × €800");
        assertEquals(dec("360.00"), a.payableAmount());
        assertEquals("PRO_RATA", a.payableBasis());
    }

    /**
     * The same source, state B: "a pension of 50 % of the maximum national pension (€1000) plus 1 % for each
     * year ... provided insured for at least 25 years; the maximum insurance period considered is 50 years".
     * Direct calculation: "24/30 of 50 % of €1000 + 24 × 1 % of €1000 = €400 + €240 = €640"; theoretical: "50 %
     * and 42 × 1 % of €1000 = €920". The source's pro-rata figure for B is not in the stored text; 24/42 × €920 =
     * €525.71 and the higher of the two (883/2004 Art. 52(3)), €640, are derived.
     */
    @Test
    void iza_table_7_state_b_direct_640_theoretical_920_higher_of_pays_the_direct_benefit() {
        RuleSet stateB = new RuleSet(
                "State B",
                "XXB",
                Set.of(Benefit.OLD_AGE),
                PeriodUnit.YEARS,
                Conversion.regulation987(5, PeriodUnit.YEARS, Rounding.NONE, 0),
                Overlap.regulation987("XXB"),
                new Minimums(null, dec("25"), null, false),
                new Amounts(
                        List.of(
                                Component.flat(dec("500"), dec("30")),
                                Component.perYear(dec("1000"), dec("0.01"), dec("50"), null)),
                        new ProRata(ProRata.Denominator.TOTAL, null),
                        true,
                        true,
                        Rounding.HALF_UP,
                        2),
                null);

        Assessment a = TotalisationEngine.assess(stateB, Benefit.OLD_AGE, izaCareer(), AS_OF);

        assertEquals(dec("640.00"), a.independentAmount(), "€400 + €240 = €640");
        assertEquals(dec("920.00"), a.theoreticalAmount(), "€920");
        assertEquals(dec("525.71"), a.proRataAmount());
        assertEquals(dec("640.00"), a.payableAmount());
        assertEquals("INDEPENDENT", a.payableBasis());
        assertTrue(a.trace().stream().anyMatch(t -> t.text().contains("flat 500 × 24/30 = 400")));
    }

    private static List<InsurancePeriod> izaCareer() {
        return List.of(employed("XXA", "1980-01-01", "1997-12-31"), employed("XXB", "1998-01-01", "2021-12-31"));
    }

    // ---- Flat rate by yearly average -------------------------------------------------------------------------

    /**
     * Citizens Information (Ireland), "Case study: Calculating your pension under bilateral social security
     * agreements" (https://www.citizensinformation.ie/en/social-welfare/irish-social-welfare-system/
     * case-studies-checklists/case-study-2-calculating-your-pension-under-bi-lateral-social-security-agreements/):
     * Mary has 600 Irish and 1,200 US contributions over 34 years; "600 ÷ 34 = 17.65 (round up to 18)", "She
     * would qualify for a reduced Irish State Pension (Contributory) of €180.70 (in 2024)"; her notional average
     * "1,800 ÷ 34" = 52.9 gives "the maximum rate". The table holds the rows the source and the Department's rule
     * quote (average 18 → €180.70; from 48 the maximum, €277.30 in 2024; nothing under an average of 10); the
     * other rows of the Irish table are not in the stored text. Contributions are weekly; a tax year may record
     * more than 52, so the year maximum is set above the records' 54.5 a year.
     */
    @Test
    void irish_flat_rate_by_yearly_average_mary_180_70_and_a_maximum_notional_rate() {
        Assessment a = TotalisationEngine.assess(
                irish(),
                Benefit.OLD_AGE,
                List.of(
                        stated("IRL", "1990-01-01", "2000-12-31", "600", PeriodUnit.WEEKS),
                        stated("USA", "2001-01-01", "2023-12-31", "1200", PeriodUnit.WEEKS)),
                AS_OF);

        assertEquals(dec("180.70"), a.independentAmount(), "yearly average 18: €180.70");
        assertEquals(dec("277.30"), a.theoreticalAmount(), "notional average 52.9: the maximum rate");
        assertTrue(a.trace().stream().anyMatch(t -> t.text().contains("600 ÷ 34 years = 17.65, rounded HALF_UP 18")));
        assertEquals(dec("180.70"), a.payableAmount(), "the higher of €180.70 and 600/1800 × €277.30");
    }

    /**
     * Citizens Information (Ireland), case study 1 (https://www.citizensinformation.ie/en/social-welfare/
     * irish-social-welfare-system/case-studies-checklists/case-study-1-calculating-your-pension-under-bi-lateral-
     * social-security-agreements/): Peter has 364 Irish contributions over 40 years: "364 ÷ 40 = 9.1 ... He would
     * not qualify for an Irish State Pension (Contributory)" on Irish contributions alone.
     */
    @Test
    void irish_flat_rate_peter_9_1_does_not_qualify_on_irish_contributions_alone() {
        Assessment a = TotalisationEngine.assess(
                irish(),
                Benefit.OLD_AGE,
                List.of(
                        stated("IRL", "1984-01-01", "1985-12-31", "104", PeriodUnit.WEEKS),
                        stated("DEU", "1986-01-01", "2008-12-31", "1196", PeriodUnit.WEEKS),
                        stated("IRL", "2019-01-01", "2023-12-31", "260", PeriodUnit.WEEKS)),
                AS_OF);

        assertEquals(0, dec("364").compareTo(a.ownPeriods()));
        assertEquals(dec("0.00"), a.independentAmount());
        assertTrue(a.trace().stream().anyMatch(t -> t.text().contains("364 ÷ 40 years = 9.10")));
        assertTrue(a.trace().stream().anyMatch(t -> t.text().contains("below the minimum average 10")));
    }

    private static RuleSet irish() {
        return new RuleSet(
                "Ireland State Pension (Contributory)",
                "IRL",
                Set.of(Benefit.OLD_AGE),
                PeriodUnit.WEEKS,
                new Conversion(6, dec("26"), dec("78"), dec("13"), dec("3"), dec("55"), Rounding.NONE, 0),
                Overlap.regulation987("IRL"),
                new Minimums(null, null, null, false),
                new Amounts(
                        List.of(Component.averageTable(
                                List.of(new Band(dec("18"), dec("180.70")), new Band(dec("48"), dec("277.30"))),
                                dec("10"),
                                Rounding.HALF_UP)),
                        new ProRata(ProRata.Denominator.TOTAL, null),
                        true,
                        false,
                        Rounding.HALF_UP,
                        2),
                null);
    }

    // ---- Overlaps of different types, Art. 57, sources, lump sum, earnings ---------------------------------

    /**
     * Regulation (EC) No 987/2009 Art. 12(1)-(2) (https://eur-lex.europa.eu/eli/reg/2009/987/oj): where a
     * period of compulsory insurance coincides with voluntary insurance only the compulsory period counts; where
     * a period other than an assimilated one coincides with an assimilated period only the former counts.
     * Figures derived from those rules, in months.
     */
    @Test
    void overlapping_periods_of_different_types_count_once_strongest_first() {
        RuleSet eu = euMonths(null);
        Assessment a = TotalisationEngine.assess(
                eu,
                Benefit.OLD_AGE,
                List.of(
                        employed("XXA", "2000-01-01", "2000-12-31"),
                        dated("XXA", "2000-07-01", "2001-06-30", PeriodType.VOLUNTARY),
                        dated("XXB", "2001-03-01", "2001-08-31", PeriodType.ASSIMILATED_SICKNESS),
                        employed("XXB", "2001-08-01", "2001-12-31")),
                AS_OF);

        assertEquals(0, dec("18").compareTo(a.ownPeriods()), "12 compulsory + 6 voluntary months");
        assertEquals(0, dec("6").compareTo(a.foreignPeriods()), "1 sickness month (July) + 5 compulsory");
        assertTrue(a.trace().stream()
                .anyMatch(t -> t.step().equals("OVERLAP")
                        && t.text().contains("loses 184 days")
                        && t.text().contains("COMPULSORY over VOLUNTARY")));
        assertTrue(a.trace().stream()
                .anyMatch(t -> t.step().equals("OVERLAP") && t.text().contains("VOLUNTARY over ASSIMILATED")));
        assertTrue(a.trace().stream()
                .anyMatch(t -> t.step().equals("OVERLAP") && t.text().contains("COMPULSORY over ASSIMILATED")));
    }

    /**
     * Regulation (EC) No 883/2004 Art. 57(1) (https://eur-lex.europa.eu/eli/reg/2004/883/oj): an institution
     * need not provide benefits for periods that amount to less than one year, unless they give a right on
     * their own. Ten months of own periods with twenty foreign years: no benefit of its own.
     */
    @Test
    void own_periods_under_one_year_give_no_benefit_of_their_own() {
        Assessment a = TotalisationEngine.assess(
                euMonths(dec("12")),
                Benefit.OLD_AGE,
                List.of(employed("XXA", "2020-01-01", "2020-10-31"), employed("XXB", "2000-01-01", "2019-12-31")),
                AS_OF);

        assertEquals(Outcome.NO_BENEFIT_OWN_PERIODS_TOO_SHORT, a.outcome());
        assertNull(a.payableAmount());
    }

    @Test
    void a_partner_certified_record_supersedes_the_declaration_for_its_country() {
        InsurancePeriod declared = new InsurancePeriod(
                "D-1",
                "XXB",
                null,
                LocalDate.parse("2010-01-01"),
                LocalDate.parse("2015-12-31"),
                PeriodType.COMPULSORY_EMPLOYED,
                null,
                Set.of(),
                null,
                "93",
                null,
                null,
                PeriodSource.DECLARATION);
        Assessment a = TotalisationEngine.assess(
                euMonths(null),
                Benefit.OLD_AGE,
                List.of(
                        declared,
                        employed("XXA", "2000-01-01", "2009-12-31"),
                        employed("XXB", "2010-01-01", "2012-12-31")),
                AS_OF);

        assertEquals(0, dec("36").compareTo(a.foreignPeriods()));
        assertTrue(a.trace().stream()
                .anyMatch(t -> t.step().equals("SUPERSEDED") && t.text().startsWith("D-1")));
    }

    @Test
    void earnings_related_theoretical_amount_caps_each_years_earnings() {
        RuleSet rules = new RuleSet(
                "earnings",
                "XXA",
                Set.of(Benefit.OLD_AGE),
                PeriodUnit.MONTHS,
                Conversion.regulation987(5, PeriodUnit.MONTHS, Rounding.NONE, 0),
                Overlap.regulation987("XXA"),
                new Minimums(null, dec("120"), null, false),
                new Amounts(
                        List.of(Component.earningsRelated(dec("0.01"), dec("10000"), dec("40"))),
                        new ProRata(ProRata.Denominator.TOTAL, null),
                        false,
                        false,
                        Rounding.HALF_UP,
                        2),
                null);
        InsurancePeriod own = new InsurancePeriod(
                null,
                "XXA",
                null,
                LocalDate.parse("2000-01-01"),
                LocalDate.parse("2004-12-31"),
                PeriodType.COMPULSORY_EMPLOYED,
                null,
                Set.of(),
                null,
                null,
                dec("60000"),
                null,
                PeriodSource.HOME_INSTITUTION);
        InsurancePeriod abroad = new InsurancePeriod(
                null,
                "XXB",
                null,
                LocalDate.parse("2005-01-01"),
                LocalDate.parse("2009-12-31"),
                PeriodType.COMPULSORY_EMPLOYED,
                null,
                Set.of(),
                null,
                null,
                dec("25000"),
                null,
                PeriodSource.PARTNER_CERTIFIED);

        Assessment a = TotalisationEngine.assess(rules, Benefit.OLD_AGE, List.of(own, abroad), AS_OF);

        // own years earn 12,000 a year, capped at 10,000; foreign 5,000 a year: reference 7,500 over 10 years
        assertEquals(dec("750.00"), a.theoreticalAmount());
        assertEquals(dec("375.00"), a.proRataAmount());
        assertEquals("PRO_RATA", a.payableBasis());
    }

    @Test
    void lump_sum_refund_of_own_contributions() {
        RuleSet rules = new RuleSet(
                "refund",
                "XXA",
                Set.of(Benefit.LUMP_SUM_REFUND),
                PeriodUnit.MONTHS,
                Conversion.regulation987(5, PeriodUnit.MONTHS, Rounding.NONE, 0),
                Overlap.regulation987("XXA"),
                new Minimums(null, null, null, false),
                null,
                new LumpSum(dec("0.5")));
        InsurancePeriod own = new InsurancePeriod(
                null,
                "XXA",
                null,
                LocalDate.parse("2015-01-01"),
                LocalDate.parse("2018-12-31"),
                PeriodType.COMPULSORY_EMPLOYED,
                null,
                Set.of(),
                null,
                null,
                null,
                dec("4321.10"),
                PeriodSource.HOME_INSTITUTION);

        Assessment a = TotalisationEngine.assess(rules, Benefit.LUMP_SUM_REFUND, List.of(own), AS_OF);

        assertEquals(Outcome.LUMP_SUM, a.outcome());
        assertEquals(dec("2160.55"), a.payableAmount());
    }

    @Test
    void a_benefit_the_agreement_does_not_cover_is_said_so() {
        Assessment a = TotalisationEngine.assess(
                euMonths(null), Benefit.EMPLOYMENT_INJURY, List.of(employed("XXA", "2000-01-01", "2000-12-31")), AS_OF);

        assertEquals(Outcome.BENEFIT_NOT_COVERED, a.outcome());
    }

    static RuleSet euMonths(BigDecimal ownForBenefit) {
        return new RuleSet(
                "EU-style months",
                "XXA",
                Set.of(Benefit.OLD_AGE),
                PeriodUnit.MONTHS,
                Conversion.regulation987(5, PeriodUnit.MONTHS, Rounding.NONE, 0),
                Overlap.regulation987("XXA"),
                new Minimums(null, dec("12"), ownForBenefit, false),
                new Amounts(
                        List.of(Component.perYear(dec("1000"), dec("0.02"), dec("40"), null)),
                        new ProRata(ProRata.Denominator.TOTAL, null),
                        true,
                        false,
                        Rounding.HALF_UP,
                        2),
                null);
    }
}
