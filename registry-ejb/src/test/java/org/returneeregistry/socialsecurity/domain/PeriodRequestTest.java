package org.returneeregistry.socialsecurity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/** A partner's period request is answered once; a re-sent request is counted, and the answer names the latest. */
class PeriodRequestTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Actor OFFICER = new Actor("ssofficer", "QAT-GOSI");

    private static PeriodRequest received() {
        return new PeriodRequest("NPL-DOFE", "QAT-GOSI", "agreement", "claim-1", "OLD_AGE", "[]", "request-1", AT);
    }

    @Test
    void aReminderIsCountedOnTheSameRequest() {
        PeriodRequest request = received();
        request.remindedBy("request-2", AT.plusSeconds(60));
        assertEquals(1, request.remindersReceived());
        assertEquals("request-2", request.latestMessageId());
        assertEquals("request-1", request.firstMessageId());
        assertEquals(PeriodRequestStatus.OPEN, request.status());
    }

    @Test
    void anAnswerIsGivenOnceAndRecognisedByItsHash() {
        PeriodRequest request = received();
        assertFalse(request.answeredWith("h1"));
        request.answer("[]", "h1", "answer-1", OFFICER, AT);
        assertEquals(PeriodRequestStatus.ANSWERED, request.status());
        assertTrue(request.answeredWith("h1"));
        assertFalse(request.answeredWith("h2"));
        RegistryException again = assertThrows(
                RegistryException.class,
                () -> request.refuse(PeriodRefusal.NO_PERIODS, null, "h2", "answer-2", OFFICER, AT));
        assertEquals(ErrorCode.PERIOD_REQUEST_ANSWERED, again.code());
        assertEquals(PeriodRequestStatus.ANSWERED, request.status());
        assertEquals("answer-1", request.answerMessageId());
    }

    @Test
    void aRefusalKeepsItsCodeAndReason() {
        PeriodRequest request = received();
        request.refuse(PeriodRefusal.PERSON_NOT_FOUND, "no such passport", "h", "answer-1", OFFICER, AT);
        assertEquals(PeriodRequestStatus.REFUSED, request.status());
        assertEquals(PeriodRefusal.PERSON_NOT_FOUND, request.refusalCode());
        assertEquals("ssofficer@QAT-GOSI", request.answeredBy());
        assertThrows(RegistryException.class, request::requireOpen);
    }
}
