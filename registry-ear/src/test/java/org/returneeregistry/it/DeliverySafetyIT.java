package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.Outboxes.awaitMessage;
import static org.returneeregistry.it.support.Outboxes.hasStatus;

import ca.uhn.hl7v2.AcknowledgmentCode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.exchange.application.AdtPerson;
import org.returneeregistry.exchange.hl7.AdtMessages;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.MllpPeer;
import org.returneeregistry.it.support.Outboxes;
import org.returneeregistry.it.support.PushReceiver;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.TricklingReceiver;

/**
 * What keeps delivery safe, against the deployed registry (test domain: attempt deadline 5 s, lease 1 min,
 * plain transport allowed to 127.0.0.1 only): a receiver that trickles its answer is cut at the deadline and
 * does not delay anyone else; a refusal becomes a dead letter that does not hold back later messages, and
 * an administrator requeues or discards it; endpoints must be https and public unless allowed; stored errors
 * are neutral; pushes are signed with the registry's published key.
 */
class DeliverySafetyIT extends DeployedRegistry {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    private static String push(String id, String recipient) {
        return Outboxes.pushBody(id, "REFERRAL_CREATED", recipient, Json.createObjectBuilder().add("referralId", id).build());
    }

    private static RegistryApi.Answer operate(String id, String action) {
        return RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(RegistryApi.API + "/outbox-messages/" + id + "/"
                + action)).header("Accept", RegistryApi.JSON).POST(HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void aTricklingReceiverIsCutAtTheDeadlineAndDoesNotDelayAnotherRecipient() throws Exception {
        String slow = Outboxes.ministry("NPL-MOHP-SLOW");
        String other = Outboxes.ministry("NPL-MOHP-FAST");
        try (TricklingReceiver trickle = TricklingReceiver.start(Duration.ofMillis(500), Duration.ofSeconds(90));
             PushReceiver receiver = PushReceiver.start(0)) {
            Outboxes.setEndpoint(slow, trickle.url(), null, null);
            Outboxes.setEndpoint(other, receiver.url(), null, null);
            String stuck = Outboxes.insert(Outboxes.newId(), slow, "REFERRAL_CREATED", "JSON_PUSH", null,
                    push(Outboxes.newId(), slow));
            // the trickling attempt is under way before the other message is even written
            long began = System.nanoTime();
            awaitMessage(slow, stuck, DELIVERY, "IN_FLIGHT", m -> hasStatus(m, "IN_FLIGHT"));
            String id = Outboxes.newId();
            Outboxes.insert(id, other, "REFERRAL_CREATED", "JSON_PUSH", null, push(id, other));

            awaitMessage(other, id, DEADLINE, "DELIVERED while the other recipient trickles",
                    m -> hasStatus(m, "DELIVERED"));

            Duration held = trickle.connectionClosedAfter(DELIVERY);
            assertTrue(held.compareTo(DEADLINE.plusSeconds(2)) < 0, "the attempt was cut after " + held);
            JsonObject failed = awaitMessage(slow, stuck, DELIVERY, "PENDING after the cut attempt",
                    m -> hasStatus(m, "PENDING") && m.getInt("attempts") >= 1);
            assertEquals("delivery failed: no answer", failed.getString("lastError"));
            assertTrue(Duration.ofNanos(System.nanoTime() - began).compareTo(Duration.ofSeconds(60)) < 0);
        }
    }

    @Test
    void aRefusedPushIsADeadLetterThatHoldsNothingBackAndCanBeRequeued() throws Exception {
        String ministry = Outboxes.ministry("NPL-MOHP-4XX");
        try (PushReceiver receiver = PushReceiver.start(0)) {
            Outboxes.setEndpoint(ministry, receiver.url(), null, null);
            String refused = Outboxes.newId();
            receiver.refuseOnce(refused, 400);
            Outboxes.insert(refused, ministry, "REFERRAL_CREATED", "JSON_PUSH", null, push(refused, ministry));

            JsonObject dead = awaitMessage(ministry, refused, DELIVERY, "DEAD_LETTER", m -> hasStatus(m, "DEAD_LETTER"));
            assertEquals(1, dead.getInt("attempts"), "a refusal is not retried");
            assertEquals("REJECTED", dead.getString("closedReason"));
            assertEquals("delivery failed: rejected", dead.getString("lastError"));
            String later = Outboxes.newId();
            Outboxes.insert(later, ministry, "REFERRAL_CREATED", "JSON_PUSH", null, push(later, ministry));
            awaitMessage(ministry, later, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));

            JsonObject requeued = operate(refused, "requeue").expect(200).json();
            assertEquals("PENDING", requeued.getString("status"));
            awaitMessage(ministry, refused, DELIVERY, "DELIVERED after the requeue", m -> hasStatus(m, "DELIVERED"));
            assertEquals(409, operate(refused, "discard").status(), "only a dead letter is discarded");
            assertEquals(404, operate(Outboxes.newId(), "requeue").status());
        }
    }

    @Test
    void anHl7RejectIsADeadLetterAndALaterMessageAboutThePersonIsDelivered() throws Exception {
        String ministry = Outboxes.ministry("NPL-MOHP-HAR");
        int port = Outboxes.freePort();
        try (MllpPeer peer = MllpPeer.start(port, 1, AcknowledgmentCode.AR)) {
            Outboxes.setEndpoint(ministry, null, "127.0.0.1", port);
            // both written before either goes: the update waits for the first, which the peer rejects
            String first = Outboxes.newId();
            Outboxes.insert(first, ministry, "ADT_A28", "HL7_MLLP", "RR-0000-0001-3", adt(first, ministry));
            String second = Outboxes.newId();
            Outboxes.insert(second, ministry, "ADT_A31", "HL7_MLLP", "RR-0000-0001-3", adt(second, ministry));

            JsonObject dead = awaitMessage(ministry, first, DELIVERY, "DEAD_LETTER", m -> hasStatus(m, "DEAD_LETTER"));
            assertEquals("AR", dead.getString("ackCode"));
            assertEquals("REJECTED", dead.getString("closedReason"));
            awaitMessage(ministry, second, DELIVERY, "DELIVERED although the earlier one was rejected",
                    m -> hasStatus(m, "DELIVERED"));

            assertEquals("DISCARDED", operate(first, "discard").expect(200).json().getString("status"));
            assertEquals(2, peer.received().size());
        }
    }

    @Test
    void anEndpointMustBeHttpsAndPublicUnlessTheHostIsAllowed() {
        String ministry = Outboxes.ministry("NPL-MOHP-SSRF");
        for (String[] refused : new String[][] {{"http://his.mohp.example/in", "PlainTransport"},
                {"https://10.0.0.7/in", "InternalAddress"}, {"https://169.254.169.254/latest", "InternalAddress"},
                {"https://localhost:4848/in", "InternalAddress"}}) {
            JsonObject problem = RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(RegistryApi.API
                            + "/delivery-endpoints/" + ministry)).header("Content-Type", RegistryApi.JSON)
                    .header("Accept", RegistryApi.JSON).PUT(HttpRequest.BodyPublishers.ofString(
                            Json.createObjectBuilder().add("pushUrl", refused[0]).build().toString())))
                    .expect(400).json();
            assertTrue(problem.toString().contains(refused[1]), refused[0] + " -> " + problem);
        }
        JsonObject mllp = RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(RegistryApi.API
                        + "/delivery-endpoints/" + ministry)).header("Content-Type", RegistryApi.JSON)
                .header("Accept", RegistryApi.JSON).PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"mllpHost\":\"192.168.1.20\",\"mllpPort\":2575}"))).expect(400).json();
        assertTrue(mllp.toString().contains("InternalAddress"), mllp::toString);
        // the operator's allowance for 127.0.0.1 (test domain) is what lets the test recipients in
        Outboxes.setEndpoint(ministry, "http://127.0.0.1:9/in", "127.0.0.1", 2575);
    }

    @Test
    void aPushIsSignedWithTheRegistrysPublishedKey() throws Exception {
        String ministry = Outboxes.ministry("NPL-MOHP-SIG");
        try (PushReceiver receiver = PushReceiver.start(0)) {
            Outboxes.setEndpoint(ministry, receiver.url(), null, null);
            String id = Outboxes.newId();
            Outboxes.insert(id, ministry, "REFERRAL_CREATED", "JSON_PUSH", null, push(id, ministry));
            awaitMessage(ministry, id, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));

            PushReceiver.Push got = receiver.push(id);
            JWSObject jws = JWSObject.parse(got.signature(), new Payload(got.body().getBytes(StandardCharsets.UTF_8)));
            JWKSet keys = JWKSet.parse(RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(RegistryApi.API
                    + "/consent-receipt-keys")).GET()).expect(200).body());
            ECKey key = (ECKey) keys.getKeyByKeyId(jws.getHeader().getKeyID());
            assertTrue(jws.verify(new ECDSAVerifier(key)), "the signature verifies with the published key");
            assertEquals("registry-push+jws", jws.getHeader().getType().getType());
            JWSObject tampered = JWSObject.parse(got.signature(),
                    new Payload(got.body().replace(id, Outboxes.newId()).getBytes(StandardCharsets.UTF_8)));
            assertTrue(!tampered.verify(new ECDSAVerifier(key)), "an altered body does not verify");
        }
    }

    private static String adt(String id, String ministry) {
        AdtPerson person = new AdtPerson("RR-0000-0001-3", "Ram", "Thapa", LocalDate.of(1990, 4, 12), "1",
                List.of(new AdtPerson.Identifier("PASSPORT", "PA1234567", "NPL")), null, null, "Dang", "MEDICAL", null);
        return AdtMessages.build(person, id, false, Instant.now(), new AdtMessages.Addressing("NPL-DOFE", "HMIS", ministry));
    }
}
