package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.Outboxes.awaitMessage;
import static org.returneeregistry.it.support.Outboxes.hasStatus;

import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.exchange.application.AdtPerson;
import org.returneeregistry.exchange.hl7.AdtMessages;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.MllpPeer;
import org.returneeregistry.it.support.Outboxes;
import org.returneeregistry.it.support.PushReceiver;

/**
 * The outbox's dispatcher in the deployed registry against recipients started by the test: a JSON push
 * receiver (idempotent by Idempotency-Key) and a HAPI MLLP peer for the Ministry of Health. Messages are
 * written into the outbox table directly, as the transaction of a business change writes them (the
 * business operations that write them are tested in ReferralPushIT and ConsentExchangeIT).
 * Retries are configured short for the test domain (ItEnvironment): base 1 s, cap 4 s. That pending messages
 * survive a SIGKILL of the registry and are delivered once afterwards is CrashDurabilityIT's, on the kill of its
 * PostgreSQL trial.
 */
class OutboxDeliveryIT extends DeployedRegistry {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    /** More due messages of one recipient than a round claims (batch size 10, four senders). */
    private static final int BACKLOG = 60;

    /** How long a message to a recipient that answers may take while another recipient's backlog fails. */
    private static final Duration UNDELAYED = Duration.ofSeconds(15);

    @Test
    void aPushIsDeliveredWithItsIdempotencyKey() throws Exception {
        String ministry = Outboxes.ministry("NPL-MOHP-PUSH");
        try (PushReceiver receiver = PushReceiver.start(0)) {
            Outboxes.setEndpoint(ministry, receiver.url(), null, null);
            String id = Outboxes.newId();
            String body = Outboxes.pushBody(
                    id,
                    "REFERRAL_CREATED",
                    ministry,
                    Json.createObjectBuilder().add("referralId", "REF-IT-1").build());
            Outboxes.insert(id, ministry, "REFERRAL_CREATED", "JSON_PUSH", null, body);

            JsonObject delivered = awaitMessage(ministry, id, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));

            assertEquals(1, delivered.getInt("attempts"));
            assertTrue(delivered.containsKey("deliveredAt"), delivered::toString);
            assertTrue(!delivered.containsKey("payload"), "the operator view never shows payloads");
            assertEquals(List.of(id), receiver.keys());
            assertEquals(1, receiver.deliveries());
            assertTrue(receiver.push(id).contentType().startsWith("application/json"));
            assertEquals(
                    Json.createReader(new StringReader(body)).readObject(),
                    Json.createReader(new StringReader(receiver.push(id).body()))
                            .readObject());
        }
    }

    @Test
    void aMessageForARecipientWithoutEndpointWaitsAndGoesOnceOneIsSet() throws Exception {
        String ministry = Outboxes.ministry("NPL-MOHP-LATE");
        String id = Outboxes.insert(
                Outboxes.newId(), ministry, "CONSENT_REVOKED", "JSON_PUSH", null, "{\"messageId\":\"x\"}");
        awaitMessage(ministry, id, DELIVERY, "AWAITING_ENDPOINT", m -> hasStatus(m, "AWAITING_ENDPOINT"));

        try (PushReceiver receiver = PushReceiver.start(0)) {
            Outboxes.setEndpoint(ministry, receiver.url(), null, null);
            awaitMessage(ministry, id, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
            assertEquals(List.of(id), receiver.keys());
        }
    }

    /**
     * A recipient that is down has a backlog of due messages older than every other recipient's, each failing
     * at once (connection refused): the claim is per recipient, so another recipient's messages are not kept
     * out of the rounds behind that backlog, and they arrive in the order they were written.
     */
    @Test
    void aFailingBacklogForOneRecipientDoesNotDelayAnother() throws Exception {
        String down = Outboxes.ministry("NPL-MOHP-HOLA");
        String up = Outboxes.ministry("NPL-MOHP-HOLB");
        Outboxes.setEndpoint(down, "http://127.0.0.1:" + Outboxes.freePort() + "/inbox", null, null);
        LocalDateTime written = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        List<String> backlog = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            String id = Outboxes.newId();
            backlog.add(Outboxes.insert(
                    id,
                    down,
                    "REFERRAL_CREATED",
                    "JSON_PUSH",
                    null,
                    Outboxes.pushBody(
                            id,
                            "REFERRAL_CREATED",
                            down,
                            Json.createObjectBuilder().add("n", i).build()),
                    LocalDateTime.of(2000, 1, 1, 0, 0),
                    written.plusNanos(i * 1000L)));
        }
        try (PushReceiver receiver = PushReceiver.start(0)) {
            Outboxes.setEndpoint(up, receiver.url(), null, null);
            List<String> inOrder = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String id = Outboxes.newId();
                inOrder.add(Outboxes.insert(
                        id,
                        up,
                        "REFERRAL_CREATED",
                        "JSON_PUSH",
                        null,
                        Outboxes.pushBody(
                                id,
                                "REFERRAL_CREATED",
                                up,
                                Json.createObjectBuilder().add("n", i).build()),
                        LocalDateTime.of(2000, 1, 1, 0, 0, 1),
                        written.plusSeconds(1 + i)));
            }

            await().atMost(UNDELAYED).pollInterval(Duration.ofMillis(200)).until(() -> receiver.deliveries() >= 3);

            assertEquals(inOrder, receiver.keys(), "one recipient's messages arrive in the order they were written");
            assertEquals(3, receiver.deliveries(), "each once");
            for (String id : inOrder) {
                assertEquals("DELIVERED", Outboxes.message(up, id).orElseThrow().getString("status"));
            }
        }
        List<JsonObject> failing = Outboxes.messages(down);
        assertEquals(BACKLOG, failing.size());
        assertTrue(failing.stream().noneMatch(m -> hasStatus(m, "DELIVERED")), "nothing of the backlog got through");
        assertTrue(
                failing.stream().anyMatch(m -> Outboxes.failedAtLeast(m, 1)),
                "the backlog was being attempted all along: " + failing.get(0));
        awaitMessage(down, backlog.get(0), DELIVERY, "failing, oldest first", m -> Outboxes.failedAtLeast(m, 1));
    }

    @Test
    void anAdtA28IsAcknowledgedAndRecorded() throws Exception {
        String ministry = Outboxes.ministry("NPL-MOHP-HAA");
        int port = Outboxes.freePort();
        try (MllpPeer peer = MllpPeer.start(port)) {
            Outboxes.setEndpoint(ministry, null, "127.0.0.1", port);
            String id = Outboxes.newId();
            Outboxes.insert(id, ministry, "ADT_A28", "HL7_MLLP", "RR-0000-0001-3", adt(id, ministry));

            JsonObject delivered = awaitMessage(ministry, id, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));

            assertEquals("AA", delivered.getString("ackCode"), delivered::toString);
            assertEquals(1, peer.received().size());
            Terser got = new Terser(parse(peer.received().get(0)));
            assertEquals("ADT", got.get("/MSH-9-1"));
            assertEquals("A28", got.get("/MSH-9-2"));
            assertEquals("2.5.1", got.get("/MSH-12"));
            assertEquals(id, got.get("/MSH-10"));
            assertEquals("RR-0000-0001-3", got.get("/PID-3-1"));
        }
    }

    @Test
    void aNegativeAcknowledgementIsRetriedUnderTheSameControlId() throws Exception {
        String ministry = Outboxes.ministry("NPL-MOHP-HAE");
        int port = Outboxes.freePort();
        try (MllpPeer peer = MllpPeer.start(port, 1)) {
            Outboxes.setEndpoint(ministry, null, "127.0.0.1", port);
            String id = Outboxes.newId();
            Outboxes.insert(id, ministry, "ADT_A28", "HL7_MLLP", "RR-0000-0001-3", adt(id, ministry));

            JsonObject delivered = awaitMessage(ministry, id, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));

            assertEquals("AA", delivered.getString("ackCode"));
            assertEquals(2, delivered.getInt("attempts"));
            assertEquals(2, peer.received().size());
            for (String er7 : peer.received()) {
                assertEquals(id, new Terser(parse(er7)).get("/MSH-10"));
            }
        }
    }

    @Test
    void aDeadLinkIsRetriedUntilThePeerIsUp() throws Exception {
        String ministry = Outboxes.ministry("NPL-MOHP-HDOWN");
        int port = Outboxes.freePort();
        Outboxes.setEndpoint(ministry, null, "127.0.0.1", port);
        String id = Outboxes.newId();
        Outboxes.insert(id, ministry, "ADT_A28", "HL7_MLLP", "RR-0000-0001-3", adt(id, ministry));
        JsonObject failing = awaitMessage(
                ministry, id, DELIVERY, "PENDING after two failed attempts", m -> Outboxes.failedAtLeast(m, 2));
        assertEquals("delivery failed: no answer", failing.getString("lastError"), "no host, port or cause is told");

        try (MllpPeer peer = MllpPeer.start(port)) {
            JsonObject delivered = awaitMessage(ministry, id, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
            assertEquals("AA", delivered.getString("ackCode"));
            assertEquals(1, peer.received().size());
        }
    }

    private static String adt(String id, String ministry) {
        AdtPerson person = new AdtPerson(
                "RR-0000-0001-3",
                "Ram",
                "Thapa",
                LocalDate.of(1990, 4, 12),
                "1",
                List.of(new AdtPerson.Identifier("PASSPORT", "PA1234567", "NPL")),
                null,
                null,
                "Dang",
                "MEDICAL",
                null);
        return AdtMessages.build(
                person, id, false, Instant.now(), new AdtMessages.Addressing("NPL-DOFE", "HMIS", ministry));
    }

    private static Message parse(String er7) throws Exception {
        return AdtMessages.parser().parse(er7);
    }
}
