package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.Outboxes;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.it.support.SecondRegistry;

/**
 * Two registries, really: the test run's registry (Nepal's Department of Foreign Employment, {@code NPL-DOFE}) and a
 * second deployment of the same EAR run as Qatar's Ministry of Labour ({@code QAT-MOL}), each with its own domain,
 * database, realm and exchange signing key ({@link SecondRegistry}). The agreement between them is set up on both
 * sides through their REST APIs only; then every message type of the partner exchange travels both ways over real
 * HTTP with real WS-Security signatures, each decided by the agreement's scope on the sending side and verified on
 * the receiving side, its signed receipt verified by the sender, and each logged in both registries' message logs.
 */
class TwoRegistriesIT extends DeployedRegistry {

    private static final Duration DELIVERY = Duration.ofSeconds(90);
    private static final String PURPOSE = "SOCIAL_SECURITY_CLAIM";
    private static final String US = SecondRegistry.US;

    private static SecondRegistry qatar;

    @BeforeAll
    static void startTheSecondRegistry() {
        qatar = SecondRegistry.qatar();
        System.out.printf(
                "IT: TwoRegistriesIT: the partner registry %s answered after %d s%n",
                qatar.baseUrl(), qatar.startSeconds());
    }

    /** Rows for a message type in both directions, for the purpose and each category (our registry's view). */
    private static JsonArrayBuilder bothWays(JsonArrayBuilder rows, String type, String... categories) {
        for (String category : categories) {
            rows.add(Agreements.row("OUTBOUND", type, category, PURPOSE, "AGREEMENT"));
            rows.add(Agreements.row("INBOUND", type, category, PURPOSE, "AGREEMENT"));
        }
        return rows;
    }

    private static JsonArrayBuilder everyMessageType() {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        bothWays(rows, "RETURN_NOTICE", "IDENTITY", "MIGRATION_HISTORY");
        bothWays(rows, "EMPLOYMENT_RECORD_REQUEST", "IDENTITY");
        bothWays(rows, "CONSENT_REVOKED", "IDENTITY");
        return rows;
    }

    /** The side of one registry: how the test calls it as its registrar, admin and auditor. */
    private record Side(
            String name,
            String operator,
            Caller registrar,
            Caller admin,
            Caller auditor,
            String fingerprint,
            Function<Caller, Function<String, Function<String, RegistryApi.Answer>>> post) {

        RegistryApi.Answer post(Caller caller, String path, JsonObject body) {
            return post.apply(caller).apply(path).apply(body.toString());
        }

        RegistryApi.Answer get(Caller caller, String path) {
            return post.apply(caller).apply(path).apply(null);
        }
    }

    private static Side ours() {
        return new Side(
                "NPL",
                US,
                Callers.registrar(),
                Callers.registryAdmin(),
                Callers.auditor(),
                fingerprint(org.returneeregistry.it.support.PartnerPeer.registryCertificate()),
                caller -> path -> body -> Agreements.send(caller, body == null ? "GET" : "POST", path, body));
    }

    private static Side theirs() {
        return new Side(
                "QAT",
                qatar.operator(),
                qatar.registrar(),
                qatar.registryAdmin(),
                qatar.auditor(),
                fingerprint(qatar.certificate()),
                caller -> path -> body -> qatar.send(caller, body == null ? "GET" : "POST", path, body));
    }

    private static String fingerprint(java.security.cert.X509Certificate certificate) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String register(Side side, String passport) {
        return side.post(side.registrar(), API + "/returnees", Samples.registration(passport))
                .expect(201)
                .json()
                .getString("registryNumber");
    }

    private static JsonObject returnNotice(String rn, String agreementId, String recipient) {
        return Json.createObjectBuilder()
                .add("registryNumber", rn)
                .add("agreementId", agreementId)
                .add("recipientInstitution", recipient)
                .add("purpose", PURPOSE)
                .add("returnModality", "END_OF_CONTRACT")
                .add("returnReason", "Contract ended; exit through Hamad International Airport")
                .add("exitDate", LocalDate.now().minusDays(2).toString())
                .add("portOfEntry", "KTM")
                .build();
    }

    private static JsonObject employmentRecordRequest(String rn, String agreementId, String recipient) {
        return Json.createObjectBuilder()
                .add("registryNumber", rn)
                .add("agreementId", agreementId)
                .add("recipientInstitution", recipient)
                .add("purpose", PURPOSE)
                .add("periodFrom", "2019-01-01")
                .build();
    }

    /** The side's outbox message, awaited until delivered (its receipt verified). */
    private static JsonObject awaitDelivered(Side side, String recipient, String messageId) {
        return await().atMost(DELIVERY)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> outbox(side, recipient).stream()
                                .filter(m -> messageId.equals(m.getString("id")))
                                .findFirst()
                                .orElse(null),
                        m -> m != null && Outboxes.hasStatus(m, "DELIVERED"));
    }

    private static List<JsonObject> outbox(Side side, String recipient) {
        return side.get(side.admin(), API + "/outbox-messages?pageSize=100&recipient=" + recipient)
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> messageLog(Side side, String agreementId) {
        return side.get(side.auditor(), API + "/exchange-messages?pageSize=100&agreementId=" + agreementId)
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
    }

    private static Optional<JsonObject> logEntry(Side side, String agreementId, Predicate<JsonObject> which) {
        return messageLog(side, agreementId).stream().filter(which).findFirst();
    }

    private static Predicate<JsonObject> entry(String direction, String messageId, String messageType) {
        return e -> direction.equals(e.getString("direction"))
                && messageId.equals(e.getString("messageId", null))
                && messageType.equals(e.getString("messageType"));
    }

    /**
     * The message was sent signed by the sender and its signed receipt verified (sender's log), and taken in with its
     * signature verified against the sender's certificate registered under the agreement (receiver's log).
     */
    private static void assertLoggedOnBothSides(
            Side sender, Side receiver, String agreementId, String messageId, String messageType) {
        JsonObject sent = await().atMost(DELIVERY)
                .until(
                        () -> logEntry(sender, agreementId, entry("OUTBOUND", messageId, messageType)),
                        Optional::isPresent)
                .orElseThrow();
        assertEquals("SENT", sent.getString("decision"), sent::toString);
        assertEquals("RECEIPT_VERIFIED", sent.getString("reason"), sent::toString);
        assertEquals(receiver.operator(), sent.getString("recipient", receiver.operator()), sent::toString);
        JsonObject receipt = logEntry(
                        sender,
                        agreementId,
                        e -> "RECEIPT".equals(e.getString("messageType"))
                                && messageId.equals(e.getString("correlationId", null)))
                .orElseThrow(() -> new AssertionError("no receipt logged by " + sender.name() + " for " + messageId));
        assertEquals("ACCEPTED", receipt.getString("decision"), receipt::toString);

        JsonObject received = await().atMost(DELIVERY)
                .until(
                        () -> logEntry(receiver, agreementId, entry("INBOUND", messageId, messageType)),
                        Optional::isPresent)
                .orElseThrow();
        assertEquals("ACCEPTED", received.getString("decision"), received::toString);
        assertEquals(sender.operator(), received.getString("sender"), received::toString);
        assertEquals(sender.fingerprint(), sent.getString("signerFingerprint"), "signed with the sender's key");
        assertEquals(
                sender.fingerprint(),
                received.getString("signerFingerprint"),
                "the receiver verified the sender's own signature");
        assertEquals(
                receiver.fingerprint(),
                receipt.getString("signerFingerprint"),
                "the receipt signed with the receiver's key");
        assertNotNull(received.getString("signatureValue", null), received::toString);
    }

    @Test
    void aReturnNoticeTravelsEachWayAndEntersTheReceivingRegistryAsAReturn() {
        String agreementId =
                qatar.agreementWithUs("Two registries: return notices " + Instant.now(), everyMessageType());
        Side nepal = ours();
        Side qat = theirs();

        // Qatar -> us: a worker Qatar's registry knows leaves; our registry takes the notice in as a return
        String leaving = Samples.passportNumber();
        String theirNumber = register(qat, leaving);
        assertTrue(RegistryApi.findByPassport(leaving, Samples.COUNTRY).isEmpty(), "unknown to us before the notice");
        String toUs = qat.post(
                        qat.registrar(),
                        API + "/partner-messages/return-notices",
                        returnNotice(theirNumber, agreementId, US))
                .expect(202)
                .json()
                .getString("messageId");
        awaitDelivered(qat, US, toUs);
        assertLoggedOnBothSides(qat, nepal, agreementId, toUs, "RETURN_NOTICE");
        var found = RegistryApi.findByPassport(leaving, Samples.COUNTRY);
        assertEquals(1, found.size(), () -> "the returnee is in our registry now: " + found);

        // us -> Qatar: a worker of ours is reported to Qatar's registry, which takes it in the same way
        String ours = Samples.passportNumber();
        String ourNumber = register(nepal, ours);
        String toQatar = nepal.post(
                        nepal.registrar(),
                        API + "/partner-messages/return-notices",
                        returnNotice(ourNumber, agreementId, qatar.operator()))
                .expect(202)
                .json()
                .getString("messageId");
        awaitDelivered(nepal, qatar.operator(), toQatar);
        assertLoggedOnBothSides(nepal, qat, agreementId, toQatar, "RETURN_NOTICE");
        JsonObject inQatar = qat.get(
                        qat.registrar(),
                        RegistryApi.query(
                                API + "/returnees",
                                "identifierType",
                                "PASSPORT",
                                "identifierNumber",
                                ours,
                                "issuingCountry",
                                Samples.COUNTRY,
                                "purpose",
                                "REINTEGRATION_SERVICES"))
                .expect(200)
                .json();
        assertFalse(inQatar.toString().isEmpty());
        assertTrue(inQatar.toString().contains(ours), () -> "Qatar's registry holds the returnee: " + inQatar);
    }

    @Test
    void anEmploymentRecordRequestTravelsEachWay() {
        String agreementId = qatar.agreementWithUs("Two registries: requests " + Instant.now(), everyMessageType());
        Side nepal = ours();
        Side qat = theirs();

        String ourNumber = register(nepal, Samples.passportNumber());
        String toQatar = nepal.post(
                        nepal.registrar(),
                        API + "/partner-messages/employment-record-requests",
                        employmentRecordRequest(ourNumber, agreementId, qatar.operator()))
                .expect(202)
                .json()
                .getString("messageId");
        awaitDelivered(nepal, qatar.operator(), toQatar);
        assertLoggedOnBothSides(nepal, qat, agreementId, toQatar, "EMPLOYMENT_RECORD_REQUEST");

        String theirNumber = register(qat, Samples.passportNumber());
        String toUs = qat.post(
                        qat.registrar(),
                        API + "/partner-messages/employment-record-requests",
                        employmentRecordRequest(theirNumber, agreementId, US))
                .expect(202)
                .json()
                .getString("messageId");
        awaitDelivered(qat, US, toUs);
        assertLoggedOnBothSides(qat, nepal, agreementId, toUs, "EMPLOYMENT_RECORD_REQUEST");
    }

    @Test
    void aRevokedConsentIsToldToThePartnerRegistryThatReceivedData() {
        String agreementId = qatar.agreementWithUs("Two registries: consent " + Instant.now(), everyMessageType());
        Side nepal = ours();
        Side qat = theirs();

        String rn = register(nepal, Samples.passportNumber());
        String consentId = Consents.recorded(rn, qatar.operator(), PURPOSE, List.of("IDENTITY"));
        String request = nepal.post(
                        nepal.registrar(),
                        API + "/partner-messages/employment-record-requests",
                        employmentRecordRequest(rn, agreementId, qatar.operator()))
                .expect(202)
                .json()
                .getString("messageId");
        awaitDelivered(nepal, qatar.operator(), request);

        Consents.revoke(consentId);
        JsonObject notice = await().atMost(DELIVERY)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> outbox(nepal, qatar.operator()).stream()
                                .filter(m -> "CONSENT_REVOKED".equals(m.getString("kind")))
                                .filter(m -> Outboxes.hasStatus(m, "DELIVERED"))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        JsonObject sent = await().atMost(DELIVERY)
                .until(
                        () -> logEntry(
                                nepal,
                                agreementId,
                                e -> "OUTBOUND".equals(e.getString("direction"))
                                        && "CONSENT_REVOKED".equals(e.getString("messageType"))),
                        Optional::isPresent)
                .orElseThrow(() -> new AssertionError("no CONSENT_REVOKED sent for " + notice));
        assertLoggedOnBothSides(nepal, qat, agreementId, sent.getString("messageId"), "CONSENT_REVOKED");
    }
}
