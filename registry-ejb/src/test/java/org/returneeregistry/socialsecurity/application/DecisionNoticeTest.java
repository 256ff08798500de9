package org.returneeregistry.socialsecurity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.returneeregistry.socialsecurity.domain.Assessment;
import org.returneeregistry.socialsecurity.domain.Benefit;
import org.returneeregistry.socialsecurity.domain.InsurancePeriod;
import org.returneeregistry.socialsecurity.domain.PeriodSource;
import org.returneeregistry.socialsecurity.domain.PeriodType;
import org.returneeregistry.socialsecurity.domain.PeriodUnit;
import org.returneeregistry.socialsecurity.domain.Rounding;
import org.returneeregistry.socialsecurity.domain.RuleSet;
import org.returneeregistry.socialsecurity.domain.RuleSet.Amounts;
import org.returneeregistry.socialsecurity.domain.RuleSet.Component;
import org.returneeregistry.socialsecurity.domain.RuleSet.Conversion;
import org.returneeregistry.socialsecurity.domain.RuleSet.Minimums;
import org.returneeregistry.socialsecurity.domain.RuleSet.Overlap;
import org.returneeregistry.socialsecurity.domain.RuleSet.ProRata;
import org.returneeregistry.socialsecurity.domain.TotalisationEngine;
import org.returneeregistry.socialsecurity.domain.TraceEntry;

/**
 * A decision notice's content from a real computation — the engine's trace of a claim with a declaration superseded
 * by the partner's record, a sick leave overlapping employment, conversions, thresholds and the pro-rata formula —
 * carries every line of the trace in its signed JSON and on its page, in English and Nepali.
 */
class DecisionNoticeTest {

    private static final Pattern DEVANAGARI = Pattern.compile("[\\u0900-\\u097F]");

    /** State A of Holzmann et al., Table 7 (as in the engine's examples), in months, with a sick leave abroad. */
    static Assessment assessment() {
        RuleSet rules = new RuleSet(
                "State A",
                "NPL",
                Set.of(Benefit.OLD_AGE),
                PeriodUnit.MONTHS,
                Conversion.regulation987(5, PeriodUnit.MONTHS, Rounding.NONE, 0),
                Overlap.regulation987("NPL"),
                new Minimums(null, new BigDecimal("240"), null, false),
                new Amounts(
                        List.of(Component.perYear(
                                new BigDecimal("800"), new BigDecimal("0.02"), new BigDecimal("40"), null)),
                        new ProRata(ProRata.Denominator.TOTAL, null),
                        true,
                        true,
                        Rounding.HALF_UP,
                        2),
                null);
        List<InsurancePeriod> periods = List.of(
                period(
                        "SSF-1",
                        "NPL",
                        "NPL-SSF",
                        "1980-01-01",
                        "1997-12-31",
                        PeriodType.COMPULSORY_EMPLOYED,
                        PeriodSource.HOME_INSTITUTION),
                period(
                        "D-1",
                        "QAT",
                        null,
                        "1998-01-01",
                        "2021-12-31",
                        PeriodType.COMPULSORY_EMPLOYED,
                        PeriodSource.DECLARATION),
                period(
                        "GOSI-1",
                        "QAT",
                        "QAT-GOSI",
                        "1998-01-01",
                        "2021-12-31",
                        PeriodType.COMPULSORY_EMPLOYED,
                        PeriodSource.PARTNER_CERTIFIED),
                period(
                        "GOSI-2",
                        "QAT",
                        "QAT-GOSI",
                        "2010-04-01",
                        "2010-06-30",
                        PeriodType.ASSIMILATED_SICKNESS,
                        PeriodSource.PARTNER_CERTIFIED));
        return TotalisationEngine.assess(rules, Benefit.OLD_AGE, periods, LocalDate.of(2026, 12, 1));
    }

    private static InsurancePeriod period(
            String reference,
            String country,
            String institution,
            String from,
            String to,
            PeriodType type,
            PeriodSource source) {
        return new InsurancePeriod(
                reference,
                country,
                institution,
                LocalDate.parse(from),
                LocalDate.parse(to),
                type,
                null,
                Set.of(),
                null,
                null,
                null,
                null,
                source);
    }

    static DecisionNoticeLayout.Facts facts(Assessment a) {
        return new DecisionNoticeLayout.Facts(
                "44444444-2222-4333-8444-555555555555",
                "RR-0000-0042-7",
                "Sita",
                "Gurung",
                "NPL-DOFE",
                "Department of Foreign Employment",
                Instant.parse("2026-12-07T10:15:30Z"),
                "0b7a36e2-2f4c-4bb8-9a59-4f4b2a0a6f10",
                "OLD_AGE",
                "a1b2c3d4-0000-4000-8000-000000000001",
                "NPL-DOFE",
                List.of("QAT-GOSI"),
                "RETURNEE",
                null,
                null,
                "APPROVED",
                Instant.parse("2026-12-07T10:15:00Z"),
                "Entitled on totalised periods",
                a.outcome().name(),
                a.payableAmount(),
                a.payableBasis(),
                a.totalisedPeriods(),
                "MONTHS",
                1,
                LocalDate.of(2026, 12, 1),
                a.trace());
    }

    @Test
    void theTraceHasWhatANoticeMustExplain() {
        List<String> steps = assessment().trace().stream().map(TraceEntry::step).toList();
        for (String step : List.of("RECEIVED", "SUPERSEDED", "OVERLAP", "CONVERTED", "TOTAL", "THRESHOLD", "FORMULA")) {
            assertTrue(steps.contains(step), () -> step + " not in " + steps);
        }
        // every step the engine writes has its words in both languages
        for (String step : steps) {
            assertTrue(DecisionNoticeLayout.STEPS.containsKey(step), step);
        }
    }

    @Test
    void theSignedPayloadCarriesEveryTraceLineAsTheEngineWroteItWithTheStepsInNepali() {
        Assessment a = assessment();
        JsonObject payload = Json.createReader(new StringReader(
                        DecisionNoticeLayout.payload(facts(a), "registry-statement-2027", "https://v.example")))
                .readObject();
        assertEquals(DecisionNoticeLayout.FORMAT, payload.getString("format"));
        assertEquals("RR-0000-0042-7", payload.getString("registryNumber"));
        assertEquals("OLD_AGE", payload.getJsonObject("claim").getString("benefit"));
        assertEquals(
                "QAT-GOSI",
                payload.getJsonObject("claim")
                        .getJsonArray("partnerInstitutions")
                        .getString(0));
        JsonObject decision = payload.getJsonObject("decision");
        assertEquals("APPROVED", decision.getString("decision"));
        assertEquals(
                0,
                a.payableAmount()
                        .compareTo(decision.getJsonNumber("payableAmount").bigDecimalValue()));
        assertEquals("MONTHS", decision.getString("unit"));
        List<JsonObject> trace = payload.getJsonArray("trace").getValuesAs(JsonObject.class);
        assertEquals(a.trace().size(), trace.size());
        for (int i = 0; i < trace.size(); i++) {
            assertEquals(a.trace().get(i).step(), trace.get(i).getString("step"));
            assertEquals(a.trace().get(i).text(), trace.get(i).getString("text"));
            assertTrue(DEVANAGARI.matcher(trace.get(i).getString("stepNe")).find(), trace.get(i)::toString);
        }
    }

    @Test
    void thePageShowsEveryTraceLineTheClaimAndTheDecisionInEnglishAndNepali() throws Exception {
        Assessment a = assessment();
        DecisionNoticeLayout.Facts facts = facts(a);
        List<List<String>> rows = DecisionNoticeLayout.traceRows(facts);
        assertEquals(a.trace().size() + 1, rows.size(), "a header and one row per trace line");
        assertTrue(DEVANAGARI.matcher(rows.get(0).get(1)).find(), "the header in Nepali too");
        for (int i = 0; i < a.trace().size(); i++) {
            assertEquals(
                    DecisionNoticeLayout.printable(a.trace().get(i).text()),
                    rows.get(i + 1).get(2));
            assertTrue(DEVANAGARI.matcher(rows.get(i + 1).get(1)).find(), rows.get(i + 1)::toString);
        }
        List<List<String>> summary = DecisionNoticeLayout.summary(facts);
        assertTrue(summary.stream().allMatch(r -> DEVANAGARI.matcher(r.get(0)).find()), summary::toString);
        assertTrue(summary.stream().anyMatch(r -> r.get(1).equals("Approved / स्वीकृत")), summary::toString);
        assertTrue(summary.stream().anyMatch(r -> r.get(1).equals("Old-age pension / वृद्धावस्था निवृत्तिभरण")));

        byte[] pdf =
                DecisionNoticeLayout.render(facts, "registry-statement-2027", "ab".repeat(32), "https://v.example/x");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = squeezed(new PDFTextStripper().getText(document));
            assertTrue(text.contains("RR-0000-0042-7") && text.contains("QAT-GOSI"), text);
            for (TraceEntry t : a.trace()) {
                // the Latin words and numbers of every line are on the page (cells wrap, so spaces are ignored)
                String line = squeezed(DecisionNoticeLayout.printable(t.text()));
                assertTrue(text.contains(line), () -> "not on the page: " + t.text());
            }
        }
        assertFalse(DecisionNoticeLayout.printable("198 ≥ 180 → 2013").contains("≥"));
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
