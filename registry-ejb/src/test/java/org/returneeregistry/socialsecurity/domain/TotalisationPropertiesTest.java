package org.returneeregistry.socialsecurity.domain;

import static org.returneeregistry.socialsecurity.domain.Periods.dec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.returneeregistry.socialsecurity.domain.Assessment.YearCredit;
import org.returneeregistry.socialsecurity.domain.RuleSet.Amounts;
import org.returneeregistry.socialsecurity.domain.RuleSet.Component;
import org.returneeregistry.socialsecurity.domain.RuleSet.Conversion;
import org.returneeregistry.socialsecurity.domain.RuleSet.Minimums;
import org.returneeregistry.socialsecurity.domain.RuleSet.Overlap;
import org.returneeregistry.socialsecurity.domain.RuleSet.ProRata;

/**
 * Properties of the engine over generated careers, under three rule sets: EU-style months (no rounding), US
 * quarters of coverage (rounded up, no foreign credit in a quarter covered at home), and weeks (rounded down).
 */
class TotalisationPropertiesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private static final List<String> COUNTRIES = List.of("XXA", "XXB", "XXC");

    static List<RuleSet> ruleSets() {
        Amounts amounts = new Amounts(
                List.of(Component.perYear(dec("1000"), dec("0.02"), dec("40"), null)),
                new ProRata(ProRata.Denominator.TOTAL, null),
                true,
                false,
                Rounding.HALF_UP,
                2);
        return List.of(
                new RuleSet(
                        "months",
                        "XXA",
                        Set.of(Benefit.OLD_AGE),
                        PeriodUnit.MONTHS,
                        Conversion.regulation987(5, PeriodUnit.MONTHS, Rounding.NONE, 0),
                        Overlap.regulation987("XXA"),
                        new Minimums(null, dec("12"), null, false),
                        amounts,
                        null),
                new RuleSet(
                        "quarters",
                        "XXA",
                        Set.of(Benefit.OLD_AGE),
                        PeriodUnit.QUARTERS,
                        new Conversion(5, dec("22"), dec("66"), dec("13"), dec("3"), dec("4"), Rounding.UP, 0),
                        new Overlap(List.of(PeriodCategory.COMPULSORY, PeriodCategory.VOLUNTARY), List.of("XXA"), true),
                        new Minimums(null, dec("40"), null, false),
                        amounts,
                        null),
                new RuleSet(
                        "weeks",
                        "XXA",
                        Set.of(Benefit.OLD_AGE),
                        PeriodUnit.WEEKS,
                        Conversion.regulation987(6, PeriodUnit.WEEKS, Rounding.DOWN, 0),
                        Overlap.regulation987("XXA"),
                        new Minimums(null, dec("520"), null, false),
                        amounts,
                        null));
    }

    @Provide
    Arbitrary<InsurancePeriod> datedPeriod() {
        Arbitrary<String> country = Arbitraries.of(COUNTRIES);
        Arbitrary<LocalDate> from = Arbitraries.integers().between(0, 40 * 365).map(d -> LocalDate.of(1980, 1, 1)
                .plusDays(d));
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 6 * 365);
        Arbitrary<PeriodType> type = Arbitraries.of(PeriodType.class);
        Arbitrary<PeriodSource> source = Arbitraries.of(PeriodSource.HOME_INSTITUTION, PeriodSource.PARTNER_CERTIFIED);
        return Combinators.combine(country, from, length, type, source)
                .as((c, f, l, t, s) -> new InsurancePeriod(
                        null, c, null, f, f.plusDays(l), t, null, Set.of(), null, null, null, null, s));
    }

    @Provide
    Arbitrary<InsurancePeriod> anyPeriod() {
        Arbitrary<InsurancePeriod> stated = Combinators.combine(
                        datedPeriod(), Arbitraries.integers().between(0, 400), Arbitraries.of(PeriodUnit.class))
                .as((p, amount, unit) -> new InsurancePeriod(
                        p.reference(),
                        p.country(),
                        null,
                        p.from(),
                        p.to(),
                        p.type(),
                        null,
                        Set.of(),
                        new PeriodTotal(BigDecimal.valueOf(amount), unit),
                        null,
                        null,
                        null,
                        p.source()));
        return Arbitraries.oneOf(datedPeriod(), stated);
    }

    @Provide
    Arbitrary<List<InsurancePeriod>> career() {
        return anyPeriod().list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<InsurancePeriod>> datedCareer() {
        return datedPeriod().list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void the_result_does_not_depend_on_the_order_periods_arrive_in(
            @ForAll("career") List<InsurancePeriod> periods,
            @ForAll @IntRange(min = 0, max = 2) int rules,
            @ForAll long seed) {
        RuleSet r = ruleSets().get(rules);
        List<InsurancePeriod> shuffled = new ArrayList<>(periods);
        Collections.shuffle(shuffled, new Random(seed));

        Assessment a = TotalisationEngine.assess(r, Benefit.OLD_AGE, periods, AS_OF);
        Assessment b = TotalisationEngine.assess(r, Benefit.OLD_AGE, shuffled, AS_OF);

        if (!a.equals(b)) {
            throw new AssertionError("order changed the result:\n" + a + "\n" + b);
        }
    }

    @Property(tries = 300)
    void resolving_overlaps_twice_changes_nothing(
            @ForAll("datedCareer") List<InsurancePeriod> periods, @ForAll @IntRange(min = 0, max = 2) int rules) {
        RuleSet r = ruleSets().get(rules);
        List<InsurancePeriod> once = TotalisationEngine.creditedDays(r, Benefit.OLD_AGE, periods, AS_OF);
        List<InsurancePeriod> twice = TotalisationEngine.creditedDays(r, Benefit.OLD_AGE, once, AS_OF);

        if (!once.equals(twice)) {
            throw new AssertionError("a second resolution changed the days:\n" + once + "\n" + twice);
        }
        BigDecimal before = totalised(TotalisationEngine.assess(r, Benefit.OLD_AGE, periods, AS_OF));
        BigDecimal after = totalised(TotalisationEngine.assess(r, Benefit.OLD_AGE, once, AS_OF));
        if (before.compareTo(after) != 0) {
            throw new AssertionError("resolved periods credit " + after + ", the periods " + before);
        }
    }

    @Property(tries = 300)
    void adding_a_period_never_lowers_the_totalised_periods(
            @ForAll("datedCareer") List<InsurancePeriod> periods,
            @ForAll("datedPeriod") InsurancePeriod added,
            @ForAll @IntRange(min = 0, max = 2) int rules) {
        RuleSet r = ruleSets().get(rules);
        List<InsurancePeriod> more = new ArrayList<>(periods);
        more.add(added);

        BigDecimal before = totalised(TotalisationEngine.assess(r, Benefit.OLD_AGE, periods, AS_OF));
        BigDecimal after = totalised(TotalisationEngine.assess(r, Benefit.OLD_AGE, more, AS_OF));

        if (after.compareTo(before) < 0) {
            throw new AssertionError("adding " + added.label() + " lowered " + before + " to " + after);
        }
    }

    @Property(tries = 300)
    void no_year_exceeds_its_maximum_after_conversion(
            @ForAll("career") List<InsurancePeriod> periods, @ForAll @IntRange(min = 0, max = 2) int rules) {
        RuleSet r = ruleSets().get(rules);
        Assessment a = TotalisationEngine.assess(r, Benefit.OLD_AGE, periods, AS_OF);
        for (YearCredit y : a.years()) {
            if (y.own().add(y.foreign()).compareTo(r.conversion().yearMaximum()) > 0) {
                throw new AssertionError(y + " exceeds " + r.conversion().yearMaximum());
            }
        }
    }

    private static BigDecimal totalised(Assessment a) {
        return a.ownPeriods().add(a.foreignPeriods());
    }
}
