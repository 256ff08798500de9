package org.returneeregistry.consent.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.DataCategory;

class AccessReportLayoutTest {

    @Test
    void theReportListsPermitsAndRefusalsWithTheirBasisInBothLanguages() throws Exception {
        AccessReport report = new AccessReport(
                "7d1c2a4e-0000-4000-8000-000000000001",
                "RR-0000-0042-7",
                Instant.parse("2026-12-07T10:00:00Z"),
                "MRC-KTM",
                2,
                1,
                1,
                false,
                List.of(
                        new AccessReport.Line(
                                12,
                                Instant.parse("2026-12-06T09:30:00Z"),
                                "MOH",
                                "Ministry of Health",
                                "REST",
                                "HEALTH_FOLLOW_UP",
                                Set.of(DataCategory.IDENTITY, DataCategory.HEALTH),
                                Set.of(DataCategory.HEALTH, DataCategory.IDENTITY),
                                "PERMIT",
                                "CONSENT",
                                "c0a8e7b2-1111-4222-8333-944455556666",
                                null,
                                null,
                                "7"),
                        new AccessReport.Line(
                                11,
                                Instant.parse("2026-12-05T08:00:00Z"),
                                "SKILLS",
                                null,
                                "SOAP",
                                "SKILLS_RECOGNITION",
                                Set.of(DataCategory.SKILLS),
                                Set.of(),
                                "DENY",
                                "NO_CONSENT",
                                null,
                                null,
                                null,
                                "7")));
        byte[] pdf = AccessReportLayout.render(report, "NPL-REG", "Returnee Registry", "registry-statement");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(
                    "Access report " + report.reportId(),
                    doc.getDocumentInformation().getTitle());
            // table cells wrap: compare with the layout's line breaks folded
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            String compact = text.replace(" ", "");
            assertTrue(text.contains("RR-0000-0042-7"), text);
            assertTrue(text.contains("Ministry of Health (MOH)"), text);
            assertTrue(text.contains("HEALTH, IDENTITY"), text);
            assertTrue(compact.contains("c0a8e7b2-1111-4222-8333-944455556666"), text);
            assertTrue(compact.contains("SKILLS_RECOGNITION") && text.contains("NO_CONSENT"), text);
            assertTrue(text.contains("Refused"), text);
            assertTrue(text.contains("permitted / "), text);
            // the Nepali text is shaped into glyphs of the embedded Devanagari font
            assertTrue(text.chars().anyMatch(c -> c >= 0x0900 && c <= 0x097F), "Devanagari in the text layer");
            assertFalse(text.contains("null"), text);
        }
    }
}
