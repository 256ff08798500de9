package org.returneeregistry.socialsecurity.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.returneeregistry.socialsecurity.domain.Assessment.Outcome;
import org.returneeregistry.socialsecurity.domain.Assessment.YearCredit;
import org.returneeregistry.socialsecurity.domain.RuleSet.Amounts;
import org.returneeregistry.socialsecurity.domain.RuleSet.Band;
import org.returneeregistry.socialsecurity.domain.RuleSet.Component;
import org.returneeregistry.socialsecurity.domain.RuleSet.Conversion;
import org.returneeregistry.socialsecurity.domain.RuleSet.Minimums;
import org.returneeregistry.socialsecurity.domain.RuleSet.ProRata;

/**
 * Totalises insurance periods under one rule set and computes the benefit, writing down every step.
 *
 * <p>The steps, in order: periods that do not count for the benefit are set aside, and declarations of a
 * country whose institution's record is present are superseded by that record; coinciding days count once,
 * for the strongest period (Regulation (EC) 987/2009 Art. 12: compulsory over voluntary, real over assimilated,
 * then the crediting order, then a record over a declaration); where the agreement says so, no foreign day
 * counts in a calendar month, quarter or year already covered at home; each period's days (or its stated
 * total, less what overlaps took from it) are converted to the counting unit per calendar year (Art. 13); a
 * year holds at most its maximum, own periods first, and is rounded as configured; the minimum periods are
 * tested; the theoretical, independent and pro-rata amounts are computed (883/2004 Art. 52).
 *
 * <p>The result does not depend on the order periods arrive in: they are looked at in a canonical order.
 * A pure function: no clock, no beans.
 */
public final class TotalisationEngine {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final int TRACE_SCALE = 4;
    /** Decimals a year's credit keeps when the rule set does not round (conversions are not exact). */
    private static final int KEPT_SCALE = 6;
    /** Decimals a year's raw sum keeps before the rule set's rounding, so 83/7 + 1/7 is 12, not 11.999… */
    private static final int SETTLED_SCALE = 10;

    private TotalisationEngine() {}

    /** Assesses {@code periods} for {@code benefit} under {@code rules}; open periods end on {@code asOf}. */
    public static Assessment assess(RuleSet rules, Benefit benefit, List<InsurancePeriod> periods, LocalDate asOf) {
        return new Run(rules, benefit, asOf).assess(periods);
    }

    /**
     * The days each period keeps once coinciding days count once and home-covered slots are taken from
     * foreign periods, as date-based periods (one per run of days kept). Stated totals are not carried: the
     * answer describes days, for checking that resolution is stable.
     */
    public static List<InsurancePeriod> creditedDays(
            RuleSet rules, Benefit benefit, List<InsurancePeriod> periods, LocalDate asOf) {
        Run run = new Run(rules, benefit, asOf);
        List<Work> works =
                run.admitted(periods.stream().sorted(InsurancePeriod.CANONICAL).toList());
        run.resolveOverlaps(works);
        if (run.homeSlotsApply()) {
            run.excludeHomeSlots(works);
        }
        List<InsurancePeriod> out = new ArrayList<>();
        for (Work w : works) {
            InsurancePeriod p = w.period;
            for (long[] r : w.kept.ranges) {
                out.add(new InsurancePeriod(
                        p.reference(),
                        p.country(),
                        p.institution(),
                        LocalDate.ofEpochDay(r[0]),
                        LocalDate.ofEpochDay(r[1]),
                        p.type(),
                        p.scheme(),
                        p.relevance(),
                        null,
                        p.occupation(),
                        p.earnings(),
                        p.contributions(),
                        p.source()));
            }
        }
        out.sort(InsurancePeriod.CANONICAL);
        return out;
    }

    private static final class Run {
        private final RuleSet rules;
        private final Benefit benefit;
        private final LocalDate asOf;
        private final Conversion conversion;
        private final List<TraceEntry> trace = new ArrayList<>();

        Run(RuleSet rules, Benefit benefit, LocalDate asOf) {
            this.rules = rules;
            this.benefit = benefit;
            this.asOf = asOf;
            this.conversion = rules.conversion();
        }

        Assessment assess(List<InsurancePeriod> received) {
            List<InsurancePeriod> periods =
                    received.stream().sorted(InsurancePeriod.CANONICAL).toList();
            for (InsurancePeriod p : periods) {
                trace("RECEIVED", describe(p));
            }
            if (!rules.benefits().isEmpty() && !rules.benefits().contains(benefit)) {
                trace(
                        "RESULT",
                        "the rule set " + rules.name() + " covers " + sorted(rules.benefits()) + ", not " + benefit);
                return result(
                        Outcome.BENEFIT_NOT_COVERED, null, null, null, false, List.of(), null, null, null, null, null);
            }
            if (benefit == Benefit.LUMP_SUM_REFUND) {
                return lumpSum(periods);
            }
            List<Work> works = admitted(periods);
            resolveOverlaps(works);
            if (homeSlotsApply()) {
                excludeHomeSlots(works);
            }
            for (Work w : works) {
                convert(w);
            }
            return decide(works);
        }

        // --- 1. which periods take part -------------------------------------------------------------------

        private List<Work> admitted(List<InsurancePeriod> periods) {
            Set<String> countriesWithRecords = periods.stream()
                    .filter(p -> p.countsFor(benefit) && p.source().isRecord())
                    .map(InsurancePeriod::country)
                    .collect(Collectors.toSet());
            List<Work> works = new ArrayList<>();
            for (InsurancePeriod p : periods) {
                if (!p.countsFor(benefit)) {
                    trace("EXCLUDED", p.label() + ": counts for " + sorted(p.relevance()) + ", not " + benefit);
                } else if (p.source() == PeriodSource.DECLARATION && countriesWithRecords.contains(p.country())) {
                    trace(
                            "SUPERSEDED",
                            p.label() + ": the institution's record of " + p.country()
                                    + " prevails over the declaration for that country's periods");
                } else {
                    works.add(new Work(p, p.country().equals(rules.country()), asOf));
                }
            }
            return works;
        }

        // --- 2. coinciding days count once ----------------------------------------------------------------

        private Comparator<Work> strength() {
            List<PeriodCategory> precedence = rules.overlap().precedence();
            List<String> order = rules.overlap().creditingOrder();
            return Comparator.<Work>comparingInt(
                            w -> rank(precedence, w.period.type().category()))
                    .thenComparingInt(w -> rank(order, w.period.country()))
                    .thenComparing(w -> w.period.country())
                    .thenComparing(w -> w.period.source().isRecord() ? 0 : 1)
                    .thenComparing(w -> w.period, InsurancePeriod.CANONICAL);
        }

        private static <T> int rank(List<T> order, T value) {
            int i = order.indexOf(value);
            return i < 0 ? order.size() : i;
        }

        private void resolveOverlaps(List<Work> works) {
            TreeSet<Long> cuts = new TreeSet<>();
            for (Work w : works) {
                cuts.add(w.start);
                cuts.add(w.end + 1);
            }
            Comparator<Work> strength = strength();
            Map<String, long[]> losses = new LinkedHashMap<>();
            Map<String, String> reasons = new LinkedHashMap<>();
            Long previous = null;
            for (Long cut : cuts) {
                if (previous != null) {
                    long s = previous;
                    long e = cut - 1;
                    List<Work> covering = works.stream()
                            .filter(w -> w.start <= s && w.end >= e)
                            .toList();
                    if (covering.size() > 1) {
                        Work winner = covering.stream().min(strength).orElseThrow();
                        for (Work loser : covering) {
                            if (loser != winner) {
                                loser.kept.remove(s, e);
                                String key = loser.period.label() + " | " + winner.period.label();
                                long[] acc = losses.computeIfAbsent(key, k -> new long[] {0, s, e});
                                acc[0] += e - s + 1;
                                acc[1] = Math.min(acc[1], s);
                                acc[2] = Math.max(acc[2], e);
                                reasons.putIfAbsent(key, reason(winner.period, loser.period));
                            }
                        }
                    }
                }
                previous = cut;
            }
            losses.forEach((key, acc) -> {
                String[] pair = key.split(" \\| ", 2);
                trace(
                        "OVERLAP",
                        pair[0] + " loses " + acc[0] + " days between " + LocalDate.ofEpochDay(acc[1]) + " and "
                                + LocalDate.ofEpochDay(acc[2]) + " to " + pair[1] + ": " + reasons.get(key));
            });
        }

        private String reason(InsurancePeriod winner, InsurancePeriod loser) {
            PeriodCategory w = winner.type().category();
            PeriodCategory l = loser.type().category();
            if (w != l) {
                return w + " over " + l + " (Regulation (EC) 987/2009 Art. 12)";
            }
            if (!winner.country().equals(loser.country())) {
                return "periods of equal rank count once; " + winner.country() + " is credited first (crediting order "
                        + rules.overlap().creditingOrder() + ")";
            }
            if (winner.source().isRecord() && !loser.source().isRecord()) {
                return "the institution's record over a declaration";
            }
            return "coinciding periods count once (Regulation (EC) 987/2009 Art. 12)";
        }

        // --- 3. no foreign credit where home already covers the slot ----------------------------------------

        private boolean homeSlotsApply() {
            PeriodUnit unit = rules.countingUnit();
            return rules.overlap().noForeignCreditInHomeSlots()
                    && (unit == PeriodUnit.MONTHS || unit == PeriodUnit.QUARTERS || unit == PeriodUnit.YEARS);
        }

        private void excludeHomeSlots(List<Work> works) {
            PeriodUnit unit = rules.countingUnit();
            TreeSet<LocalDate> homeSlots = new TreeSet<>();
            for (Work w : works) {
                if (w.own) {
                    w.kept.forEachMonth(d -> homeSlots.add(slotStart(d, unit)));
                }
            }
            for (Work w : works) {
                if (w.own) {
                    continue;
                }
                long before = w.kept.days();
                List<String> slots = new ArrayList<>();
                for (LocalDate slot : homeSlots) {
                    long s = slot.toEpochDay();
                    long e = slotEnd(slot, unit).toEpochDay();
                    if (w.kept.overlaps(s, e)) {
                        w.kept.remove(s, e);
                        slots.add(slotName(slot, unit));
                    }
                }
                if (!slots.isEmpty()) {
                    trace(
                            "HOME_SLOT",
                            w.period.label() + " loses " + (before - w.kept.days()) + " days in "
                                    + String.join(", ", slots) + ": no foreign credit in a " + unitName(unit)
                                    + " already covered at home");
                }
            }
        }

        private static LocalDate slotStart(LocalDate d, PeriodUnit unit) {
            return switch (unit) {
                case MONTHS -> d.withDayOfMonth(1);
                case QUARTERS -> LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
                default -> LocalDate.of(d.getYear(), 1, 1);
            };
        }

        private static LocalDate slotEnd(LocalDate start, PeriodUnit unit) {
            return switch (unit) {
                case MONTHS -> start.plusMonths(1).minusDays(1);
                case QUARTERS -> start.plusMonths(3).minusDays(1);
                default -> start.plusYears(1).minusDays(1);
            };
        }

        private static String slotName(LocalDate start, PeriodUnit unit) {
            return switch (unit) {
                case MONTHS -> YearMonth.from(start).toString();
                case QUARTERS -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
                default -> Integer.toString(start.getYear());
            };
        }

        private static String unitName(PeriodUnit unit) {
            return unit.name().toLowerCase().replaceAll("s$", "");
        }

        // --- 4. conversion per calendar year ----------------------------------------------------------------

        private void convert(Work w) {
            PeriodUnit counting = rules.countingUnit();
            TreeMap<Integer, Long> daysPerYear = w.kept.daysPerYear();
            StringBuilder text = new StringBuilder(w.period.label()).append(": ");
            if (w.period.total() == null && w.own && homeSlotsApply()) {
                text.append(w.kept.days())
                        .append(" days; each ")
                        .append(unitName(counting))
                        .append(" it touches is covered at home and counts whole");
                TreeMap<Integer, Integer> slots = new TreeMap<>();
                TreeSet<LocalDate> starts = new TreeSet<>();
                w.kept.forEachMonth(d -> starts.add(slotStart(d, counting)));
                for (LocalDate s : starts) {
                    slots.merge(s.getYear(), 1, Integer::sum);
                }
                slots.forEach((year, n) -> w.perYear.put(year, BigDecimal.valueOf(n)));
            } else if (w.period.total() == null) {
                text.append(w.kept.days()).append(" days counted");
                for (Integer year : daysPerYear.keySet()) {
                    BigDecimal units = calendarUnits(w.kept, year, counting);
                    w.perYear.put(year, units);
                }
            } else {
                PeriodTotal total = w.period.total();
                BigDecimal lost = BigDecimal.ZERO;
                DaySet lostDays = w.lost();
                for (Integer year : lostDays.daysPerYear().keySet()) {
                    lost = lost.add(calendarUnits(lostDays, year, total.unit()), MC);
                }
                BigDecimal remaining = total.amount().subtract(lost, MC).max(BigDecimal.ZERO);
                BigDecimal factor = factor(total.unit(), counting);
                text.append("stated ").append(plain(total.amount())).append(' ').append(total.unit());
                if (lost.signum() > 0) {
                    text.append(", less ")
                            .append(plain(lost))
                            .append(' ')
                            .append(total.unit())
                            .append(" for the days it lost, leaves ")
                            .append(plain(remaining));
                }
                text.append("; × ")
                        .append(plain(factor))
                        .append(' ')
                        .append(counting)
                        .append(" per ")
                        .append(unitName(total.unit()));
                long keptDays = w.kept.days();
                BigDecimal converted = remaining.multiply(factor, MC);
                BigDecimal allocated = BigDecimal.ZERO;
                Integer last = daysPerYear.isEmpty() ? null : daysPerYear.lastKey();
                for (Map.Entry<Integer, Long> e : daysPerYear.entrySet()) {
                    // the last year takes what is left, so the years add up to the total exactly
                    BigDecimal share = e.getKey().equals(last)
                            ? converted.subtract(allocated, MC)
                            : converted
                                    .multiply(BigDecimal.valueOf(e.getValue()), MC)
                                    .divide(BigDecimal.valueOf(keptDays), MC);
                    allocated = allocated.add(share, MC);
                    w.perYear.put(e.getKey(), share);
                }
            }
            text.append(" → ");
            text.append(w.perYear.entrySet().stream()
                    .map(e -> e.getKey() + ": " + plain(e.getValue()))
                    .collect(Collectors.joining(", ")));
            text.append(' ').append(counting);
            trace("CONVERTED", text.toString());
        }

        /** The calendar share of {@code unit}s the days of {@code set} in {@code year} make. */
        private BigDecimal calendarUnits(DaySet set, int year, PeriodUnit unit) {
            int[] perMonth = set.daysPerMonth(year);
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            BigDecimal sum = BigDecimal.ZERO;
            long days = 0;
            for (int m = 0; m < 12; m++) {
                days += perMonth[m];
            }
            switch (unit) {
                case MONTHS -> {
                    for (int m = 0; m < 12; m++) {
                        if (perMonth[m] > 0) {
                            int len = YearMonth.of(year, m + 1).lengthOfMonth();
                            sum = sum.add(BigDecimal.valueOf(perMonth[m]).divide(BigDecimal.valueOf(len), MC), MC);
                        }
                    }
                }
                case QUARTERS -> {
                    for (int q = 0; q < 4; q++) {
                        int covered = perMonth[3 * q] + perMonth[3 * q + 1] + perMonth[3 * q + 2];
                        if (covered > 0) {
                            LocalDate start = jan1.plusMonths(3L * q);
                            long len = start.plusMonths(3).toEpochDay() - start.toEpochDay();
                            sum = sum.add(BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(len), MC), MC);
                        }
                    }
                }
                case YEARS -> sum = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(jan1.lengthOfYear()), MC);
                case WEEKS -> sum = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7), MC);
                case DAYS ->
                    sum = BigDecimal.valueOf(days * conversion.daysPerWeek()).divide(BigDecimal.valueOf(7), MC);
            }
            return sum;
        }

        /** How many {@code to} units one {@code from} unit makes (Art. 13 and the agreement's conventions). */
        private BigDecimal factor(PeriodUnit from, PeriodUnit to) {
            if (from == to) {
                return BigDecimal.ONE;
            }
            if (from == PeriodUnit.DAYS || to == PeriodUnit.DAYS) {
                return schemeDays(from).divide(schemeDays(to), MC);
            }
            return quarters(from).divide(quarters(to), MC);
        }

        private BigDecimal schemeDays(PeriodUnit unit) {
            return switch (unit) {
                case DAYS -> BigDecimal.ONE;
                case WEEKS -> BigDecimal.valueOf(conversion.daysPerWeek());
                case MONTHS -> conversion.daysPerMonth();
                case QUARTERS -> conversion.daysPerQuarter();
                case YEARS -> conversion.daysPerQuarter().multiply(BigDecimal.valueOf(4));
            };
        }

        private BigDecimal quarters(PeriodUnit unit) {
            return switch (unit) {
                case WEEKS -> BigDecimal.ONE.divide(conversion.weeksPerQuarter(), MC);
                case MONTHS -> BigDecimal.ONE.divide(conversion.monthsPerQuarter(), MC);
                case QUARTERS -> BigDecimal.ONE;
                case YEARS -> BigDecimal.valueOf(4);
                case DAYS -> BigDecimal.ONE.divide(conversion.daysPerQuarter(), MC);
            };
        }

        // --- 5. years, totals, thresholds, amounts ----------------------------------------------------------

        private Assessment decide(List<Work> works) {
            TreeMap<Integer, BigDecimal[]> raw = new TreeMap<>();
            boolean slots = homeSlotsApply();
            TreeSet<LocalDate> homeSlots = new TreeSet<>();
            for (Work w : works) {
                if (slots && w.own && w.period.total() == null) {
                    // a slot covered at home counts once, however many own periods touch it
                    w.kept.forEachMonth(d -> homeSlots.add(slotStart(d, rules.countingUnit())));
                    continue;
                }
                w.perYear.forEach((year, units) -> {
                    BigDecimal[] acc =
                            raw.computeIfAbsent(year, y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    int i = w.own ? 0 : 1;
                    acc[i] = acc[i].add(units, MC);
                });
            }
            for (LocalDate slot : homeSlots) {
                BigDecimal[] acc =
                        raw.computeIfAbsent(slot.getYear(), y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                acc[0] = acc[0].add(BigDecimal.ONE);
            }
            BigDecimal max = conversion.yearMaximum();
            List<YearCredit> years = new ArrayList<>();
            BigDecimal own = BigDecimal.ZERO;
            BigDecimal foreign = BigDecimal.ZERO;
            for (Map.Entry<Integer, BigDecimal[]> e : raw.entrySet()) {
                // sums of exact fractions (1/7 of a week ...) lose their last digit: settle them first
                BigDecimal rawOwn = settled(e.getValue()[0]);
                BigDecimal rawTotal = settled(rawOwn.add(e.getValue()[1], MC));
                BigDecimal yearOwn = round(rawOwn.min(max));
                BigDecimal yearTotal = round(rawTotal.min(max));
                BigDecimal yearForeign = yearTotal.subtract(yearOwn).max(BigDecimal.ZERO);
                if (rawTotal.compareTo(max) > 0) {
                    trace(
                            "YEAR_MAXIMUM",
                            e.getKey() + " would hold " + plain(rawTotal) + " " + rules.countingUnit()
                                    + "; a calendar year holds at most " + plain(max)
                                    + " (Regulation (EC) 987/2009 Art. 13),"
                                    + " own periods first: " + plain(rawTotal.subtract(max, MC)) + " not credited");
                }
                trace(
                        "YEAR",
                        e.getKey() + ": own " + plain(rawOwn) + ", foreign " + plain(e.getValue()[1])
                                + " → credited own " + plain(yearOwn) + ", foreign " + plain(yearForeign) + " "
                                + rules.countingUnit() + roundingNote());
                if (yearOwn.signum() > 0 || yearForeign.signum() > 0) {
                    years.add(new YearCredit(e.getKey(), kept(yearOwn), kept(yearForeign)));
                }
                own = own.add(yearOwn, MC);
                foreign = foreign.add(yearForeign, MC);
            }
            BigDecimal total = kept(own.add(foreign, MC));
            own = kept(own);
            foreign = total.subtract(own);
            trace(
                    "TOTAL",
                    "own " + plain(own) + " + foreign " + plain(foreign) + " = " + plain(own.add(foreign)) + " "
                            + rules.countingUnit());
            return thresholds(works, years, own, foreign);
        }

        private String roundingNote() {
            return conversion.rounding() == Rounding.NONE
                    ? ""
                    : " (rounded " + conversion.rounding() + " to " + conversion.scale() + " decimals)";
        }

        private BigDecimal round(BigDecimal value) {
            return conversion.rounding().apply(value, conversion.scale()).max(BigDecimal.ZERO);
        }

        private static BigDecimal settled(BigDecimal value) {
            return value.setScale(SETTLED_SCALE, RoundingMode.HALF_UP);
        }

        /** A credit as it is answered: at most {@value #KEPT_SCALE} decimals (conversions are not exact). */
        private static BigDecimal kept(BigDecimal value) {
            BigDecimal v = value.setScale(KEPT_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
            return v.scale() < 0 ? v.setScale(0) : v;
        }

        private Assessment thresholds(List<Work> works, List<YearCredit> years, BigDecimal own, BigDecimal foreign) {
            Minimums min = rules.minimums();
            String unit = " " + rules.countingUnit();
            boolean addForeign = foreign.signum() > 0;
            if (addForeign && min.ownBeforeTotalisation() != null) {
                boolean met = own.compareTo(min.ownBeforeTotalisation()) >= 0;
                trace(
                        "THRESHOLD",
                        "own periods before foreign periods are added: " + plain(own) + (met ? " ≥ " : " < ")
                                + plain(min.ownBeforeTotalisation()) + unit
                                + (met ? ": met" : ": not met, foreign periods are not added"));
                addForeign = met;
            }
            boolean ownAloneEntitles = min.combined() == null || own.compareTo(min.combined()) >= 0;
            if (addForeign && min.totaliseOnlyIfNeeded() && ownAloneEntitles) {
                trace(
                        "THRESHOLD",
                        "own periods alone meet the minimum (" + plain(own) + " ≥ " + plain(min.combined()) + unit
                                + "): foreign periods are not needed and not added");
                addForeign = false;
            }
            BigDecimal totalised = addForeign ? own.add(foreign) : own;
            boolean entitled = true;
            if (min.combined() != null) {
                entitled = totalised.compareTo(min.combined()) >= 0;
                trace(
                        "THRESHOLD",
                        "minimum for entitlement on " + (addForeign ? "totalised" : "own") + " periods: "
                                + plain(totalised) + (entitled ? " ≥ " : " < ") + plain(min.combined()) + unit
                                + (entitled ? ": met" : ": not met"));
            }
            if (!entitled) {
                trace("RESULT", "not entitled");
                return result(
                        Outcome.NOT_ENTITLED, own, foreign, totalised, addForeign, years, null, null, null, null, null);
            }
            if (min.ownForBenefit() != null && !ownAloneEntitles) {
                boolean met = own.compareTo(min.ownForBenefit()) >= 0;
                trace(
                        "THRESHOLD",
                        "own periods for a benefit of " + rules.country() + " (Regulation (EC) 883/2004"
                                + " Art. 57): " + plain(own) + (met ? " ≥ " : " < ") + plain(min.ownForBenefit()) + unit
                                + (met
                                        ? ": met"
                                        : ": not met, no benefit of its own; the periods count for the other institutions"));
                if (!met) {
                    trace("RESULT", "no benefit from " + rules.country());
                    return result(
                            Outcome.NO_BENEFIT_OWN_PERIODS_TOO_SHORT,
                            own,
                            foreign,
                            totalised,
                            addForeign,
                            years,
                            null,
                            null,
                            null,
                            null,
                            null);
                }
            }
            if (rules.amounts() == null) {
                trace("RESULT", "entitled; the rule set computes no amount");
                return result(
                        Outcome.ENTITLED, own, foreign, totalised, addForeign, years, null, null, null, null, null);
            }
            return amounts(works, years, own, foreign, totalised, addForeign, ownAloneEntitles);
        }

        private Assessment amounts(
                List<Work> works,
                List<YearCredit> years,
                BigDecimal own,
                BigDecimal foreign,
                BigDecimal totalised,
                boolean addForeign,
                boolean ownAloneEntitles) {
            Amounts a = rules.amounts();
            int span = years.isEmpty()
                    ? 0
                    : years.get(years.size() - 1).year() - years.get(0).year() + 1;
            BigDecimal independent = null;
            if (ownAloneEntitles || a.independentOnTotalisedEntitlement()) {
                independent = formula("independent", own, span, works, false, true);
            } else {
                trace("FORMULA", "independent benefit: not due, own periods alone do not meet the minimum");
            }
            BigDecimal theoretical = null;
            BigDecimal proRata = null;
            if (addForeign) {
                theoretical = formula("theoretical", totalised, span, works, true, false);
                proRata = proRata(a.proRata(), theoretical, own, totalised);
            }
            BigDecimal payable;
            String basis;
            if (proRata == null) {
                payable = independent;
                basis = independent == null ? null : "INDEPENDENT";
            } else if (independent != null && (a.higherOf() || !addForeign)) {
                boolean independentHigher = independent.compareTo(proRata) > 0;
                payable = independentHigher ? independent : proRata;
                basis = independentHigher ? "INDEPENDENT" : "PRO_RATA";
                trace(
                        "FORMULA",
                        "higher of the independent (" + plain(independent) + ") and the pro-rata (" + plain(proRata)
                                + ") benefit (Regulation (EC) 883/2004 Art. 52(3)): " + plain(payable));
            } else {
                payable = proRata;
                basis = "PRO_RATA";
            }
            trace("RESULT", "entitled; payable " + (payable == null ? "nothing" : plain(payable) + " (" + basis + ")"));
            return result(
                    Outcome.ENTITLED,
                    own,
                    foreign,
                    totalised,
                    addForeign,
                    years,
                    independent,
                    theoretical,
                    proRata,
                    payable,
                    basis);
        }

        private BigDecimal proRata(ProRata rule, BigDecimal theoretical, BigDecimal own, BigDecimal totalised) {
            BigDecimal denominator = rule.denominator() == ProRata.Denominator.FIXED ? rule.fixed() : totalised;
            BigDecimal ratio = denominator.signum() == 0
                    ? BigDecimal.ZERO
                    : own.divide(denominator, MC).min(BigDecimal.ONE);
            BigDecimal amount = money(theoretical.multiply(ratio, MC));
            trace(
                    "FORMULA",
                    "pro-rata: theoretical " + plain(theoretical) + " × own " + plain(own) + " ÷ "
                            + (rule.denominator() == ProRata.Denominator.FIXED ? "fixed denominator " : "totalised ")
                            + plain(denominator) + (own.compareTo(denominator) > 0 ? " (at most 1)" : "") + " = "
                            + plain(amount));
            return amount;
        }

        private BigDecimal formula(
                String label, BigDecimal units, int span, List<Work> works, boolean all, boolean independent) {
            BigDecimal years = units.divide(unitsPerYear(), MC);
            BigDecimal sum = BigDecimal.ZERO;
            List<String> parts = new ArrayList<>();
            for (Component c : rules.amounts().components()) {
                BigDecimal part;
                switch (c.kind()) {
                    case FLAT -> {
                        part = c.amount();
                        if (independent && c.independentScaleYears() != null) {
                            BigDecimal ratio =
                                    years.divide(c.independentScaleYears(), MC).min(BigDecimal.ONE);
                            part = part.multiply(ratio, MC);
                            parts.add("flat " + plain(c.amount()) + " × " + plain(years) + "/"
                                    + plain(c.independentScaleYears()) + " = " + plain(part));
                        } else {
                            parts.add("flat " + plain(part));
                        }
                    }
                    case PER_YEAR -> {
                        BigDecimal counted = c.maxYears() == null ? years : years.min(c.maxYears());
                        if (c.fullAtYears() != null && years.compareTo(c.fullAtYears()) >= 0) {
                            part = c.base();
                            parts.add("full " + plain(c.base()) + " from " + plain(c.fullAtYears()) + " years ("
                                    + plain(years) + " years)");
                        } else {
                            part = c.base().multiply(c.ratePerYear(), MC).multiply(counted, MC);
                            parts.add(plain(c.base()) + " × " + plain(c.ratePerYear()) + " × " + plain(counted)
                                    + " years = " + plain(part));
                        }
                    }
                    case EARNINGS_RELATED -> {
                        BigDecimal reference = referenceEarnings(works, all, c.earningsCap());
                        BigDecimal counted = c.maxYears() == null ? years : years.min(c.maxYears());
                        part = c.accrualRate().multiply(reference, MC).multiply(counted, MC);
                        parts.add(plain(c.accrualRate()) + " × reference earnings " + plain(reference)
                                + (c.earningsCap() == null
                                        ? ""
                                        : " (each year capped at " + plain(c.earningsCap()) + ")")
                                + " × " + plain(counted) + " years = " + plain(part));
                    }
                    case AVERAGE_TABLE -> {
                        BigDecimal average = span == 0 ? BigDecimal.ZERO : units.divide(BigDecimal.valueOf(span), MC);
                        Rounding r = c.averageRounding() == null ? Rounding.NONE : c.averageRounding();
                        BigDecimal rounded = r.apply(average, 0);
                        part = BigDecimal.ZERO;
                        String band = "below the minimum average " + plain(c.minimumAverage());
                        if (c.minimumAverage() == null || rounded.compareTo(c.minimumAverage()) >= 0) {
                            Band best = null;
                            for (Band b : c.bands()) {
                                if (rounded.compareTo(b.fromAverage()) >= 0
                                        && (best == null || b.fromAverage().compareTo(best.fromAverage()) > 0)) {
                                    best = b;
                                }
                            }
                            part = best == null ? BigDecimal.ZERO : best.amount();
                            band = best == null ? "no band" : "band from " + plain(best.fromAverage());
                        }
                        parts.add("yearly average " + plain(units) + " ÷ " + span + " years = "
                                + average.setScale(2, RoundingMode.HALF_UP).toPlainString() + ", rounded " + r + " "
                                + plain(rounded) + ": " + band + " = " + plain(part));
                    }
                    default -> throw new IllegalStateException(c.kind().name());
                }
                sum = sum.add(part, MC);
            }
            BigDecimal amount = money(sum);
            trace(
                    "FORMULA",
                    label + " amount on " + plain(units) + " " + rules.countingUnit() + " (" + plain(years)
                            + " years): " + String.join(" + ", parts) + " = " + plain(amount));
            return amount;
        }

        private BigDecimal unitsPerYear() {
            return switch (rules.countingUnit()) {
                case YEARS -> BigDecimal.ONE;
                case QUARTERS -> BigDecimal.valueOf(4);
                case MONTHS -> BigDecimal.valueOf(12);
                case WEEKS -> BigDecimal.valueOf(52);
                case DAYS -> BigDecimal.valueOf(52L * conversion.daysPerWeek());
            };
        }

        private BigDecimal referenceEarnings(List<Work> works, boolean all, BigDecimal cap) {
            TreeMap<Integer, BigDecimal> perYear = new TreeMap<>();
            for (Work w : works) {
                if ((!all && !w.own) || w.period.earnings() == null || w.original.days() == 0) {
                    continue;
                }
                TreeMap<Integer, Long> days = w.original.daysPerYear();
                long totalDays = w.original.days();
                TreeMap<Integer, Long> kept = w.kept.daysPerYear();
                days.forEach((year, d) -> {
                    if (kept.containsKey(year)) {
                        BigDecimal share = w.period
                                .earnings()
                                .multiply(BigDecimal.valueOf(d), MC)
                                .divide(BigDecimal.valueOf(totalDays), MC);
                        perYear.merge(year, share, (x, y) -> x.add(y, MC));
                    }
                });
            }
            if (perYear.isEmpty()) {
                return BigDecimal.ZERO;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : perYear.values()) {
                sum = sum.add(cap == null ? e : e.min(cap), MC);
            }
            return sum.divide(BigDecimal.valueOf(perYear.size()), MC);
        }

        private BigDecimal money(BigDecimal value) {
            Amounts a = rules.amounts();
            Rounding r = a.rounding() == Rounding.NONE ? Rounding.HALF_UP : a.rounding();
            return r.apply(value, a.scale());
        }

        // --- lump sum -----------------------------------------------------------------------------------------

        private Assessment lumpSum(List<InsurancePeriod> periods) {
            if (rules.lumpSum() == null) {
                trace("RESULT", "the rule set provides no refund of contributions");
                return result(
                        Outcome.BENEFIT_NOT_COVERED, null, null, null, false, List.of(), null, null, null, null, null);
            }
            BigDecimal paid = BigDecimal.ZERO;
            for (InsurancePeriod p : periods) {
                if (p.country().equals(rules.country()) && p.contributions() != null && p.countsFor(benefit)) {
                    paid = paid.add(p.contributions());
                    trace("FORMULA", p.label() + ": contributions paid " + plain(p.contributions()));
                }
            }
            int scale = rules.amounts() == null ? 2 : rules.amounts().scale();
            BigDecimal refund = paid.multiply(rules.lumpSum().share(), MC).setScale(scale, RoundingMode.HALF_UP);
            trace(
                    "FORMULA",
                    "refund: contributions " + plain(paid) + " × share "
                            + plain(rules.lumpSum().share()) + " = " + plain(refund));
            trace("RESULT", "lump sum " + plain(refund));
            return result(Outcome.LUMP_SUM, null, null, null, false, List.of(), null, null, null, refund, "LUMP_SUM");
        }

        // --- helpers --------------------------------------------------------------------------------------------

        private Assessment result(
                Outcome outcome,
                BigDecimal own,
                BigDecimal foreign,
                BigDecimal totalised,
                boolean foreignAdded,
                List<YearCredit> years,
                BigDecimal independent,
                BigDecimal theoretical,
                BigDecimal proRata,
                BigDecimal payable,
                String basis) {
            return new Assessment(
                    rules.name(),
                    rules.country(),
                    benefit,
                    rules.countingUnit(),
                    outcome,
                    own,
                    foreign,
                    totalised,
                    foreignAdded,
                    List.copyOf(years),
                    independent,
                    theoretical,
                    proRata,
                    payable,
                    basis,
                    List.copyOf(trace));
        }

        private void trace(String step, String text) {
            trace.add(new TraceEntry(step, text));
        }

        private String describe(InsurancePeriod p) {
            StringBuilder b = new StringBuilder(p.label());
            if (p.institution() != null) {
                b.append(", institution ").append(p.institution());
            }
            if (p.scheme() != null) {
                b.append(", scheme ").append(p.scheme());
            }
            if (p.total() != null) {
                b.append(", total ")
                        .append(plain(p.total().amount()))
                        .append(' ')
                        .append(p.total().unit());
            }
            if (!p.relevance().isEmpty()) {
                b.append(", counts for ").append(sorted(p.relevance()));
            }
            if (p.occupation() != null) {
                b.append(", ISCO-08 ").append(p.occupation());
            }
            if (p.earnings() != null) {
                b.append(", earnings ").append(plain(p.earnings()));
            }
            if (p.contributions() != null) {
                b.append(", contributions ").append(plain(p.contributions()));
            }
            return b.toString();
        }

        private static String sorted(Set<Benefit> benefits) {
            return benefits.stream().map(Enum::name).sorted().collect(Collectors.joining(", ", "[", "]"));
        }

        private static String plain(BigDecimal value) {
            BigDecimal v = value.scale() > TRACE_SCALE ? value.setScale(TRACE_SCALE, RoundingMode.HALF_UP) : value;
            return v.stripTrailingZeros().toPlainString();
        }
    }

    /** A period at work: the days it still holds after overlaps, and what it credits per calendar year. */
    private static final class Work {
        final InsurancePeriod period;
        final boolean own;
        final long start;
        final long end;
        final DaySet original;
        final DaySet kept;
        final TreeMap<Integer, BigDecimal> perYear = new TreeMap<>();

        Work(InsurancePeriod period, boolean own, LocalDate asOf) {
            this.period = period;
            this.own = own;
            this.start = period.from().toEpochDay();
            this.end = period.lastDay(asOf).toEpochDay();
            this.original = new DaySet(start, end);
            this.kept = new DaySet(start, end);
        }

        DaySet lost() {
            DaySet lost = new DaySet(start, end);
            for (long[] r : kept.ranges) {
                lost.remove(r[0], r[1]);
            }
            return lost;
        }
    }

    /** Days as sorted, disjoint ranges of epoch days (both ends inclusive). */
    static final class DaySet {
        final List<long[]> ranges = new ArrayList<>();

        DaySet(long start, long end) {
            ranges.add(new long[] {start, end});
        }

        void remove(long s, long e) {
            List<long[]> next = new ArrayList<>();
            for (long[] r : ranges) {
                if (r[1] < s || r[0] > e) {
                    next.add(r);
                } else {
                    if (r[0] < s) {
                        next.add(new long[] {r[0], s - 1});
                    }
                    if (r[1] > e) {
                        next.add(new long[] {e + 1, r[1]});
                    }
                }
            }
            ranges.clear();
            ranges.addAll(next);
        }

        boolean overlaps(long s, long e) {
            return ranges.stream().anyMatch(r -> r[0] <= e && r[1] >= s);
        }

        long days() {
            long d = 0;
            for (long[] r : ranges) {
                d += r[1] - r[0] + 1;
            }
            return d;
        }

        void forEachMonth(java.util.function.Consumer<LocalDate> action) {
            for (long[] r : ranges) {
                LocalDate d = LocalDate.ofEpochDay(r[0]);
                LocalDate last = LocalDate.ofEpochDay(r[1]);
                while (!d.isAfter(last)) {
                    action.accept(d);
                    d = d.withDayOfMonth(1).plusMonths(1).isAfter(last)
                            ? last.plusDays(1)
                            : d.withDayOfMonth(1).plusMonths(1);
                }
            }
        }

        TreeMap<Integer, Long> daysPerYear() {
            TreeMap<Integer, Long> out = new TreeMap<>();
            for (long[] r : ranges) {
                LocalDate s = LocalDate.ofEpochDay(r[0]);
                LocalDate e = LocalDate.ofEpochDay(r[1]);
                for (int y = s.getYear(); y <= e.getYear(); y++) {
                    long from = Math.max(r[0], LocalDate.of(y, 1, 1).toEpochDay());
                    long to = Math.min(r[1], LocalDate.of(y, 12, 31).toEpochDay());
                    out.merge(y, to - from + 1, Long::sum);
                }
            }
            return out;
        }

        int[] daysPerMonth(int year) {
            int[] out = new int[12];
            for (long[] r : ranges) {
                for (int m = 1; m <= 12; m++) {
                    long from = Math.max(r[0], LocalDate.of(year, m, 1).toEpochDay());
                    long to =
                            Math.min(r[1], YearMonth.of(year, m).atEndOfMonth().toEpochDay());
                    if (to >= from) {
                        out[m - 1] += (int) (to - from + 1);
                    }
                }
            }
            return out;
        }
    }
}
