package org.returneeregistry.consent.console;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.returneeregistry.consent.application.DecisionFigures;

/**
 * The geometry of the auditor's three charts, computed on the server so the page draws them as plain SVG
 * (no script, no inline style): bars in whole user units of each chart's view box, every bar carrying the figures it
 * stands for.
 */
public final class FigureCharts {

    /** The width of the plotting area of every chart. */
    static final int WIDTH = 720;
    /** The height of the plotting area of the per-day chart. */
    static final int DAYS_HEIGHT = 200;
    /** The widest a day's column is drawn, so that a short period does not draw slabs. */
    static final int MAX_COLUMN = 40;
    /** The height of one row of a horizontal chart. */
    static final int ROW = 26;
    /** The room kept left of a horizontal chart's bars for its labels. */
    static final int LABEL_WIDTH = 300;

    private FigureCharts() {}

    /** One day's stacked column: permits below, denies above. */
    public record DayBar(
            String day,
            int x,
            int width,
            int permitY,
            int permitHeight,
            int denyY,
            int denyHeight,
            long permits,
            long denies)
            implements Serializable {}

    /** One horizontal bar, or a stacked pair (permits, then denies), with its label. */
    public record RowBar(String label, int y, int permitWidth, int denyX, int denyWidth, long permits, long denies)
            implements Serializable {
        public long total() {
            return permits + denies;
        }

        public int end() {
            return denyX + denyWidth;
        }
    }

    static List<DayBar> days(List<DecisionFigures.Day> days) {
        long max = Math.max(
                1, days.stream().mapToLong(DecisionFigures.Day::total).max().orElse(1));
        int slot = Math.max(1, WIDTH / Math.max(1, days.size()));
        int width = Math.max(1, Math.min(MAX_COLUMN, slot * 3 / 4));
        List<DayBar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            DecisionFigures.Day d = days.get(i);
            int permitHeight = scale(d.permits(), max, DAYS_HEIGHT);
            int denyHeight = scale(d.permits() + d.denies(), max, DAYS_HEIGHT) - permitHeight;
            int permitY = DAYS_HEIGHT - permitHeight;
            bars.add(new DayBar(
                    d.day().toString(),
                    i * slot + (slot - width) / 2,
                    width,
                    permitY,
                    permitHeight,
                    permitY - denyHeight,
                    denyHeight,
                    d.permits(),
                    d.denies()));
        }
        return bars;
    }

    static List<RowBar> reasons(List<DecisionFigures.Reason> reasons) {
        long max = Math.max(
                1,
                reasons.stream().mapToLong(DecisionFigures.Reason::denies).max().orElse(1));
        List<RowBar> bars = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            DecisionFigures.Reason r = reasons.get(i);
            bars.add(new RowBar(r.reason(), i * ROW, 0, 0, scale(r.denies(), max, barRoom()), 0, r.denies()));
        }
        return bars;
    }

    static List<RowBar> reads(List<DecisionFigures.Reads> reads) {
        long max = Math.max(
                1, reads.stream().mapToLong(DecisionFigures.Reads::total).max().orElse(1));
        List<RowBar> bars = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            DecisionFigures.Reads r = reads.get(i);
            int permitWidth = scale(r.permits(), max, barRoom());
            int denyWidth = scale(r.total(), max, barRoom()) - permitWidth;
            bars.add(new RowBar(
                    r.organisation() + " · " + r.purpose(),
                    i * ROW,
                    permitWidth,
                    permitWidth,
                    denyWidth,
                    r.permits(),
                    r.denies()));
        }
        return bars;
    }

    /** The width left for bars once labels and the figure at the bar's end have their room. */
    static int barRoom() {
        return WIDTH - LABEL_WIDTH - 60;
    }

    /** A figure as a length of at most {@code room}; a non-zero figure is never drawn as nothing. */
    static int scale(long value, long max, int room) {
        if (value <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round((double) value * room / max));
    }
}
