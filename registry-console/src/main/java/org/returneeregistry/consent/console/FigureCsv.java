package org.returneeregistry.consent.console;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.returneeregistry.consent.application.DecisionFigures;

/** The figures behind each of the auditor's charts, as CSV (RFC 4180). */
final class FigureCsv {

    static final String DAYS_HEADER = "day,permits,denies,total";
    static final String REASONS_HEADER = "reason,denies";
    static final String READS_HEADER = "organisation,purpose,permits,denies,total";

    private FigureCsv() {}

    static String days(DecisionFigures figures) {
        return csv(
                DAYS_HEADER,
                figures.days().stream()
                        .map(d -> List.of(
                                d.day().toString(),
                                Long.toString(d.permits()),
                                Long.toString(d.denies()),
                                Long.toString(d.total())))
                        .toList());
    }

    static String reasons(DecisionFigures figures) {
        return csv(
                REASONS_HEADER,
                figures.deniesByReason().stream()
                        .map(r -> List.of(r.reason(), Long.toString(r.denies())))
                        .toList());
    }

    static String reads(DecisionFigures figures) {
        return csv(
                READS_HEADER,
                figures.readsByOrganisationAndPurpose().stream()
                        .map(r -> List.of(
                                r.organisation(),
                                r.purpose(),
                                Long.toString(r.permits()),
                                Long.toString(r.denies()),
                                Long.toString(r.total())))
                        .toList());
    }

    private static String csv(String header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        for (List<String> row : rows) {
            csv.append(Stream.of(row.toArray(String[]::new))
                            .map(DecisionCsv::cell)
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }
}
