package org.returneeregistry.reintegration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.returneeregistry.reintegration.domain.IndicatorTable.Cell;
import org.returneeregistry.reintegration.domain.IndicatorTable.Counted;
import org.returneeregistry.reintegration.domain.IndicatorTable.Status;

class IndicatorTableTest {

    private static final Indicator.Source SOURCE = new Indicator.Source(6, "p", 1, "w", null);
    private static final Indicator COUNT = new Indicator(
            "C",
            1,
            "c",
            Indicator.Unit.COUNT,
            Indicator.Counts.CASE,
            SOURCE,
            "d",
            new IndicatorCondition.Goal(),
            null,
            List.of(),
            null);
    private static final Indicator PERCENT = new Indicator(
            "P",
            1,
            "p",
            Indicator.Unit.PERCENTAGE,
            Indicator.Counts.CASE,
            SOURCE,
            "d",
            new IndicatorCondition.Goal(),
            new IndicatorCondition.All(List.of()),
            List.of(),
            null);

    @Test
    void aOneWayCountWithholdsTheSmallCellAndTheNextSmallest() {
        Map<List<String>, Counted> counted = new HashMap<>();
        counted.put(List.of("1"), new Counted(12, 12, null));
        counted.put(List.of("2"), new Counted(3, 3, null));
        counted.put(List.of("9"), new Counted(7, 7, null));
        IndicatorTable t = IndicatorTable.assemble(COUNT, List.of(Breakdown.SEX), 5, counted);
        assertEquals(Status.PUBLISHED, cell(t, "1").status());
        assertEquals(new BigDecimal(12), cell(t, "1").value());
        assertEquals(Status.SUPPRESSED_SMALL, cell(t, "2").status());
        assertNull(cell(t, "2").value());
        assertEquals(Status.SUPPRESSED_COMPLEMENTARY, cell(t, "9").status());
        assertEquals(new BigDecimal(22), cell(t, "_T").value());
    }

    @Test
    void aPercentageIsWithheldWhenItsNumeratorOrDenominatorIsSmall() {
        Map<List<String>, Counted> counted = new HashMap<>();
        counted.put(List.of("1"), new Counted(20, 10, null));
        counted.put(List.of("2"), new Counted(20, 4, null));
        counted.put(List.of("9"), new Counted(30, 15, null));
        IndicatorTable t = IndicatorTable.assemble(PERCENT, List.of(Breakdown.SEX), 5, counted);
        assertEquals(Status.SUPPRESSED_SMALL, cell(t, "2").status());
        // the next smallest by denominator: sex 1 (20) before 9 (30)
        assertEquals(Status.SUPPRESSED_COMPLEMENTARY, cell(t, "1").status());
        assertNull(cell(t, "1").numerator());
        assertEquals(new BigDecimal("50.0"), cell(t, "9").value());
        assertEquals(15L, cell(t, "9").numerator());
        assertEquals(30L, cell(t, "9").count());
        assertEquals(new BigDecimal("41.4"), cell(t, "_T").value());
    }

    @Test
    void aTwoWayTableFillsAbsentCombinationsWithZeroAndWithholdsThem() {
        Map<List<String>, Counted> counted = new HashMap<>();
        counted.put(List.of("1", "A"), new Counted(10, 10, null));
        counted.put(List.of("1", "B"), new Counted(10, 10, null));
        counted.put(List.of("2", "A"), new Counted(10, 10, null));
        IndicatorTable t = IndicatorTable.assemble(COUNT, List.of(Breakdown.SEX, Breakdown.DISTRICT), 5, counted);
        assertEquals(9, t.cells().size());
        assertEquals(Status.SUPPRESSED_SMALL, cell(t, "2", "B").status());
        assertEquals(new BigDecimal(30), cell(t, "_T", "_T").value());
    }

    private static Cell cell(IndicatorTable t, String... categories) {
        return t.cells().stream()
                .filter(c -> c.categories().equals(List.of(categories)))
                .findFirst()
                .orElseThrow();
    }
}
