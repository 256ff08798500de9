package org.returneeregistry.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2026-03-10T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(300));

    private static OutboxMessage message() {
        return OutboxMessage.create(OutboxMessage.newId(), "NPL-MOHP", "REFERRAL_CREATED", Channel.JSON_PUSH, "REF-1",
                null, "{}", T0);
    }

    @Test
    void aNewMessageIsDueAtOnce() {
        OutboxMessage m = message();

        assertEquals(MessageStatus.PENDING, m.status());
        assertEquals(0, m.attempts());
        assertTrue(m.isDue(T0));
    }

    @Test
    void aClaimedMessageIsNotDueUntilItsLeaseEnds() {
        OutboxMessage m = message();
        m.claim(T0, LEASE);

        assertEquals(MessageStatus.IN_FLIGHT, m.status());
        assertEquals(1, m.attempts());
        assertFalse(m.isDue(T0.plusSeconds(59)));
        assertThrows(IllegalStateException.class, () -> m.claim(T0.plusSeconds(30), LEASE));
        // the dispatcher died mid-delivery: after the lease it is taken again, as another attempt
        assertTrue(m.isDue(T0.plusSeconds(60)));
        m.claim(T0.plusSeconds(60), LEASE);
        assertEquals(2, m.attempts());
    }

    @Test
    void aFailedAttemptIsRetriedAfterTheBackoff() {
        OutboxMessage m = message();
        m.claim(T0, LEASE);
        m.recordAttempt(1, DeliveryOutcome.failed("HTTP 503 from the push URL"), T0.plusSeconds(1), BACKOFF);
        assertEquals(MessageStatus.PENDING, m.status());
        assertEquals(T0.plusSeconds(3), m.nextAttemptAt());
        assertEquals("HTTP 503 from the push URL", m.lastError());

        m.claim(T0.plusSeconds(3), LEASE);
        m.recordAttempt(2, DeliveryOutcome.failed("again"), T0.plusSeconds(3), BACKOFF);
        assertEquals(T0.plusSeconds(7), m.nextAttemptAt());
    }

    @Test
    void aDeliveryIsFinal() {
        OutboxMessage m = message();
        m.claim(T0, LEASE);
        m.recordAttempt(1, DeliveryOutcome.acknowledged("AA", "ok"), T0.plusSeconds(1), BACKOFF);

        assertEquals(MessageStatus.DELIVERED, m.status());
        assertEquals(T0.plusSeconds(1), m.deliveredAt());
        assertEquals("AA", m.ackCode());
        assertNull(m.nextAttemptAt());
        assertFalse(m.isDue(T0.plusSeconds(3600)));
        // a late failure report of an expired lease does not undo it
        m.recordAttempt(1, DeliveryOutcome.failed("late"), T0.plusSeconds(2), BACKOFF);
        assertEquals(MessageStatus.DELIVERED, m.status());
    }

    @Test
    void theOutcomeOfAnAttemptWhoseLeaseRanOutDoesNotOverwriteTheNewerClaim() {
        OutboxMessage m = message();
        m.claim(T0, LEASE);
        m.claim(T0.plus(LEASE), LEASE); // the first dispatcher was too slow; another claimed it again

        m.recordAttempt(1, DeliveryOutcome.failed("late report of attempt 1"), T0.plus(LEASE).plusSeconds(1), BACKOFF);
        assertEquals(MessageStatus.IN_FLIGHT, m.status());
        assertNull(m.lastError());

        m.recordAttempt(2, DeliveryOutcome.acknowledged("AA", "ok"), T0.plus(LEASE).plusSeconds(2), BACKOFF);
        assertEquals(MessageStatus.DELIVERED, m.status());
    }

    @Test
    void withoutEndpointItWaitsAndGoesOnceOneIsConfigured() {
        OutboxMessage m = message();
        m.awaitEndpoint();

        assertEquals(MessageStatus.AWAITING_ENDPOINT, m.status());
        assertEquals(0, m.attempts());
        assertFalse(m.isDue(T0.plusSeconds(3600)));
        m.endpointConfigured(T0.plusSeconds(10));
        assertEquals(MessageStatus.PENDING, m.status());
        assertTrue(m.isDue(T0.plusSeconds(10)));
    }

    @Test
    void anOverlongErrorIsCutToItsColumn() {
        OutboxMessage m = message();
        m.claim(T0, LEASE);
        m.recordAttempt(1, DeliveryOutcome.failed("x".repeat(2000)), T0, BACKOFF);

        assertEquals(OutboxMessage.ERROR_LENGTH, m.lastError().length());
    }
}
