package org.returneeregistry.reintegration.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An indicator's table as CSV (RFC 4180) and as SDMX-CSV (SDMX 2.1, "SDMX-CSV format" version 1.0: a
 * {@code DATAFLOW} column, one column per dimension, {@code OBS_VALUE}, then the attributes). The cells are the
 * JSON answer's, in its order; only codes and numbers are written, never free text.
 */
final class IndicatorCsv {

    /** The media type of SDMX-CSV 1.0 (SDMX 2.1 RESTful web services). */
    static final String SDMX_CSV = "application/vnd.sdmx.data+csv;version=1.0.0";

    /** The dataflow every indicator is published in: agency RR (the returnee registry), version 1.0. */
    static final String DATAFLOW = "RR:DF_REINTEGRATION_INDICATORS(1.0)";

    /** The SDMX dimension of each of the registry's dimensions, in the dataflow's order (TIME_PERIOD last). */
    static final Map<String, String> SDMX_DIMENSIONS = new java.util.LinkedHashMap<>();

    static {
        SDMX_DIMENSIONS.put("sex", "SEX");
        SDMX_DIMENSIONS.put("ageBand", "AGE");
        SDMX_DIMENSIONS.put("district", "REF_AREA");
        SDMX_DIMENSIONS.put("destination", "COUNTERPART_AREA");
        SDMX_DIMENSIONS.put("modality", "RETURN_MODALITY");
        SDMX_DIMENSIONS.put("service", "REFERRAL_SERVICE");
        SDMX_DIMENSIONS.put("outcome", "REFERRAL_OUTCOME");
    }

    private IndicatorCsv() {}

    static String csv(IndicatorTable t) {
        StringBuilder out = new StringBuilder("indicator");
        for (String d : t.dimensions()) {
            out.append(',').append(d);
        }
        out.append(",status,count,numerator,value\r\n");
        for (IndicatorTable.Cell c : t.cells()) {
            out.append(t.indicator().id());
            for (String category : c.categories()) {
                out.append(',').append(field(category));
            }
            out.append(',')
                    .append(c.status())
                    .append(',')
                    .append(number(c.count()))
                    .append(',')
                    .append(number(c.numerator()))
                    .append(',')
                    .append(c.value() == null ? "" : c.value().toPlainString())
                    .append("\r\n");
        }
        return out.toString();
    }

    static String sdmx(IndicatorTable t) {
        StringBuilder out = new StringBuilder("DATAFLOW,INDICATOR");
        for (String dim : SDMX_DIMENSIONS.values()) {
            out.append(',').append(dim);
        }
        out.append(",TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CONF_STATUS\r\n");
        String unit =
                switch (t.indicator().unit()) {
                    case "PERCENTAGE" -> "PT";
                    case "MEDIAN_DAYS" -> "DAYS";
                    default -> "NUMBER";
                };
        for (IndicatorTable.Cell c : t.cells()) {
            out.append(DATAFLOW).append(',').append(t.indicator().id());
            for (String wire : SDMX_DIMENSIONS.keySet()) {
                int at = t.dimensions().indexOf(wire);
                out.append(',').append(at < 0 ? "_T" : field(c.categories().get(at)));
            }
            out.append(',').append(timePeriod(t, c));
            boolean withheld = !"PUBLISHED".equals(c.status());
            BigDecimal value = c.value();
            out.append(',')
                    .append(withheld || value == null ? "" : value.toPlainString())
                    .append(',')
                    .append(unit)
                    // CL_OBS_STATUS: A normal value, Q missing value; suppressed
                    .append(',')
                    .append(withheld ? "Q" : "A")
                    // CL_CONF_STATUS: F free, C confidential, D secondary confidentiality set by the sender
                    .append(',')
                    .append(
                            switch (c.status()) {
                                case "SUPPRESSED_SMALL" -> "C";
                                case "SUPPRESSED_COMPLEMENTARY" -> "D";
                                default -> "F";
                            })
                    .append("\r\n");
        }
        return out.toString();
    }

    /** The period of the cell when the table is broken down by one; otherwise the range asked (ISO 8601 start/end). */
    private static String timePeriod(IndicatorTable t, IndicatorTable.Cell c) {
        for (String period : List.of("year", "quarter", "month")) {
            int at = t.dimensions().indexOf(period);
            if (at >= 0) {
                return field(c.categories().get(at));
            }
        }
        if (t.from() != null && t.to() != null) {
            return t.from() + "/" + t.to();
        }
        return "";
    }

    private static String number(Long n) {
        return n == null ? "" : n.toString();
    }

    /** Categories are codes; one holding a comma or a quote is quoted all the same (RFC 4180). */
    private static String field(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
