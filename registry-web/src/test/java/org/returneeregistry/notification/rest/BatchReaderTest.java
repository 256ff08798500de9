package org.returneeregistry.notification.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.notification.application.BatchEntry;
import org.returneeregistry.notification.application.BatchItemView;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;

class BatchReaderTest {

    private static final String HEADER = "missionCode,notificationId,givenName,familyName,dateOfBirth,passportNumber,"
            + "passportCountry,departureDate,urgentNeeds,pendingClaimAmount\n";

    @Test
    void csvRowsAreNumberedAsTheSpreadsheetShowsThem() {
        List<BatchEntry> entries = BatchReader.csv(
                HEADER + "NPL-EMB-DOH,A1,Ram,Thapa,1990-04-12,PA1,NPL,2021-03-01,MEDICAL;SHELTER,1500.00\n"
                        + "NPL-EMB-DOH,A2,Sita,\"Gurung, Jr\",1990-02-30,PA2,NPL,2021-03-01,,\n",
                10);
        assertEquals(2, entries.size());
        BatchEntry first = entries.get(0);
        assertEquals(2, first.row());
        assertNotNull(first.notification());
        assertEquals("A1", first.notification().notificationId());
        assertEquals(2, first.notification().urgentNeeds().size());
        assertEquals(
                "PASSPORT", first.notification().person().identifiers().get(0).type());
        BatchEntry second = entries.get(1);
        assertEquals(3, second.row());
        assertNull(second.notification());
        assertEquals("A2", second.notificationId());
        assertEquals("dateOfBirth", second.unreadable().get(0).field());
    }

    @Test
    void thePublishedTemplateIsReadAsItsExampleSays() throws Exception {
        String template = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/bulk-intake-template.csv"));
        assertEquals(
                String.join(",", BatchReader.COLUMNS),
                template.lines().findFirst().orElseThrow());
        List<BatchEntry> entries = BatchReader.csv(template, 10);
        assertEquals(1, entries.size());
        assertNotNull(entries.get(0).notification(), entries.get(0)::toString);
        assertEquals(
                "UNPAID_WAGES",
                entries.get(0).notification().pendingClaims().get(0).type());
    }

    @Test
    void aCsvHeaderThatIsNotTheTemplatesIsRefusedWhole() {
        RegistryException e =
                assertThrows(RegistryException.class, () -> BatchReader.csv("notificationId,colour\nA,B\n", 10));
        assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
        List<String> fields = e.violations().stream().map(Violation::field).toList();
        assertTrue(fields.contains("header.colour"), fields::toString);
        assertTrue(fields.contains("header.missionCode"), fields::toString);
    }

    @Test
    void anUnterminatedQuoteNamesItsLine() {
        RegistryException e = assertThrows(
                RegistryException.class, () -> BatchReader.csv("missionCode,notificationId\nA,B\nC,\"D\n", 10));
        assertEquals(ErrorCode.MALFORMED_REQUEST, e.code());
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void moreRowsThanABatchMayHaveAreRefused() {
        String body = "[" + "{},".repeat(3) + "{}]";
        RegistryException e = assertThrows(RegistryException.class, () -> BatchReader.jsonArray(body, 3));
        assertEquals(ErrorCode.REQUEST_TOO_LARGE, e.code());
    }

    @Test
    void ndjsonRowsAreLinesAndAnUnreadableItemIsKeptOnItsRow() {
        List<BatchEntry> entries = BatchReader.ndjson(
                "{\"missionCode\":\"NPL-EMB-DOH\",\"notificationId\":\"N1\"}\n\n"
                        + "{\"notificationId\":\"N2\",\"expectedArrivalDate\":\"soon\"}\n[1]\n",
                10);
        assertEquals(List.of(1, 3, 4), entries.stream().map(BatchEntry::row).toList());
        assertEquals("N1", entries.get(0).notification().notificationId());
        assertEquals("N2", entries.get(1).notificationId());
        assertNull(entries.get(1).notification());
        assertNull(entries.get(2).notification());
        RegistryException broken = assertThrows(RegistryException.class, () -> BatchReader.ndjson("{}\n{oops\n", 10));
        assertTrue(broken.getMessage().startsWith("Line 2"), broken.getMessage());
    }

    @Test
    void theErrorReportNeverHandsASpreadsheetAFormula() {
        BatchItemView refused = new BatchItemView(
                7,
                "=HYPERLINK(\"x\")",
                "REFUSED",
                null,
                null,
                null,
                "ValidationFailed",
                "see the violations",
                List.of(
                        new Violation("returnReason", "Text", "-contains a control character"),
                        new Violation("portOfEntry", "Size", "@most 64")));
        BatchItemView conflict = new BatchItemView(
                9, "+A", "REFUSED", null, null, null, "DuplicateNotificationConflict", "used before", List.of());
        List<String> lines = ErrorReport.csv(List.of(refused, conflict)).lines().toList();
        assertEquals("row,notificationId,field,code,message", lines.get(0));
        assertEquals(
                "7,\"'=HYPERLINK(\"\"x\"\")\",returnReason,ValidationFailed/Text,'-contains a control character",
                lines.get(1));
        assertEquals("7,\"'=HYPERLINK(\"\"x\"\")\",portOfEntry,ValidationFailed/Size,'@most 64", lines.get(2));
        assertEquals("9,'+A,,DuplicateNotificationConflict,used before", lines.get(3));
    }
}
