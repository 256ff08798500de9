package org.returneeregistry.consent.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.consent.application.DecisionFigures;

class FigureChartsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static DecisionFigures figures() {
        return new DecisionFigures(
                DAY,
                DAY.plusDays(2),
                null,
                List.of(
                        new DecisionFigures.Day(DAY, 2, 1),
                        new DecisionFigures.Day(DAY.plusDays(1), 0, 0),
                        new DecisionFigures.Day(DAY.plusDays(2), 6, 0)),
                List.of(new DecisionFigures.Reason("NO_CONSENT", 4), new DecisionFigures.Reason("CONSENT_REVOKED", 1)),
                List.of(
                        new DecisionFigures.Reads("NPL-MOHP", "HEALTH_FOLLOW_UP", 3, 1),
                        new DecisionFigures.Reads("NPL-MOWCSC", "SOCIAL_PROTECTION", 0, 2)));
    }

    @Test
    void aDaysColumnStacksItsDeniesOnItsPermitsScaledToTheHighestDay() {
        List<FigureCharts.DayBar> bars = FigureCharts.days(figures().days());
        assertEquals(3, bars.size());
        FigureCharts.DayBar first = bars.get(0);
        assertEquals(67, first.permitHeight()); // 2 of 6 of 200
        assertEquals(100 - 67, first.denyHeight()); // 3 of 6 in all
        assertEquals(FigureCharts.DAYS_HEIGHT - 67, first.permitY());
        assertEquals(first.permitY() - first.denyHeight(), first.denyY());
        assertEquals(0, bars.get(1).permitHeight() + bars.get(1).denyHeight());
        assertEquals(FigureCharts.DAYS_HEIGHT, bars.get(2).permitHeight());
        assertTrue(bars.get(0).x() < bars.get(1).x()
                && bars.get(1).x() < bars.get(2).x());
        assertTrue(bars.get(2).x() + bars.get(2).width() <= FigureCharts.WIDTH);
    }

    @Test
    void rowsAreScaledToTheLongestAndASmallFigureIsStillDrawn() {
        List<FigureCharts.RowBar> reasons = FigureCharts.reasons(figures().deniesByReason());
        assertEquals(FigureCharts.barRoom(), reasons.get(0).denyWidth());
        assertEquals(Math.round(FigureCharts.barRoom() / 4.0), reasons.get(1).denyWidth());
        assertEquals(FigureCharts.ROW, reasons.get(1).y());
        assertEquals(1, FigureCharts.scale(1, 1_000_000, 100));
        assertEquals(0, FigureCharts.scale(0, 5, 100));

        List<FigureCharts.RowBar> reads = FigureCharts.reads(figures().readsByOrganisationAndPurpose());
        FigureCharts.RowBar health = reads.get(0);
        assertEquals("NPL-MOHP · HEALTH_FOLLOW_UP", health.label());
        assertEquals(FigureCharts.barRoom(), health.end());
        assertEquals(health.permitWidth(), health.denyX());
        assertEquals(3 * health.denyWidth(), health.permitWidth(), 1);
        assertEquals(0, reads.get(1).permitWidth());
        assertEquals(FigureCharts.barRoom() / 2, reads.get(1).denyWidth());
    }

    @Test
    void theFiguresBehindEachChartAsCsv() {
        assertEquals(
                "day,permits,denies,total\r\n2026-12-07,2,1,3\r\n2026-12-08,0,0,0\r\n2026-12-09,6,0,6\r\n",
                FigureCsv.days(figures()));
        assertEquals("reason,denies\r\nNO_CONSENT,4\r\nCONSENT_REVOKED,1\r\n", FigureCsv.reasons(figures()));
        assertEquals(
                "organisation,purpose,permits,denies,total\r\nNPL-MOHP,HEALTH_FOLLOW_UP,3,1,4\r\n"
                        + "NPL-MOWCSC,SOCIAL_PROTECTION,0,2,2\r\n",
                FigureCsv.reads(figures()));
    }
}
