package org.returneeregistry.reintegration.domain;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Which cells of a published statistical table are withheld, so that no figure about fewer than
 * {@code threshold} people is published nor derivable by subtraction from what is published.
 *
 * <p><b>Primary suppression</b> withholds each small cell (the caller says which: a count under the
 * threshold; a percentage whose numerator or denominator is under it). <b>Complementary suppression</b>
 * then withholds further cells until no withheld cell can be computed from the published cells and
 * margins:
 *
 * <ul>
 *   <li><b>One dimension</b> (cells and their total): the only equation is "cells add up to the total", so
 *       a withheld cell is derivable exactly when it is the only unknown of it. While exactly one entry is
 *       withheld, the smallest other entry (a cell before the total) is withheld too.
 *   <li><b>Two dimensions</b> (cells, row totals, column totals, grand total): the equations are "each
 *       row and each column, totals included, adds up". Seen as a bipartite graph — rows and columns are
 *       nodes, each withheld entry an edge between its row and its column — the equations fix a withheld
 *       entry exactly when its edge lies on no cycle (the kernel of a bipartite incidence matrix is
 *       spanned by its even cycles). So while a withheld entry is a <em>bridge</em> of that graph, the
 *       smallest cell that closes a cycle through it is withheld (failing one, the smallest cell touching
 *       its components, which lengthens them). The margins are not chosen here: each is withheld exactly
 *       as the one-dimensional table of that margin withholds it, so a one-dimensional table of the same
 *       population never publishes a margin the two-dimensional one relied on; only inner cells are added.
 * </ul>
 *
 * <p>This protects against exact derivation by linear equations. It does not guarantee a width of the
 * interval a withheld value is known to lie in (counts are non-negative, so a withheld cell is bounded
 * by its row's and column's remainders). Tables of three or more dimensions are not published.
 */
public final class CellSuppression {

    public static final int DEFAULT_THRESHOLD = 5;

    private CellSuppression() {}

    /**
     * One dimension: entries {@code 0..n-1} are the cells, entry {@code n} the total. Returns which
     * entries are withheld.
     *
     * @param weights the size each entry stands for (a count, or a percentage's denominator): the smallest
     *     is withheld first
     * @param primary which entries are small in their own right (length {@code n + 1})
     */
    public static boolean[] oneWay(long[] weights, boolean[] primary) {
        if (weights.length != primary.length || weights.length < 1) {
            throw new IllegalArgumentException("one weight and one flag per entry, the total last");
        }
        boolean[] out = primary.clone();
        while (count(out) == 1) {
            int pick = -1;
            for (int i = 0; i < out.length; i++) {
                if (!out[i] && (pick < 0 || weights[i] < weights[pick])) {
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            out[pick] = true;
        }
        return out;
    }

    /**
     * Two dimensions: an {@code (r + 1) × (c + 1)} table whose last row holds the column totals, last column
     * the row totals, and last entry the grand total. Margins (last row and column) are withheld exactly as
     * their one-dimensional tables withhold them ({@link #oneWay}); inner cells are added by complementary
     * suppression. Returns which entries are withheld, in the same shape.
     */
    public static boolean[][] twoWay(long[][] weights, boolean[][] primary) {
        int rows = weights.length - 1;
        if (rows < 1 || primary.length != weights.length) {
            throw new IllegalArgumentException("at least one row and the totals row");
        }
        int cols = weights[0].length - 1;
        if (cols < 1) {
            throw new IllegalArgumentException("at least one column and the totals column");
        }
        boolean[][] s = new boolean[rows + 1][cols + 1];
        for (int i = 0; i <= rows; i++) {
            if (weights[i].length != cols + 1 || primary[i].length != cols + 1) {
                throw new IllegalArgumentException("every row has " + (cols + 1) + " entries");
            }
            for (int j = 0; j < cols; j++) {
                s[i][j] = primary[i][j];
            }
        }
        // the margins, as their one-dimensional tables withhold them
        long[] rowWeights = new long[rows + 1];
        boolean[] rowPrimary = new boolean[rows + 1];
        for (int i = 0; i <= rows; i++) {
            rowWeights[i] = weights[i][cols];
            rowPrimary[i] = primary[i][cols];
        }
        long[] colWeights = new long[cols + 1];
        boolean[] colPrimary = new boolean[cols + 1];
        for (int j = 0; j <= cols; j++) {
            colWeights[j] = weights[rows][j];
            colPrimary[j] = primary[rows][j];
        }
        boolean[] rowMargin = oneWay(rowWeights, rowPrimary);
        boolean[] colMargin = oneWay(colWeights, colPrimary);
        for (int i = 0; i < rows; i++) {
            s[i][cols] = rowMargin[i];
        }
        for (int j = 0; j < cols; j++) {
            s[rows][j] = colMargin[j];
        }
        s[rows][cols] = rowMargin[rows] || colMargin[cols];

        while (true) {
            int[] bridge = firstBridge(s);
            if (bridge == null) {
                return s;
            }
            int[] pick = closingCell(s, weights, bridge);
            if (pick == null) {
                // nothing inner is left to withhold: withhold everything (cannot happen for tables of two or more rows
                // and
                // columns, whose fully withheld inner part leaves no bridge)
                for (boolean[] row : s) {
                    Arrays.fill(row, true);
                }
                return s;
            }
            s[pick[0]][pick[1]] = true;
        }
    }

    /** The smallest inner cell to withhold so the bridge comes to lie on a cycle, or null when none is left. */
    private static int[] closingCell(boolean[][] s, long[][] weights, int[] bridge) {
        int rows = s.length;
        int cols = s[0].length;
        s[bridge[0]][bridge[1]] = false;
        int[] component = components(s);
        s[bridge[0]][bridge[1]] = true;
        int a = component[bridge[0]];
        int b = component[rows + bridge[1]];
        int[] best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < rows - 1; i++) {
            for (int j = 0; j < cols - 1; j++) {
                if (s[i][j]) {
                    continue;
                }
                int ri = component[i];
                int cj = component[rows + j];
                // 0: closes a cycle through the bridge; 1: touches one of its sides; 2: anything else
                int rank = (ri == a && cj == b) || (ri == b && cj == a)
                        ? 0
                        : (ri == a || ri == b || cj == a || cj == b) ? 1 : 2;
                if (best == null
                        || rank < bestRank
                        || (rank == bestRank && weights[i][j] < weights[best[0]][best[1]])) {
                    best = new int[] {i, j};
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    /** The connected component of every node (rows first, then columns) of the graph of withheld entries. */
    private static int[] components(boolean[][] s) {
        int rows = s.length;
        int cols = s[0].length;
        int[] component = new int[rows + cols];
        Arrays.fill(component, -1);
        int next = 0;
        for (int start = 0; start < rows + cols; start++) {
            if (component[start] >= 0) {
                continue;
            }
            Deque<Integer> todo = new ArrayDeque<>();
            todo.push(start);
            component[start] = next;
            while (!todo.isEmpty()) {
                int node = todo.pop();
                for (int other : neighbours(s, node)) {
                    if (component[other] < 0) {
                        component[other] = next;
                        todo.push(other);
                    }
                }
            }
            next++;
        }
        return component;
    }

    private static int[] neighbours(boolean[][] s, int node) {
        int rows = s.length;
        int cols = s[0].length;
        int[] found = new int[Math.max(rows, cols)];
        int n = 0;
        if (node < rows) {
            for (int j = 0; j < cols; j++) {
                if (s[node][j]) {
                    found[n++] = rows + j;
                }
            }
        } else {
            int j = node - rows;
            for (int i = 0; i < rows; i++) {
                if (s[i][j]) {
                    found[n++] = i;
                }
            }
        }
        return Arrays.copyOf(found, n);
    }

    /**
     * The first withheld entry (in row order) lying on no cycle of the graph of withheld entries, or null.
     * Tarjan's bridge-finding over the bipartite graph, by depth-first search with low-links.
     */
    static int[] firstBridge(boolean[][] s) {
        int rows = s.length;
        int cols = s[0].length;
        int nodes = rows + cols;
        int[] order = new int[nodes];
        int[] low = new int[nodes];
        Arrays.fill(order, -1);
        boolean[][] bridge = new boolean[rows][cols];
        int[] counter = {0};
        for (int start = 0; start < nodes; start++) {
            if (order[start] < 0) {
                dfs(s, start, -1, order, low, counter, bridge);
            }
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (bridge[i][j]) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    private static void dfs(
            boolean[][] s, int node, int parent, int[] order, int[] low, int[] counter, boolean[][] bridge) {
        int rows = s.length;
        order[node] = low[node] = counter[0]++;
        // the graph is simple (at most one entry between a row and a column), so skipping the parent node is exact
        for (int other : neighbours(s, node)) {
            if (other == parent) {
                continue;
            }
            if (order[other] < 0) {
                dfs(s, other, node, order, low, counter, bridge);
                low[node] = Math.min(low[node], low[other]);
                if (low[other] > order[node]) {
                    int row = Math.min(node, other);
                    int col = Math.max(node, other) - rows;
                    bridge[row][col] = true;
                }
            } else {
                low[node] = Math.min(low[node], order[other]);
            }
        }
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            if (f) {
                n++;
            }
        }
        return n;
    }
}
