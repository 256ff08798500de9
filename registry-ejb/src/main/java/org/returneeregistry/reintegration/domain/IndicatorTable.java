package org.returneeregistry.reintegration.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An indicator's published table: one cell per combination of the categories of the breakdowns asked (at
 * most two), with its margins ({@link #TOTAL} in the place of a category) and the grand total; small cells
 * withheld by {@link CellSuppression}. Built from the figures the database counted, which never leave this
 * class unsuppressed.
 */
public record IndicatorTable(Indicator indicator, List<Breakdown> breakdowns, int threshold, List<Cell> cells) {

    /** The category of a margin: every category of that breakdown together (SDMX's code for a total). */
    public static final String TOTAL = "_T";

    /** A category the record does not hold (e.g. no date of birth). */
    public static final String UNKNOWN = "_U";

    public IndicatorTable {
        breakdowns = List.copyOf(breakdowns);
        cells = List.copyOf(cells);
    }

    /** What the database counted for one combination of categories. */
    public record Counted(long count, long numerator, Double median) {}

    /** Why a cell is withheld, or that it is not. */
    public enum Status {
        PUBLISHED,
        /** Small in its own right. */
        SUPPRESSED_SMALL,
        /** Withheld so that a small cell cannot be computed from the published ones. */
        SUPPRESSED_COMPLEMENTARY
    }

    /**
     * A cell: its categories (one per breakdown), and — only when published — the count (cases or referrals
     * counted; a percentage's denominator), the numerator of a percentage, and the value.
     */
    public record Cell(List<String> categories, Status status, Long count, Long numerator, BigDecimal value) {
        public Cell {
            categories = List.copyOf(categories);
        }

        public boolean suppressed() {
            return status != Status.PUBLISHED;
        }
    }

    /**
     * Assembles the table. {@code counted} holds the inner cells (keys: one category per breakdown); for a
     * median, whose margins cannot be added up, also the margins and the grand total, keyed with {@link #TOTAL}.
     */
    public static IndicatorTable assemble(
            Indicator indicator, List<Breakdown> breakdowns, int threshold, Map<List<String>, Counted> counted) {
        if (breakdowns.size() > 2) {
            throw new IllegalArgumentException("at most two breakdowns");
        }
        boolean median = indicator.unit() == Indicator.Unit.MEDIAN_DAYS;
        List<List<String>> axes = new ArrayList<>();
        for (int d = 0; d < breakdowns.size(); d++) {
            TreeSet<String> categories = new TreeSet<>();
            for (List<String> key : counted.keySet()) {
                if (!key.get(d).equals(TOTAL)) {
                    categories.add(key.get(d));
                }
            }
            axes.add(new ArrayList<>(categories));
        }
        int rows = breakdowns.isEmpty() ? 0 : axes.get(0).size();
        int cols = breakdowns.size() < 2 ? 0 : axes.get(1).size();
        // the extended table: inner cells, then the margins, then the grand total
        int nr = breakdowns.isEmpty() ? 1 : rows + 1;
        int nc = breakdowns.size() < 2 ? 1 : cols + 1;
        Counted[][] grid = new Counted[nr][nc];
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                List<String> key = key(axes, breakdowns.size(), i, j, rows, cols);
                Counted c = counted.get(key);
                if (c == null && (!median || isInner(key))) {
                    c = median ? new Counted(0, 0, null) : sum(counted, key);
                }
                grid[i][j] = c == null ? new Counted(0, 0, null) : c;
            }
        }
        long[][] weights = new long[nr][nc];
        boolean[][] small = new boolean[nr][nc];
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                Counted c = grid[i][j];
                weights[i][j] = c.count();
                small[i][j] = switch (indicator.unit()) {
                    case COUNT -> c.numerator() < threshold;
                    case PERCENTAGE -> c.numerator() < threshold || c.count() < threshold;
                    case MEDIAN_DAYS -> c.count() < threshold || c.median() == null;
                };
            }
        }
        boolean[][] withheld;
        if (median) {
            // a median is not a sum: no margin gives a cell away by subtraction
            withheld = small;
        } else if (breakdowns.size() == 2) {
            withheld = CellSuppression.twoWay(weights, small);
        } else {
            boolean[] line = new boolean[nr];
            long[] w = new long[nr];
            for (int i = 0; i < nr; i++) {
                line[i] = small[i][0];
                w[i] = weights[i][0];
            }
            boolean[] out = breakdowns.isEmpty() ? line : CellSuppression.oneWay(w, line);
            withheld = new boolean[nr][1];
            for (int i = 0; i < nr; i++) {
                withheld[i][0] = out[i];
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                List<String> key = key(axes, breakdowns.size(), i, j, rows, cols);
                Counted c = grid[i][j];
                if (withheld[i][j]) {
                    cells.add(new Cell(
                            key,
                            small[i][j] ? Status.SUPPRESSED_SMALL : Status.SUPPRESSED_COMPLEMENTARY,
                            null,
                            null,
                            null));
                } else {
                    cells.add(new Cell(key, Status.PUBLISHED, c.count(), numerator(indicator, c), value(indicator, c)));
                }
            }
        }
        return new IndicatorTable(indicator, breakdowns, threshold, cells);
    }

    private static Long numerator(Indicator indicator, Counted c) {
        return indicator.unit() == Indicator.Unit.PERCENTAGE ? c.numerator() : null;
    }

    private static BigDecimal value(Indicator indicator, Counted c) {
        return switch (indicator.unit()) {
            case COUNT -> BigDecimal.valueOf(c.numerator());
            case PERCENTAGE ->
                BigDecimal.valueOf(c.numerator() * 100L).divide(BigDecimal.valueOf(c.count()), 1, RoundingMode.HALF_UP);
            case MEDIAN_DAYS -> BigDecimal.valueOf(c.median()).setScale(1, RoundingMode.HALF_UP);
        };
    }

    private static boolean isInner(List<String> key) {
        return !key.contains(TOTAL);
    }

    private static List<String> key(List<List<String>> axes, int dims, int i, int j, int rows, int cols) {
        List<String> key = new ArrayList<>();
        if (dims >= 1) {
            key.add(i == rows ? TOTAL : axes.get(0).get(i));
        }
        if (dims == 2) {
            key.add(j == cols ? TOTAL : axes.get(1).get(j));
        }
        return key;
    }

    /** The sum of the inner cells a margin or the grand total covers. */
    private static Counted sum(Map<List<String>, Counted> counted, List<String> key) {
        long count = 0;
        long numerator = 0;
        for (Map.Entry<List<String>, Counted> e : counted.entrySet()) {
            if (covers(key, e.getKey())) {
                count += e.getValue().count();
                numerator += e.getValue().numerator();
            }
        }
        return new Counted(count, numerator, null);
    }

    private static boolean covers(List<String> margin, List<String> inner) {
        if (inner.contains(TOTAL)) {
            return false;
        }
        for (int d = 0; d < margin.size(); d++) {
            if (!margin.get(d).equals(TOTAL) && !margin.get(d).equals(inner.get(d))) {
                return false;
            }
        }
        return true;
    }
}
