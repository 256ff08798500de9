package org.returneeregistry.consent.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentRequestHashTest {

    private static RecordConsent consent(List<String> categories, String evidence, Instant until) {
        return new RecordConsent(
                "RR-0000-0007-6",
                "NPL-MOHP",
                List.of("REINTEGRATION_SERVICES"),
                categories,
                null,
                "ASSISTED",
                evidence,
                null,
                null,
                null,
                until,
                "mission-form-1",
                "ne",
                null);
    }

    @Test
    void theSameRequestHasTheSameHashAndAnyChangedFieldAnother() {
        Instant until = Instant.parse("2028-12-06T10:00:00Z");
        String hash = ConsentService.hash(consent(List.of("IDENTITY"), "ab".repeat(32), until));
        assertEquals(hash, ConsentService.hash(consent(List.of("IDENTITY"), "ab".repeat(32), until)));
        assertNotEquals(hash, ConsentService.hash(consent(List.of("IDENTITY", "HEALTH"), "ab".repeat(32), until)));
        assertNotEquals(hash, ConsentService.hash(consent(List.of("IDENTITY"), "cd".repeat(32), until)));
        assertNotEquals(hash, ConsentService.hash(consent(List.of("IDENTITY"), "ab".repeat(32), until.plusSeconds(1))));
        // an absent field is told from one holding the text "null"
        assertNotEquals(
                ConsentService.hash(consent(List.of("IDENTITY"), null, until)),
                ConsentService.hash(consent(List.of("IDENTITY"), "null", until)));
    }
}
