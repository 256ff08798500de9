package org.returneeregistry.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.testsupport.InputChecks;

/** The X-Road REST headers the REST twin records: one line each, no longer than the message log keeps. */
class XRoadHeadersTest {

    @AutoClose
    private static final InputChecks INPUTS = new InputChecks();

    @Test
    void absentOrPlainHeadersAreRecorded() {
        InputValidation validation = INPUTS.of(new Object());
        assertTrue(XRoadHeaders.check(validation, XRoadHeader.NONE));
        assertTrue(XRoadHeaders.check(
                validation,
                new XRoadHeader(
                        "SUBSYSTEM:IT/GOV/QAT-GOSI/exchange",
                        null,
                        "x".repeat(200),
                        "QA-officer-7",
                        "case-42",
                        null,
                        "COM/QAT-12345")));
        assertEquals(List.of(), InputChecks.violations(validation));
    }

    @Test
    void aHeaderTooLongEmptyOrWithAControlCharacterIsRefusedByName() {
        InputValidation validation = INPUTS.of(new Object());

        assertFalse(XRoadHeaders.check(
                validation, new XRoadHeader("a\u0001b", null, "x".repeat(201), "", "case\n42", null, "y".repeat(301))));

        assertEquals(
                List.of("X-Road-Client", "X-Road-Id", "X-Road-Issue", "X-Road-Represented-Party", "X-Road-UserId"),
                InputChecks.violations(validation).stream()
                        .map(Violation::field)
                        .distinct()
                        .sorted()
                        .toList());
    }
}
