package org.returneeregistry.reintegration.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator's published table: no person named, no figure about fewer people than {@code threshold};
 * withheld cells carry no figure, only why they are withheld. {@code decision} names the decision log entry.
 */
public record IndicatorTableView(
        IndicatorView indicator,
        List<String> dimensions,
        LocalDate from,
        LocalDate to,
        int threshold,
        long decision,
        List<CellView> cells) {

    /** A cell: a category per dimension ({@code _T} for all of them), the status, and the figures when published. */
    public record CellView(List<String> categories, String status, Long count, Long numerator, BigDecimal value) {}
}
