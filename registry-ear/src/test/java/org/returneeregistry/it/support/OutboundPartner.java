package org.returneeregistry.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A partner institution at the receiving end of the registry's outbound partner exchange, for one test: registered
 * through the registry, under an agreement in force with the operator, the certificate of its own signing key
 * registered under the agreement. And what the tests check of a message it was sent: received once and verified at
 * its receiving side ({@link PartnerReceiver}, {@link CxfPartnerServer}), delivered in the outbox, logged as sent with
 * its receipt verified, and its receipt logged as signed by the partner's registered key.
 */
public record OutboundPartner(String institution, String agreementId, PartnerPeer peer) {

    /** How long a message may take to be delivered (or to fail) at the test domain's retry intervals. */
    public static final Duration DELIVERY = Duration.ofSeconds(60);

    private static final AtomicInteger INSTITUTIONS = new AtomicInteger();

    /** A partner institution of one test alone, registered through the registry; answers its code. */
    public static String newInstitution() {
        String code = "QAT-XOUT" + INSTITUTIONS.incrementAndGet();
        Callers.registered(code, "PARTNER_INSTITUTION", "QAT", "partner-institution");
        return code;
    }

    /** An agreement in force between the operator and the institution with these scope rows; answers its id. */
    public static String inForce(String institution, String title, JsonArrayBuilder scope) {
        return Agreements.inForce(Agreements.registration(title)
                .add("parties", Agreements.parties("QAT", institution))
                .add("scope", scope)
                .build());
    }

    /**
     * A new partner institution under a new agreement in force with {@code scope} (titled {@code title} and the
     * institution's code), holding a new {@code keyAlgorithm} key ("EC", "RSA") whose certificate the agreement
     * registers. It has no endpoint yet.
     */
    public static OutboundPartner under(String title, JsonArrayBuilder scope, String keyAlgorithm) {
        String institution = newInstitution();
        String agreementId = inForce(institution, title + " " + institution, scope);
        PartnerPeer peer = PartnerPeer.withNewKey(keyAlgorithm, null, 30);
        Agreements.post(
                        agreementId,
                        "/certificates",
                        Json.createObjectBuilder()
                                .add("institution", institution)
                                .add("pem", peer.pem())
                                .add("reason", "Exchange signing key")
                                .build())
                .expect(201);
        return new OutboundPartner(institution, agreementId, peer);
    }

    /** Its receiving side built on WSS4J and Nimbus, answering receipts as {@code receipts} says; no endpoint yet. */
    public PartnerReceiver receiver(PartnerReceiver.Receipts receipts) throws IOException {
        return PartnerReceiver.start(peer, institution, receipts);
    }

    /** Its receiving side built on Apache CXF, answering signed receipts; no endpoint yet. */
    public CxfPartnerServer cxf() throws Exception {
        return CxfPartnerServer.start(peer, institution);
    }

    /** Declares {@code url} its SOAP endpoint under the agreement. */
    public void endpoint(String url) {
        endpoint(url, "SOAP");
    }

    /** Declares {@code url} its endpoint for {@code transport} under the agreement (the last declared is used). */
    public void endpoint(String url, String transport) {
        Agreements.send(
                        Callers.registryAdmin(),
                        "PUT",
                        API + "/agreements/" + agreementId + "/endpoints/" + institution + "/" + transport,
                        Json.createObjectBuilder()
                                .add("url", url)
                                .add("reason", "Partner's exchange endpoint")
                                .build()
                                .toString())
                .expect(200);
    }

    /** The message log's entries under the agreement, oldest first, as an auditor reads them. */
    public List<JsonObject> messageLog() {
        return Agreements.send(
                        Callers.auditor(),
                        "GET",
                        API + "/exchange-messages?pageSize=100&agreementId=" + agreementId,
                        null)
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
    }

    /** The outbox message to the partner, awaited until {@code what} holds of it. */
    public JsonObject awaitMessage(String messageId, String what, Predicate<JsonObject> holds) {
        return Outboxes.awaitMessage(institution, messageId, DELIVERY, what, holds);
    }

    /** The outbox message to the partner, awaited until delivered (its receipt verified). */
    public JsonObject awaitDelivered(String messageId) {
        return awaitMessage(messageId, "DELIVERED", m -> Outboxes.hasStatus(m, "DELIVERED"));
    }

    /**
     * The outbox message to the partner, awaited until it has failed twice and waits for its next attempt because the
     * partner's answer was no receipt the registry could accept.
     */
    public JsonObject awaitRetriedForItsAnswer(String messageId) {
        JsonObject failing = awaitMessage(
                messageId,
                "failing after two attempts",
                m -> Outboxes.hasStatus(m, "PENDING") && m.getInt("attempts") >= 2);
        assertEquals("delivery failed: unreadable answer", failing.getString("lastError"), failing::toString);
        return failing;
    }

    /** What the tests saw of one message delivered to the partner's receiving side. */
    public record Delivery(
            JsonObject message, PartnerReceiver.Received received, JsonObject sent, JsonObject receipt) {}

    /**
     * The message was delivered once to {@code receiver} over {@code transport}: the outbox shows it DELIVERED; the
     * partner received it once as {@code operation}, sent by the operator, and verified the registry's signature; the
     * message log holds it SENT with its receipt verified ({@link #assertSent}) and the partner's receipt
     * ({@link #assertReceipted}).
     */
    public Delivery assertDelivered(
            PartnerReceiver receiver, String messageId, String operation, String messageType, String transport) {
        JsonObject message = awaitDelivered(messageId);
        assertEquals(1, receiver.received().size(), "sent once");
        PartnerReceiver.Received got = receiver.received().get(0);
        assertEquals(transport, got.transport(), "the transport of the endpoint declared last");
        assertTrue(got.signatureValid(), () -> "the partner verifies the registry's signature: " + got.soap());
        assertEquals(operation, got.operation());
        assertEquals(messageId, got.messageId());
        assertEquals(Callers.OPERATOR, got.sender());
        return new Delivery(
                message, got, assertSent(messageId, messageType, transport), assertReceipted(messageId, transport));
    }

    /** The message log's entry of the message: sent signed over {@code transport}, its receipt verified. */
    public JsonObject assertSent(String messageId, String messageType, String transport) {
        JsonObject sent = logEntry("the message", e -> messageId.equals(e.getString("messageId", null)));
        assertSays(
                sent,
                Map.of(
                        "direction", "OUTBOUND",
                        "decision", "SENT",
                        "reason", "RECEIPT_VERIFIED",
                        "messageType", messageType,
                        "transport", transport));
        assertNotNull(sent.getString("signatureValue", null), sent::toString);
        return sent;
    }

    /**
     * The message log's entry of the partner's receipt of the message: accepted, from the partner, over
     * {@code transport}, signed by the key the agreement registers for the partner.
     */
    public JsonObject assertReceipted(String messageId, String transport) {
        JsonObject receipt = logEntry("the receipt", e -> messageId.equals(e.getString("correlationId", null)));
        assertSays(
                receipt,
                Map.of(
                        "direction", "OUTBOUND",
                        "messageType", "RECEIPT",
                        "decision", "ACCEPTED",
                        "sender", institution,
                        "transport", transport));
        assertEquals(fingerprint(), receipt.getString("signerFingerprint"), "signed by the partner's registered key");
        return receipt;
    }

    private static void assertSays(JsonObject entry, Map<String, String> expected) {
        expected.forEach(
                (member, value) -> assertEquals(value, entry.getString(member, null), () -> member + " of " + entry));
    }

    /** The message log's first entry under the agreement that matches. */
    private JsonObject logEntry(String what, Predicate<JsonObject> which) {
        List<JsonObject> log = messageLog();
        return log.stream()
                .filter(which)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no log entry of " + what + ": " + log));
    }

    /**
     * One message the CXF partner took in as {@code operation}, sent by the operator, its signature verified by
     * WSS4JInInterceptor against the registry's certificate.
     */
    public static JsonObject assertTakenByCxf(JsonObject taken, String operation) {
        assertEquals(operation, taken.getString("operation"), taken::toString);
        assertEquals(Callers.OPERATOR, taken.getString("sender"), taken::toString);
        assertEquals(
                PartnerPeer.registryCertificate().getSubjectX500Principal().getName(),
                taken.getString("signer"),
                "WSS4J verified the registry's signature");
        return taken;
    }

    /** The SHA-256 fingerprint of the partner's certificate, as the message log records signers. */
    public String fingerprint() {
        return PartnerPeer.fingerprint(peer.certificate());
    }
}
