package org.returneeregistry.consent.console;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.returneeregistry.consent.application.DecisionView;

/** Decision log entries as CSV (RFC 4180): one row per entry, the columns an auditor filters on. */
final class DecisionCsv {

    static final String HEADER = "id,sequence,decidedAt,organisation,client,channel,subjectHash,purpose,"
            + "requested,granted,outcome,reason,policyVersion,consentId,agreementId,entryHash";

    private DecisionCsv() {}

    static String of(List<DecisionView> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        entries.forEach(e -> csv.append(row(e)));
        return csv.toString();
    }

    /** One entry's row, with its line end. */
    static String row(DecisionView e) {
        return Stream.of(
                                Long.toString(e.id()),
                                e.sequence() == null ? "" : e.sequence().toString(),
                                e.decidedAt() == null ? "" : e.decidedAt().toString(),
                                e.organisation(),
                                e.client(),
                                e.channel(),
                                e.subjectHash(),
                                e.purpose(),
                                DecisionLogPage.categories(e.requested()),
                                DecisionLogPage.categories(e.granted()),
                                e.outcome(),
                                e.reason(),
                                e.policyVersion(),
                                e.consentId(),
                                e.agreementId(),
                                e.entryHash())
                        .map(DecisionCsv::cell)
                        .collect(Collectors.joining(","))
                + "\r\n";
    }

    /** A cell quoted when it must be; a leading formula character is neutralised for spreadsheets. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
