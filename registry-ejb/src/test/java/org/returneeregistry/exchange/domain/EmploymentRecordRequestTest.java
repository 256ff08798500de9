package org.returneeregistry.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.returneeregistry.exchange.domain.EmploymentRecordRequest.Outcome;
import org.returneeregistry.exchange.domain.EmploymentRecordRequest.Refusal;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

class EmploymentRecordRequestTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");
    private static final String IDS = "[{\"type\":\"PASSPORT\",\"number\":\"PA1\",\"issuingCountry\":\"NPL\"}]";

    private static EmploymentRecordRequest received() {
        return EmploymentRecordRequest.received(
                "m-1",
                "NPL-DOFE",
                "7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2",
                1,
                "SOCIAL_SECURITY_CLAIM",
                IDS,
                LocalDate.of(2019, 1, 1),
                null,
                AT);
    }

    @Test
    void aReceivedRequestAwaitsItsAnswerAndIsAnsweredOnce() {
        EmploymentRecordRequest request = received();
        assertTrue(request.awaitingAnswer());
        assertNull(request.registryNumber());

        request.answer(Outcome.FOUND, null, null, "[]", "RR-2026-0001-5", "a-1", AT.plusSeconds(60), "ssofficer.demo");
        assertFalse(request.awaitingAnswer());
        assertEquals(Outcome.FOUND, request.outcome());
        assertEquals("RR-2026-0001-5", request.registryNumber(), "the record the officer answered from");
        assertEquals("a-1", request.answerMessageId());

        RegistryException again = assertThrows(
                RegistryException.class,
                () -> request.answer(Outcome.NOT_FOUND, null, null, null, null, "a-2", AT, "registrar.demo"));
        assertEquals(ErrorCode.REQUEST_NOT_AWAITING_ANSWER, again.code());
        assertEquals("a-1", request.answerMessageId(), "the first answer stands");
    }

    @Test
    void aRefusalCarriesItsCodeAndNoRecordsAndOnlyARefusalDoes() {
        EmploymentRecordRequest request = received();
        assertThrows(
                IllegalArgumentException.class,
                () -> request.answer(Outcome.REFUSED, null, "why", null, null, "a-1", AT, "x"));
        assertThrows(
                IllegalArgumentException.class,
                () -> request.answer(Outcome.NOT_FOUND, Refusal.NO_CONSENT, null, null, null, "a-1", AT, "x"));
        assertTrue(request.awaitingAnswer());
        request.answer(Outcome.REFUSED, Refusal.NO_CONSENT, "no consent", "[{}]", null, "a-1", AT, "x");
        assertEquals(Refusal.NO_CONSENT, request.refusalCode());
        assertNull(request.records(), "a refusal keeps no records");
    }

    @Test
    void thePartnersAnswerToOurRequestKeepsOurReturnee() {
        EmploymentRecordRequest ours = EmploymentRecordRequest.sent(
                "m-2",
                "QAT-MOL",
                "7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2",
                1,
                "SOCIAL_SECURITY_CLAIM",
                "RR-2026-0002-3",
                IDS,
                null,
                null,
                AT);
        assertEquals(EmploymentRecordRequest.Direction.OUTBOUND, ours.direction());
        ours.answer(Outcome.FOUND, null, null, "[{\"employer\":\"E\"}]", null, "a-3", AT, "QAT-MOL");
        assertEquals("RR-2026-0002-3", ours.registryNumber());
        assertEquals("[{\"employer\":\"E\"}]", ours.records());
    }
}
