package org.returneeregistry.reintegration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.returneeregistry.reintegration.domain.Breakdown;
import org.returneeregistry.reintegration.domain.Indicator;
import org.returneeregistry.reintegration.domain.IndicatorCondition;
import org.returneeregistry.reintegration.domain.IndicatorTable;

/**
 * Counts an indicator with one SQL statement built from its definition: each condition of the vocabulary
 * becomes the set of cases having the fact, joined to the case once, each breakdown one grouped column. Every value from a
 * definition or a request is a bound parameter; the age bands' bounds, integers from configuration, are the
 * only numbers written into the text. Portable SQL: H2 2.2 and PostgreSQL 16.
 */
@ApplicationScoped
public class IndicatorQueries {

    /** The date a case is counted in: the return's, or the case's opening when the return has none. */
    static final String REFERENCE_DATE = "COALESCE(c.return_date, c.opened_on)";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /**
     * The counted cells of {@code indicator} for the cases whose reference date lies in {@code from..to}
     * (either open), grouped by {@code breakdowns}; for a median also its margins and grand total.
     */
    public Map<List<String>, IndicatorTable.Counted> count(
            Indicator indicator,
            List<Breakdown> breakdowns,
            List<Integer> ageBounds,
            LocalDate from,
            LocalDate to,
            LocalDate today) {
        Map<List<String>, IndicatorTable.Counted> out = new HashMap<>();
        if (indicator.unit() == Indicator.Unit.MEDIAN_DAYS) {
            // margins of a median are medians of their own: one grouping per subset of the breakdowns
            for (int mask = 0; mask < (1 << breakdowns.size()); mask++) {
                List<Integer> kept = new ArrayList<>();
                for (int d = 0; d < breakdowns.size(); d++) {
                    if ((mask & (1 << d)) != 0) {
                        kept.add(d);
                    }
                }
                run(indicator, breakdowns, kept, ageBounds, from, to, today, out);
            }
        } else {
            List<Integer> all = new ArrayList<>();
            for (int d = 0; d < breakdowns.size(); d++) {
                all.add(d);
            }
            run(indicator, breakdowns, all, ageBounds, from, to, today, out);
        }
        return out;
    }

    /** One statement and its bound values, in order. */
    record Statement(String sql, List<Object> params) {}

    /** The statement counting {@code indicator} grouped by the breakdowns at the positions {@code kept}. */
    static Statement statement(
            Indicator indicator,
            List<Breakdown> breakdowns,
            List<Integer> kept,
            List<Integer> ageBounds,
            LocalDate from,
            LocalDate to,
            LocalDate today) {
        Sql sql = new Sql(today);
        StringBuilder inner = new StringBuilder("SELECT ");
        for (int d = 0; d < breakdowns.size(); d++) {
            inner.append(column(breakdowns.get(d), ageBounds))
                    .append(" AS d")
                    .append(d)
                    .append(", ");
        }
        String numerator = sql.predicate(indicator.numerator());
        if (indicator.denominator() != null) {
            String denominator = sql.predicate(indicator.denominator());
            inner.append("CASE WHEN ").append(denominator).append(" THEN 1 ELSE 0 END AS den, ");
            inner.append("CASE WHEN ")
                    .append(denominator)
                    .append(" AND ")
                    .append(numerator)
                    .append(" THEN 1 ELSE 0 END AS num");
        } else {
            inner.append("1 AS den, CASE WHEN ").append(numerator).append(" THEN 1 ELSE 0 END AS num");
        }
        if (indicator.unit() == Indicator.Unit.MEDIAN_DAYS) {
            inner.append(", (EXTRACT(EPOCH FROM fa.first_on) - EXTRACT(EPOCH FROM c.return_date)) / 86400 AS measure");
        }
        inner.append(" FROM reintegration_case c");
        if (indicator.counts() == Indicator.Counts.REFERRAL) {
            inner.append(
                    " JOIN case_referral cr ON cr.case_ref = c.id JOIN referral r ON r.referral_id = cr.referral_id");
        }
        sql.joins.forEach(inner::append);
        if (indicator.unit() == Indicator.Unit.MEDIAN_DAYS) {
            inner.append(" LEFT JOIN (SELECT fa.case_ref, MIN(fa.assessed_on) AS first_on FROM case_assessment fa"
                    + " GROUP BY fa.case_ref) fa ON fa.case_ref = c.id");
        }
        inner.append(" WHERE 1 = 1");
        if (from != null) {
            inner.append(" AND ").append(REFERENCE_DATE).append(" >= ").append(sql.bind(Date.valueOf(from)));
        }
        if (to != null) {
            inner.append(" AND ").append(REFERENCE_DATE).append(" <= ").append(sql.bind(Date.valueOf(to)));
        }
        if (indicator.unit() == Indicator.Unit.MEDIAN_DAYS) {
            inner.append(" AND c.return_date IS NOT NULL");
        }
        String groups = kept.stream().map(d -> "x.d" + d).collect(Collectors.joining(", "));
        StringBuilder outer = new StringBuilder("SELECT ");
        if (!groups.isEmpty()) {
            outer.append(groups).append(", ");
        }
        if (indicator.unit() == Indicator.Unit.MEDIAN_DAYS) {
            outer.append("COUNT(*), SUM(x.num), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x.measure) FROM (")
                    .append(inner)
                    .append(") x WHERE x.num = 1 AND x.measure IS NOT NULL");
        } else {
            outer.append("SUM(x.den), SUM(x.num), NULL FROM (").append(inner).append(") x");
        }
        if (!groups.isEmpty()) {
            outer.append(" GROUP BY ").append(groups);
        }
        return new Statement(outer.toString(), List.copyOf(sql.params));
    }

    /** Reads one result row into {@code out}: the kept breakdowns' categories ({@code _T} for the others), count, numerator, median. */
    static void collect(
            Indicator indicator,
            List<Breakdown> breakdowns,
            List<Integer> kept,
            Object[] r,
            Map<List<String>, IndicatorTable.Counted> out) {
        List<String> key = new ArrayList<>();
        int k = 0;
        for (int d = 0; d < breakdowns.size(); d++) {
            if (kept.contains(d)) {
                key.add(label(breakdowns.get(d), r[k++]));
            } else {
                key.add(IndicatorTable.TOTAL);
            }
        }
        long count = r[k] == null ? 0 : ((Number) r[k]).longValue();
        long num = r[k + 1] == null ? 0 : ((Number) r[k + 1]).longValue();
        Double median = r[k + 2] == null ? null : ((Number) r[k + 2]).doubleValue();
        out.merge(
                key,
                new IndicatorTable.Counted(count, num, median),
                (a, b) -> new IndicatorTable.Counted(a.count() + b.count(), a.numerator() + b.numerator(), a.median()));
    }

    private void run(
            Indicator indicator,
            List<Breakdown> breakdowns,
            List<Integer> kept,
            List<Integer> ageBounds,
            LocalDate from,
            LocalDate to,
            LocalDate today,
            Map<List<String>, IndicatorTable.Counted> out) {
        Statement statement = statement(indicator, breakdowns, kept, ageBounds, from, to, today);
        Query q = em.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.params().size(); i++) {
            q.setParameter(i + 1, statement.params().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = q.getResultList();
        for (Object row : rows) {
            collect(indicator, breakdowns, kept, row instanceof Object[] a ? a : new Object[] {row}, out);
        }
    }

    /** The grouped column of a breakdown, over the case {@code c} (and its referral {@code r}). */
    static String column(Breakdown b, List<Integer> ageBounds) {
        String ref = REFERENCE_DATE;
        return switch (b) {
            case SEX -> "c.sex";
            case DISTRICT -> "c.home_district";
            case DESTINATION -> "c.destination_country";
            case MODALITY -> "c.return_modality";
            case YEAR -> "EXTRACT(YEAR FROM " + ref + ")";
            case QUARTER -> "EXTRACT(YEAR FROM " + ref + ") * 10 + EXTRACT(QUARTER FROM " + ref + ")";
            case MONTH -> "EXTRACT(YEAR FROM " + ref + ") * 100 + EXTRACT(MONTH FROM " + ref + ")";
            case SERVICE -> "r.service";
            case OUTCOME -> "COALESCE(r.outcome, r.status)";
            case AGE_BAND -> ageBand(ageBounds);
        };
    }

    /** Age in whole years at the reference date (yyyymmdd arithmetic, portable), banded by {@code bounds}. */
    private static String ageBand(List<Integer> bounds) {
        String ref = REFERENCE_DATE;
        String age = "FLOOR((EXTRACT(YEAR FROM " + ref + ") * 10000 + EXTRACT(MONTH FROM " + ref
                + ") * 100 + EXTRACT(DAY FROM "
                + ref + ") - EXTRACT(YEAR FROM c.birth_date) * 10000 - EXTRACT(MONTH FROM c.birth_date) * 100"
                + " - EXTRACT(DAY FROM c.birth_date)) / 10000)";
        StringBuilder s = new StringBuilder("CASE WHEN c.birth_date IS NULL THEN NULL");
        int lower = 0;
        for (int bound : bounds) {
            s.append(" WHEN ")
                    .append(age)
                    .append(" < ")
                    .append(bound)
                    .append(" THEN '")
                    .append(band(lower, bound))
                    .append("'");
            lower = bound;
        }
        s.append(" ELSE '").append(lower).append("+' END");
        return s.toString();
    }

    /** The label of the band {@code lower} to {@code upper - 1} years. */
    public static String band(int lower, int upper) {
        return lower + "-" + (upper - 1);
    }

    private static String label(Breakdown b, Object value) {
        if (value == null) {
            return IndicatorTable.UNKNOWN;
        }
        return switch (b) {
            case YEAR -> String.valueOf(((Number) value).longValue());
            case QUARTER -> {
                long v = ((Number) value).longValue();
                yield (v / 10) + "-Q" + (v % 10);
            }
            case MONTH -> {
                long v = ((Number) value).longValue();
                yield String.format("%d-%02d", v / 100, v % 100);
            }
            default -> value.toString().trim();
        };
    }

    /** Turns conditions into predicates, collecting their bound values in order. */
    private static final class Sql {
        private final List<Object> params = new ArrayList<>();
        private final List<String> joins = new ArrayList<>();
        private final LocalDate today;
        private int alias;

        Sql(LocalDate today) {
            this.today = today;
        }

        String bind(Object value) {
            params.add(value);
            return "?" + params.size();
        }

        String in(String column, Collection<? extends Enum<?>> codes) {
            if (codes.isEmpty()) {
                return "";
            }
            return " AND " + column + " IN ("
                    + codes.stream().map(c -> bind(c.name())).collect(Collectors.joining(", ")) + ")";
        }

        /**
         * The predicate of a condition on the case {@code c}: each fact is the set of cases having it, joined once
         * ({@code LEFT JOIN (SELECT DISTINCT case_ref …)}), so that every table is read once per statement rather
         * than probed once per case (ADR 0023: linear at a million cases).
         */
        String predicate(IndicatorCondition condition) {
            if (condition instanceof IndicatorCondition.All all) {
                return all.conditions().isEmpty()
                        ? "1 = 1"
                        : all.conditions().stream().map(this::predicate).collect(Collectors.joining(" AND ", "(", ")"));
            }
            String j = "j" + joins.size();
            joins.add(" LEFT JOIN (" + cases(condition) + ") " + j + " ON " + j + ".case_ref = c.id");
            return j + ".case_ref IS NOT NULL";
        }

        /** The cases having the fact a condition names: {@code SELECT DISTINCT case_ref …}. */
        private String cases(IndicatorCondition condition) {
            String a = "t" + (alias++);
            if (condition instanceof IndicatorCondition.Referral r) {
                return "SELECT DISTINCT " + a + "l.case_ref FROM case_referral " + a + "l JOIN referral " + a + " ON "
                        + a + ".referral_id = " + a + "l.referral_id WHERE 1 = 1"
                        + in(a + ".service", r.services()) + in(a + ".status", r.statuses())
                        + in(a + ".outcome", r.outcomes());
            }
            if (condition instanceof IndicatorCondition.Assessment s) {
                return "SELECT DISTINCT " + a + ".case_ref FROM case_assessment " + a + " WHERE 1 = 1"
                        + (s.questionnaire() == null ? "" : " AND " + a + ".questionnaire = " + bind(s.questionnaire()))
                        + (s.positive() == null ? "" : " AND " + a + ".positive = " + bind(s.positive()));
            }
            if (condition instanceof IndicatorCondition.Answer s) {
                return "SELECT DISTINCT " + a + ".case_ref FROM case_assessment " + a + " JOIN case_assessment_answer "
                        + a + "v ON " + a + "v.assessment_ref = " + a + ".id WHERE " + a + ".questionnaire = "
                        + bind(s.questionnaire()) + " AND " + a + "v.question = " + bind(s.question()) + " AND " + a
                        + "v.sensitive = " + bind(Boolean.FALSE) + " AND " + a + "v.answer_value "
                        + (s.nonEmpty() ? "<> " + bind("") : "= " + bind(s.equals()));
            }
            if (condition instanceof IndicatorCondition.AnswerCleared s) {
                // answered with a choice, and a later assessment of the same questionnaire without one
                return "SELECT DISTINCT " + a + ".case_ref FROM case_assessment " + a + " JOIN case_assessment_answer "
                        + a + "v ON " + a + "v.assessment_ref = " + a + ".id WHERE " + a + ".questionnaire = "
                        + bind(s.questionnaire()) + " AND " + a + "v.question = " + bind(s.question()) + " AND " + a
                        + "v.answer_value <> " + bind("") + " AND EXISTS (SELECT 1 FROM case_assessment " + a
                        + "l WHERE " + a + "l.case_ref = " + a + ".case_ref AND " + a + "l.questionnaire = " + a
                        + ".questionnaire AND " + a + "l.seq > " + a + ".seq AND NOT EXISTS (SELECT 1 FROM"
                        + " case_assessment_answer " + a + "w WHERE " + a + "w.assessment_ref = " + a + "l.id AND " + a
                        + "w.question = " + a + "v.question AND " + a + "w.answer_value <> " + bind("") + "))";
            }
            if (condition instanceof IndicatorCondition.FollowUp f) {
                return "SELECT DISTINCT " + a + ".case_ref FROM case_follow_up " + a + " WHERE 1 = 1"
                        + (f.due() ? " AND " + a + ".due_on <= " + bind(Date.valueOf(today)) : "")
                        + in(a + ".outcome", f.outcomes());
            }
            if (condition instanceof IndicatorCondition.Goal) {
                return "SELECT DISTINCT " + a + ".case_ref FROM case_goal " + a;
            }
            if (condition instanceof IndicatorCondition.SkillsProfile) {
                // the versions name their case by its id; the profile counts for the case it was recorded under
                return "SELECT DISTINCT " + a + "c.id AS case_ref FROM skills_profile_version " + a
                        + " JOIN reintegration_case " + a + "c ON " + a + "c.case_id = " + a + ".case_id";
            }
            throw new IllegalArgumentException("no SQL for " + condition);
        }
    }
}
