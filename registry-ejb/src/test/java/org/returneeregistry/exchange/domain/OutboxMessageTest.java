package org.returneeregistry.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.Sha256;

class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2026-03-10T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(300));
    private static final RetryPolicy POLICY = new RetryPolicy(BACKOFF, 3, Duration.ofDays(7));
    private static final DeliveryOutcome NO_ANSWER =
            DeliveryOutcome.failed(DeliveryOutcome.Failure.NO_ANSWER, "ConnectException: Connection refused");

    private static OutboxMessage message() {
        return OutboxMessage.create(
                OutboxMessage.newId(), "NPL-MOHP", "REFERRAL_CREATED", Channel.JSON_PUSH, "REF-1", null, "{}", T0);
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
        m.recordAttempt(1, DeliveryOutcome.ofHttpStatus(503), T0.plusSeconds(1), POLICY);
        assertEquals(MessageStatus.PENDING, m.status());
        assertEquals(T0.plusSeconds(3), m.nextAttemptAt());
        assertEquals("delivery failed: rejected for now", m.lastError());

        m.claim(T0.plusSeconds(3), LEASE);
        m.recordAttempt(2, NO_ANSWER, T0.plusSeconds(3), POLICY);
        assertEquals(T0.plusSeconds(7), m.nextAttemptAt());
    }

    @Test
    void aDeliveryIsFinal() {
        OutboxMessage m = message();
        m.claim(T0, LEASE);
        m.recordAttempt(1, DeliveryOutcome.acknowledged("AA", "ok"), T0.plusSeconds(1), POLICY);

        assertEquals(MessageStatus.DELIVERED, m.status());
        assertEquals(T0.plusSeconds(1), m.deliveredAt());
        assertEquals("AA", m.ackCode());
        assertNull(m.nextAttemptAt());
        assertFalse(m.isDue(T0.plusSeconds(3600)));
        // a late failure report of an expired lease does not undo it
        m.recordAttempt(1, NO_ANSWER, T0.plusSeconds(2), POLICY);
        assertEquals(MessageStatus.DELIVERED, m.status());
    }

    @Test
    void theOutcomeOfAnAttemptWhoseLeaseRanOutDoesNotOverwriteTheNewerClaim() {
        OutboxMessage m = message();
        m.claim(T0, LEASE);
        m.claim(T0.plus(LEASE), LEASE); // the first dispatcher was too slow; another claimed it again

        m.recordAttempt(1, NO_ANSWER, T0.plus(LEASE).plusSeconds(1), POLICY);
        assertEquals(MessageStatus.IN_FLIGHT, m.status());
        assertNull(m.lastError());

        m.recordAttempt(
                2, DeliveryOutcome.acknowledged("AA", "ok"), T0.plus(LEASE).plusSeconds(2), POLICY);
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
    void theStoredErrorIsNeutralWhateverTheNetworkSaid() {
        OutboxMessage refused = message();
        refused.claim(T0, LEASE);
        refused.recordAttempt(1, NO_ANSWER, T0, POLICY);
        OutboxMessage timedOut = message();
        timedOut.claim(T0, LEASE);
        timedOut.recordAttempt(
                1,
                DeliveryOutcome.failed(DeliveryOutcome.Failure.NO_ANSWER, "SocketTimeoutException: Read timed out"),
                T0,
                POLICY);

        assertEquals("delivery failed: no answer", refused.lastError());
        assertEquals(refused.lastError(), timedOut.lastError(), "refused and timed out look the same");
    }

    @Test
    void aRefusalIsADeadLetterThatAnOperatorRequeuesOrDiscards() {
        OutboxMessage m = message();
        m.claim(T0, LEASE);
        m.recordAttempt(1, DeliveryOutcome.ofHttpStatus(400), T0.plusSeconds(1), POLICY);

        assertEquals(MessageStatus.DEAD_LETTER, m.status());
        assertEquals("REJECTED", m.closedReason());
        assertNull(m.nextAttemptAt());
        assertFalse(m.isDue(T0.plusSeconds(3600)));

        m.requeue(T0.plusSeconds(60));
        assertEquals(MessageStatus.PENDING, m.status());
        assertTrue(m.isDue(T0.plusSeconds(60)));
        assertNull(m.closedReason());
        // attempts are counted afresh after a requeue: two "not now" answers do not reach the maximum of 3
        for (int attempt = 2; attempt <= 3; attempt++) {
            m.claim(m.nextAttemptAt(), LEASE);
            m.recordAttempt(attempt, DeliveryOutcome.ofHttpStatus(503), m.nextAttemptAt(), POLICY);
            assertEquals(MessageStatus.PENDING, m.status());
        }
        m.claim(m.nextAttemptAt(), LEASE);
        m.recordAttempt(4, DeliveryOutcome.ofHttpStatus(503), m.nextAttemptAt(), POLICY);
        assertEquals(MessageStatus.DEAD_LETTER, m.status());
        assertEquals("MAX_ATTEMPTS", m.closedReason());

        m.discard("Recipient closed; sent by post instead");
        assertEquals(MessageStatus.DISCARDED, m.status());
        assertThrows(IllegalStateException.class, () -> m.requeue(T0.plusSeconds(999)));
    }

    @Test
    void onlyADeadLetterIsRequeuedOrDiscarded() {
        OutboxMessage m = message();

        assertThrows(IllegalStateException.class, () -> m.requeue(T0));
        assertThrows(IllegalStateException.class, () -> m.discard(null));
    }

    @Test
    void aCancelledMessageIsNeverDueAndKeepsItsReason() {
        OutboxMessage m = message();
        m.cancel("CONSENT_REVOKED (decision 42)");

        assertEquals(MessageStatus.CANCELLED, m.status());
        assertEquals("CONSENT_REVOKED (decision 42)", m.closedReason());
        assertFalse(m.isDue(T0.plusSeconds(3600)));
        assertThrows(IllegalStateException.class, () -> m.cancel("again"));
    }

    @Test
    void aDisclosureKeepsThePurposeAndCategoriesItWasPermitted() {
        OutboxMessage m = OutboxMessage.createDisclosure(
                OutboxMessage.newId(),
                "NPL-MOHP",
                "ADT_A28",
                Channel.HL7_MLLP,
                "REF-1",
                "RR-0000-0001-3",
                "MSH|...",
                T0,
                "HEALTH_FOLLOW_UP",
                java.util.Set.of("IDENTITY", "HEALTH"));

        assertEquals("HEALTH_FOLLOW_UP", m.disclosurePurpose());
        assertEquals(java.util.Set.of("IDENTITY", "HEALTH"), m.disclosureCategories());
        assertEquals(java.util.Set.of(), message().disclosureCategories());
    }

    @Test
    void aDeliveredMessagesPayloadIsPurgedAndItsHashKept() {
        OutboxMessage m = OutboxMessage.create(
                OutboxMessage.newId(),
                "NPL-MOHP",
                "REFERRAL_CREATED",
                Channel.JSON_PUSH,
                "REF-1",
                null,
                "{\"referralId\":\"REF-1\"}",
                T0);
        m.claim(T0, LEASE);
        m.recordAttempt(1, DeliveryOutcome.ofHttpStatus(204), T0.plusSeconds(1), POLICY);

        m.purgePayload(T0.plus(Duration.ofDays(30)));

        assertNull(m.payload());
        assertEquals(Sha256.hex("{\"referralId\":\"REF-1\"}"), m.payloadHash());
        assertEquals(T0.plus(Duration.ofDays(30)), m.payloadPurgedAt());
        m.purgePayload(T0.plus(Duration.ofDays(31)));
        assertEquals(T0.plus(Duration.ofDays(30)), m.payloadPurgedAt(), "a second purge changes nothing");
    }

    @Test
    void anOpenMessageOrADeadLetterKeepsItsPayload() {
        OutboxMessage pending = message();
        assertThrows(IllegalStateException.class, () -> pending.purgePayload(T0));
        OutboxMessage dead = message();
        dead.claim(T0, LEASE);
        dead.recordAttempt(1, DeliveryOutcome.ofHttpStatus(400), T0.plusSeconds(1), POLICY);
        assertEquals(MessageStatus.DEAD_LETTER, dead.status());

        assertThrows(IllegalStateException.class, () -> dead.purgePayload(T0.plusSeconds(2)));
        assertEquals("{}", dead.payload());
    }

    private static OutboxMessage partnerMessage() {
        return OutboxMessage.createPartner(
                OutboxMessage.newId(),
                "QAT-GOSI",
                "CONSENT_REVOKED",
                "CON-1",
                null,
                "<S:Envelope/>",
                T0,
                "7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2",
                1,
                null,
                null);
    }

    @Test
    void aPartnerMessageNamesItsAgreement() {
        OutboxMessage m = partnerMessage();

        assertEquals(Channel.PARTNER_SOAP, m.channel());
        assertEquals("7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2", m.agreementId());
        assertEquals(1, m.agreementVersion());
        assertTrue(m.isDue(T0));
    }

    @Test
    void aHeldMessageIsNotDueNorAttemptedAndGoesAtOnceWhenReleased() {
        OutboxMessage m = partnerMessage();
        m.hold();

        assertEquals(MessageStatus.HELD, m.status());
        assertEquals("AGREEMENT_SUSPENDED", m.closedReason());
        assertFalse(m.isDue(T0.plus(Duration.ofDays(30))), "held, not aging towards an attempt");
        assertEquals(0, m.attempts());
        assertTrue(m.status().open(), "a held message still waits to go");
        m.hold();
        assertEquals(MessageStatus.HELD, m.status(), "holding a held message changes nothing");

        m.release(T0.plusSeconds(60));

        assertEquals(MessageStatus.PENDING, m.status());
        assertNull(m.closedReason());
        assertTrue(m.isDue(T0.plusSeconds(60)));
    }

    @Test
    void aMessageInFlightOrWaitingForAnEndpointCanBeHeld() {
        OutboxMessage inFlight = partnerMessage();
        inFlight.claim(T0, LEASE);
        inFlight.hold();
        assertEquals(MessageStatus.HELD, inFlight.status());

        OutboxMessage waiting = partnerMessage();
        waiting.awaitEndpoint();
        waiting.hold();
        assertEquals(MessageStatus.HELD, waiting.status());
    }

    @Test
    void anAbandonedMessageIsClosedWithItsReasonAndCannotBeHeldOrReleased() {
        OutboxMessage m = partnerMessage();
        m.hold();
        m.abandon("AGREEMENT_TERMINATED");

        assertEquals(MessageStatus.ABANDONED, m.status());
        assertEquals("AGREEMENT_TERMINATED", m.closedReason());
        assertFalse(m.status().open());
        assertFalse(m.isDue(T0.plus(Duration.ofDays(1))));
        assertThrows(IllegalStateException.class, m::hold);
        assertThrows(IllegalStateException.class, () -> m.abandon("AGAIN"));
        m.release(T0);
        assertEquals(MessageStatus.ABANDONED, m.status(), "a released abandoned message stays abandoned");
        m.purgePayload(T0);
        assertNull(m.payload());
    }

    @Test
    void aDeliveredMessageCannotBeHeld() {
        OutboxMessage m = partnerMessage();
        m.claim(T0, LEASE);
        m.recordAttempt(1, DeliveryOutcome.accepted(), T0, POLICY);

        assertThrows(IllegalStateException.class, m::hold);
    }
}
