package org.returneeregistry.reintegration.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.reintegration.application.IndicatorTableView;

/**
 * An indicator's table: one cell per combination of categories of the dimensions asked, margins and the grand
 * total with {@code _T} in place of a category, {@code _U} for a category the record does not hold. A cell
 * under the threshold is withheld ({@code SUPPRESSED_SMALL}), and so is each cell that would let it be computed
 * from the margins ({@code SUPPRESSED_COMPLEMENTARY}); a withheld cell has no figures.
 */
public record IndicatorTable(
        IndicatorDefinition indicator,
        List<String> dimensions,
        LocalDate from,
        LocalDate to,
        int threshold,
        long decision,
        List<Cell> cells) {

    /**
     * A cell. {@code count}: the cases (or referrals) counted — for a percentage its denominator;
     * {@code numerator}: for a percentage; {@code value}: the count, the percentage (one decimal) or the median days.
     */
    public record Cell(List<String> categories, String status, Long count, Long numerator, BigDecimal value) {}

    static IndicatorTable from(IndicatorTableView v) {
        return new IndicatorTable(
                IndicatorDefinition.from(v.indicator()),
                v.dimensions(),
                v.from(),
                v.to(),
                v.threshold(),
                v.decision(),
                v.cells().stream()
                        .map(c -> new Cell(c.categories(), c.status(), c.count(), c.numerator(), c.value()))
                        .toList());
    }
}
