package org.returneeregistry.notification.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.returneeregistry.notification.application.BatchItemView;
import org.returneeregistry.shared.domain.Violation;

/**
 * A batch's refusals as CSV a mission opens in a spreadsheet: one line per violation (row, notification id,
 * field, code, message), or one per refusal that names no field. A cell a spreadsheet would take for a
 * formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe, so a
 * value a mission sent cannot run as a formula on the officer's machine.
 */
final class ErrorReport {

    static final List<String> HEADER = List.of("row", "notificationId", "field", "code", "message");

    private ErrorReport() {}

    static String csv(List<BatchItemView> refused) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            for (BatchItemView item : refused) {
                if (item.violations().isEmpty()) {
                    line(printer, item, null, item.refusalCode(), item.refusalMessage());
                }
                for (Violation v : item.violations()) {
                    line(printer, item, v.field(), item.refusalCode() + "/" + v.rule(), v.message());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void line(CSVPrinter printer, BatchItemView item, String field, String code, String message)
            throws IOException {
        printer.printRecord(item.row(), cell(item.notificationId()), cell(field), cell(code), cell(message));
    }

    /** The value as a spreadsheet shows it as text, never as a formula. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
