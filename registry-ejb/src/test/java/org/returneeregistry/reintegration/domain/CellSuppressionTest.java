package org.returneeregistry.reintegration.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CellSuppressionTest {

    private static final int T = CellSuppression.DEFAULT_THRESHOLD;

    @Test
    void oneWayWithholdsTheNextSmallestBesideALoneSmallCell() {
        // cells 3, 12, 9, total 24: 3 is small; 9 is withheld with it so 24 - 12 does not give 3
        boolean[] s = CellSuppression.oneWay(new long[] {3, 12, 9, 24}, small(3, 12, 9, 24));
        assertArrayEquals(new boolean[] {true, false, true, false}, s);
    }

    @Test
    void oneWayLeavesTwoSmallCellsAsTheyAre() {
        boolean[] s = CellSuppression.oneWay(new long[] {3, 12, 4, 19}, small(3, 12, 4, 19));
        assertArrayEquals(new boolean[] {true, false, true, false}, s);
    }

    @Test
    void oneWayWithholdsNothingWhenNothingIsSmall() {
        boolean[] s = CellSuppression.oneWay(new long[] {7, 12, 19}, small(7, 12, 19));
        assertArrayEquals(new boolean[] {false, false, false}, s);
    }

    @Test
    void oneWayOfOneCellWithholdsTheTotalWithIt() {
        boolean[] s = CellSuppression.oneWay(new long[] {3, 3}, small(3, 3));
        assertArrayEquals(new boolean[] {true, true}, s);
    }

    @Test
    void oneWayPrefersACellToTheTotalOnATie() {
        boolean[] s = CellSuppression.oneWay(new long[] {2, 0, 2}, new boolean[] {true, false, false});
        assertArrayEquals(new boolean[] {true, true, false}, s);
    }

    @Test
    void twoWayClosesARectangleAroundALoneSmallCell() {
        //        c0  c1  c2 | total
        // r0      2  10  20 | 32
        // r1     10  11  30 | 51
        // r2      9  40  50 | 99
        long[][] w = table(new long[][] {{2, 10, 20}, {10, 11, 30}, {9, 40, 50}});
        boolean[][] s = CellSuppression.twoWay(w, small(w));
        assertTrue(s[0][0]);
        // the smallest cells of its row and column, and the cell closing the rectangle
        assertTrue(s[0][1], "row complement");
        assertTrue(s[2][0], "column complement");
        assertTrue(s[2][1], "closing cell");
        assertEquals(4, withheld(s));
        assertNoWithheldEntryIsDerivable(w, s);
    }

    @Test
    void twoWayWithholdsNothingWithoutSmallCells() {
        long[][] w = table(new long[][] {{6, 10}, {10, 11}});
        boolean[][] s = CellSuppression.twoWay(w, small(w));
        assertEquals(0, withheld(s));
    }

    @Test
    void twoWayHonoursASmallMarginByWithholdingInnerCellsAroundIt() {
        // row r0 totals 4: its total and cells are small; the row margin's one-way table withholds r1's total too
        long[][] w = table(new long[][] {{1, 3}, {20, 30}, {25, 40}});
        boolean[][] s = CellSuppression.twoWay(w, small(w));
        boolean[] rowMargin = CellSuppression.oneWay(new long[] {4, 50, 65, 119}, small(4, 50, 65, 119));
        for (int i = 0; i < 4; i++) {
            assertEquals(rowMargin[i], s[i][2], "row total " + i + " as its one-way table");
        }
        assertNoWithheldEntryIsDerivable(w, s);
    }

    @Test
    void aBridgeIsFoundAndACycleIsNot() {
        assertNull(CellSuppression.firstBridge(new boolean[][] {{true, true}, {true, true}}));
        assertArrayEquals(
                new int[] {0, 0}, CellSuppression.firstBridge(new boolean[][] {{true, false}, {false, false}}));
        assertFalse(CellSuppression.firstBridge(new boolean[][] {{true, true, false}, {true, true, false}}) != null);
    }

    @Test
    void theRankCheckSeesADerivableCell() {
        // a lone withheld cell is derivable: the check must say so, or the properties below prove nothing
        long[][] w = table(new long[][] {{2, 10}, {10, 11}});
        boolean[][] s = new boolean[3][3];
        s[0][0] = true;
        assertTrue(anyDerivable(w, s));
    }

    @Property(tries = 400)
    void noPublishedTwoWayTableRevealsAWithheldEntry(@ForAll("tables") long[][] inner) {
        long[][] w = table(inner);
        boolean[][] s = CellSuppression.twoWay(w, small(w));
        // every small entry is withheld
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[0].length; j++) {
                if (w[i][j] < T) {
                    assertTrue(s[i][j], "small entry " + i + "," + j + " withheld");
                }
            }
        }
        assertNoWithheldEntryIsDerivable(w, s);
        // the margins are withheld as their one-way tables withhold them (or everything is withheld)
        if (withheld(s) < w.length * w[0].length) {
            int rows = w.length - 1;
            int cols = w[0].length - 1;
            long[] rw = new long[rows + 1];
            for (int i = 0; i <= rows; i++) {
                rw[i] = w[i][cols];
            }
            long[] cw = w[rows].clone();
            boolean[] rm = CellSuppression.oneWay(rw, small(rw));
            boolean[] cm = CellSuppression.oneWay(cw, small(cw));
            for (int i = 0; i <= rows; i++) {
                assertEquals(rm[i], s[i][cols]);
            }
            for (int j = 0; j < cols; j++) {
                assertEquals(cm[j], s[rows][j]);
            }
        }
    }

    @Property(tries = 400)
    void noPublishedOneWayTableRevealsAWithheldCell(@ForAll("lines") long[] cells) {
        long[] w = new long[cells.length + 1];
        long total = 0;
        for (int i = 0; i < cells.length; i++) {
            w[i] = cells[i];
            total += cells[i];
        }
        w[cells.length] = total;
        boolean[] s = CellSuppression.oneWay(w, small(w));
        int n = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] < T) {
                assertTrue(s[i]);
            }
            n += s[i] ? 1 : 0;
        }
        assertTrue(n == 0 || n >= 2, "one withheld entry alone is the total minus the others");
    }

    @Provide
    Arbitrary<long[][]> tables() {
        return Arbitraries.integers()
                .between(1, 6)
                .flatMap(rows -> Arbitraries.integers().between(1, 6).flatMap(cols -> Arbitraries.longs()
                        .between(0, 30)
                        .array(long[].class)
                        .ofSize(cols)
                        .array(long[][].class)
                        .ofSize(rows)));
    }

    @Provide
    Arbitrary<long[]> lines() {
        return Arbitraries.longs()
                .between(0, 30)
                .array(long[].class)
                .ofMinSize(1)
                .ofMaxSize(8);
    }

    /** The inner cells with their row totals, column totals and grand total. */
    static long[][] table(long[][] inner) {
        int rows = inner.length;
        int cols = inner[0].length;
        long[][] w = new long[rows + 1][cols + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                w[i][j] = inner[i][j];
                w[i][cols] += inner[i][j];
                w[rows][j] += inner[i][j];
                w[rows][cols] += inner[i][j];
            }
        }
        return w;
    }

    private static boolean[] small(long... values) {
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] < T;
        }
        return out;
    }

    private static boolean[][] small(long[][] w) {
        boolean[][] out = new boolean[w.length][];
        for (int i = 0; i < w.length; i++) {
            out[i] = small(w[i]);
        }
        return out;
    }

    private static int withheld(boolean[][] s) {
        int n = 0;
        for (boolean[] row : s) {
            for (boolean b : row) {
                n += b ? 1 : 0;
            }
        }
        return n;
    }

    private static void assertNoWithheldEntryIsDerivable(long[][] w, boolean[][] s) {
        assertFalse(anyDerivable(w, s), "a withheld entry is fixed by the published ones");
    }

    /**
     * Independent of the algorithm: writes every row and column equation of the table (totals included)
     * over the withheld entries as unknowns, and asks linear algebra whether any unknown is fixed — it is
     * when removing its column lowers the rank.
     */
    static boolean anyDerivable(long[][] w, boolean[][] s) {
        int rows = w.length - 1;
        int cols = w[0].length - 1;
        List<int[]> unknowns = new ArrayList<>();
        int[][] index = new int[rows + 1][cols + 1];
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= cols; j++) {
                index[i][j] = -1;
                if (s[i][j]) {
                    index[i][j] = unknowns.size();
                    unknowns.add(new int[] {i, j});
                }
            }
        }
        if (unknowns.isEmpty()) {
            return false;
        }
        List<double[]> equations = new ArrayList<>();
        for (int i = 0; i <= rows; i++) {
            double[] e = new double[unknowns.size()];
            for (int j = 0; j <= cols; j++) {
                if (index[i][j] >= 0) {
                    e[index[i][j]] = j == cols ? -1 : 1;
                }
            }
            equations.add(e);
        }
        for (int j = 0; j <= cols; j++) {
            double[] e = new double[unknowns.size()];
            for (int i = 0; i <= rows; i++) {
                if (index[i][j] >= 0) {
                    e[index[i][j]] = i == rows ? -1 : 1;
                }
            }
            equations.add(e);
        }
        int full = rank(equations, -1);
        for (int k = 0; k < unknowns.size(); k++) {
            if (rank(equations, k) < full) {
                return true;
            }
        }
        return false;
    }

    private static int rank(List<double[]> equations, int without) {
        int n = equations.get(0).length;
        double[][] m = new double[equations.size()][];
        for (int r = 0; r < m.length; r++) {
            m[r] = equations.get(r).clone();
            if (without >= 0) {
                m[r][without] = 0;
            }
        }
        int rank = 0;
        for (int c = 0; c < n && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][c]) > 1e-9 && (pivot < 0 || Math.abs(m[r][c]) > Math.abs(m[pivot][c]))) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] tmp = m[rank];
            m[rank] = m[pivot];
            m[pivot] = tmp;
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][c]) > 1e-9) {
                    double f = m[r][c] / m[rank][c];
                    for (int k = c; k < n; k++) {
                        m[r][k] -= f * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
