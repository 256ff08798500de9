import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.returneeregistry.socialsecurity.domain.Assessment;
import org.returneeregistry.socialsecurity.domain.Benefit;
import org.returneeregistry.socialsecurity.domain.InsurancePeriod;
import org.returneeregistry.socialsecurity.domain.PeriodSource;
import org.returneeregistry.socialsecurity.domain.PeriodTotal;
import org.returneeregistry.socialsecurity.domain.PeriodType;
import org.returneeregistry.socialsecurity.domain.PeriodUnit;
import org.returneeregistry.socialsecurity.domain.Rounding;
import org.returneeregistry.socialsecurity.domain.RuleSet;
import org.returneeregistry.socialsecurity.domain.TotalisationEngine;

/**
 * Assessments per second of the totalisation engine, called directly: synthetic claims of 1 to 40 periods
 * (seeded), under the demo agreement's section (months, Art. 12 overlaps, earnings-related amount, pro-rata,
 * higher-of) and under a US-style quarter-of-coverage rule set. Run from the repository root after a build:
 *
 *   java -cp registry-ejb/target/classes bench/totalisation/TotalisationBench.java [claims] [seed]
 */
public class TotalisationBench {

    private static final PeriodType[] TYPES = PeriodType.values();
    private static final String[] COUNTRIES = {"NPL", "QAT", "SAU", "MYS"};

    public static void main(String[] args) {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261207L;
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        List<List<InsurancePeriod>> careers = careers(claims, seed);
        long periods = careers.stream().mapToLong(List::size).sum();
        for (RuleSet rules : List.of(demo(), quarters())) {
            // warm-up: a fifth of the claims, not measured
            for (int i = 0; i < claims / 5; i++) {
                TotalisationEngine.assess(rules, Benefit.OLD_AGE, careers.get(i), asOf);
            }
            long entitled = 0;
            long start = System.nanoTime();
            for (List<InsurancePeriod> career : careers) {
                Assessment a = TotalisationEngine.assess(rules, Benefit.OLD_AGE, career, asOf);
                if (a.outcome() == Assessment.Outcome.ENTITLED) {
                    entitled++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "%-28s %,d claims (%,d periods, %.1f per claim) in %.2f s: %,.0f assessments/s, %.3f ms each; %,d entitled%n",
                    rules.name(), claims, periods, (double) periods / claims, seconds, claims / seconds,
                    seconds * 1000 / claims, entitled);
        }
    }

    static List<List<InsurancePeriod>> careers(int claims, long seed) {
        Random random = new Random(seed);
        List<List<InsurancePeriod>> careers = new ArrayList<>(claims);
        for (int c = 0; c < claims; c++) {
            int n = 1 + random.nextInt(40);
            List<InsurancePeriod> career = new ArrayList<>(n);
            LocalDate cursor = LocalDate.of(1980, 1, 1).plusDays(random.nextInt(3650));
            for (int i = 0; i < n; i++) {
                // mostly consecutive, some overlapping (sickness inside employment, voluntary beside it)
                LocalDate from = random.nextInt(5) == 0 ? cursor.minusDays(random.nextInt(400)) : cursor;
                LocalDate to = from.plusDays(30 + random.nextInt(900));
                String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                PeriodTotal total = random.nextInt(4) == 0
                        ? new PeriodTotal(BigDecimal.valueOf(4 + random.nextInt(100)), PeriodUnit.WEEKS)
                        : null;
                BigDecimal earnings = BigDecimal.valueOf(100_000L + random.nextInt(2_000_000));
                career.add(new InsurancePeriod(
                        "P" + i, country, null, from, to, TYPES[random.nextInt(TYPES.length)], null, Set.of(), total,
                        null, earnings, null,
                        random.nextBoolean() ? PeriodSource.PARTNER_CERTIFIED : PeriodSource.HOME_INSTITUTION));
                cursor = to.plusDays(1 + random.nextInt(200));
            }
            careers.add(career);
        }
        return careers;
    }

    static RuleSet demo() {
        return new RuleSet(
                "NPL-QAT demo section (months)",
                "NPL",
                Set.of(Benefit.OLD_AGE),
                PeriodUnit.MONTHS,
                RuleSet.Conversion.regulation987(6, PeriodUnit.MONTHS, Rounding.DOWN, 0),
                new RuleSet.Overlap(RuleSet.Overlap.regulation987("NPL").precedence(), List.of("NPL", "QAT"), false),
                new RuleSet.Minimums(null, BigDecimal.valueOf(180), BigDecimal.valueOf(12), false),
                new RuleSet.Amounts(
                        List.of(
                                RuleSet.Component.flat(BigDecimal.valueOf(5000), BigDecimal.valueOf(15)),
                                RuleSet.Component.earningsRelated(
                                        new BigDecimal("0.015"), BigDecimal.valueOf(1_200_000), BigDecimal.valueOf(40))),
                        new RuleSet.ProRata(RuleSet.ProRata.Denominator.TOTAL, null),
                        true,
                        false,
                        Rounding.HALF_UP,
                        2),
                null);
    }

    static RuleSet quarters() {
        return new RuleSet(
                "US-style quarters of coverage",
                "NPL",
                Set.of(Benefit.OLD_AGE),
                PeriodUnit.QUARTERS,
                new RuleSet.Conversion(
                        5, BigDecimal.valueOf(22), BigDecimal.valueOf(66), BigDecimal.valueOf(13), BigDecimal.valueOf(3),
                        BigDecimal.valueOf(4), Rounding.DOWN, 0),
                new RuleSet.Overlap(RuleSet.Overlap.regulation987("NPL").precedence(), List.of("NPL"), true),
                new RuleSet.Minimums(BigDecimal.valueOf(6), BigDecimal.valueOf(40), null, true),
                null,
                null);
    }
}
