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
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.env.NeedsServer;
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
@NeedsServer(NeedsServer.Server.PARTNER_REGISTRY)
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
        bothWays(rows, "EMPLOYMENT_RECORD_RESPONSE", "MIGRATION_HISTORY");
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
                        // the attempt that delivered it (earlier ones may have failed: a suspension, a partner down)
                        () -> logEntry(
                                sender,
                                agreementId,
                                entry("OUTBOUND", messageId, messageType)
                                        .and(e -> "RECEIPT_VERIFIED".equals(e.getString("reason", null)))),
                        Optional::isPresent)
                .orElseThrow();
        assertEquals("SENT", sent.getString("decision"), sent::toString);
        assertEquals("RECEIPT_VERIFIED", sent.getString("reason"), sent::toString);
        assertEquals(receiver.operator(), sent.getString("recipient", receiver.operator()), sent::toString);
        JsonObject receipt = logEntry(
                        sender,
                        agreementId,
                        e -> "RECEIPT".equals(e.getString("messageType"))
                                && messageId.equals(e.getString("correlationId", null))
                                && "ACCEPTED".equals(e.getString("decision")))
                .orElseThrow(() -> new AssertionError("no receipt logged by " + sender.name() + " for " + messageId));
        assertEquals("ACCEPTED", receipt.getString("decision"), receipt::toString);

        JsonObject received = await().atMost(DELIVERY)
                .until(
                        () -> logEntry(
                                receiver,
                                agreementId,
                                entry("INBOUND", messageId, messageType)
                                        .and(e -> "ACCEPTED".equals(e.getString("decision")))),
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

    /** Both registries hold the agreement under one id, each with the scope as it sees it; an id is taken once. */
    @Test
    void bothRegistriesHoldTheAgreementUnderOneIdWithTheScopeMirrored() {
        JsonArrayBuilder scope = Json.createArrayBuilder()
                .add(Agreements.row("OUTBOUND", "EMPLOYMENT_RECORD_REQUEST", "IDENTITY", PURPOSE, "AGREEMENT"))
                .add(Agreements.row("INBOUND", "RETURN_NOTICE", "IDENTITY", PURPOSE, "AGREEMENT"));
        String agreementId = qatar.agreementWithUs("Two registries: one id " + Instant.now(), scope);
        JsonObject ours = Agreements.send(Callers.registryAdmin(), "GET", API + "/agreements/" + agreementId, null)
                .expect(200)
                .json();
        JsonObject theirs = qatar.send(qatar.registryAdmin(), "GET", API + "/agreements/" + agreementId, null)
                .expect(200)
                .json();
        assertEquals("IN_FORCE", ours.getString("status"));
        assertEquals("IN_FORCE", theirs.getString("status"));
        Function<JsonObject, List<String>> rows = a -> a.getJsonArray("scope").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("direction") + " " + r.getString("messageType"))
                .sorted()
                .toList();
        assertEquals(List.of("INBOUND RETURN_NOTICE", "OUTBOUND EMPLOYMENT_RECORD_REQUEST"), rows.apply(ours));
        assertEquals(List.of("INBOUND EMPLOYMENT_RECORD_REQUEST", "OUTBOUND RETURN_NOTICE"), rows.apply(theirs));

        JsonObject again = SecondRegistry.registration(
                        "Another agreement",
                        qatar.operator(),
                        "QAT",
                        US,
                        "NPL",
                        Json.createArrayBuilder()
                                .add(Agreements.row("INBOUND", "RETURN_NOTICE", "IDENTITY", PURPOSE, "AGREEMENT"))
                                .build()
                                .stream())
                .add("agreementId", agreementId)
                .build();
        qatar.send(qatar.registryAdmin(), "POST", API + "/agreements", again.toString())
                .problem(409, "AgreementAlreadyRegistered");
        qatar.send(
                        qatar.registryAdmin(),
                        "POST",
                        API + "/agreements",
                        Samples.with(again, "/agreementId", agreementId.toUpperCase(java.util.Locale.ROOT))
                                .toString())
                .problem(400, "ValidationFailed");
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
        List<JsonObject> inQatar = findInQatar(ours);
        assertEquals(1, inQatar.size(), () -> "Qatar's registry holds the returnee: " + inQatar);
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

    /**
     * A request disclosed under the returnee's consent (the agreement's row asks for consent): when the consent is
     * revoked, the partner registry that received the data is told, signed, and logs the notice.
     */
    @Test
    void aRevokedConsentIsToldToThePartnerRegistryThatReceivedData() {
        JsonArrayBuilder scope = Json.createArrayBuilder()
                .add(Agreements.row("OUTBOUND", "EMPLOYMENT_RECORD_REQUEST", "IDENTITY", PURPOSE, "CONSENT_REQUIRED"))
                .add(Agreements.row("INBOUND", "EMPLOYMENT_RECORD_REQUEST", "IDENTITY", PURPOSE, "AGREEMENT"));
        bothWays(scope, "CONSENT_REVOKED", "IDENTITY");
        String agreementId = qatar.agreementWithUs("Two registries: consent " + Instant.now(), scope);
        Side nepal = ours();
        Side qat = theirs();

        String rn = register(nepal, Samples.passportNumber());
        nepal.post(
                        nepal.registrar(),
                        API + "/partner-messages/employment-record-requests",
                        employmentRecordRequest(rn, agreementId, qatar.operator()))
                .problem(403, "NoConsent");
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

    /** The side's employment record requests of that direction and message id (its officers' view). */
    private static JsonObject employmentRequest(Side side, String direction, String messageId) {
        List<JsonObject> found = side.get(
                        side.registrar(),
                        API + "/partner-messages/employment-record-requests?direction=" + direction + "&messageId="
                                + messageId)
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, found.size(), () -> side.name() + " " + direction + " " + messageId + ": " + found);
        return found.get(0);
    }

    private static JsonObject awaitAnswered(Side side, String messageId) {
        return await().atMost(DELIVERY)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> employmentRequest(side, "OUTBOUND", messageId), r -> "ANSWERED"
                        .equals(r.getString("status")));
    }

    private static String ask(Side side, Side partner, String rn, String agreementId) {
        String id = side.post(
                        side.registrar(),
                        API + "/partner-messages/employment-record-requests",
                        employmentRecordRequest(rn, agreementId, partner.operator()))
                .expect(202)
                .json()
                .getString("messageId");
        awaitDelivered(side, partner.operator(), id);
        return id;
    }

    private static RegistryApi.Answer answer(Side side, Caller caller, String requestId, JsonObject body) {
        return side.post(caller, API + "/partner-messages/employment-record-requests/" + requestId + "/answer", body);
    }

    /**
     * The answering side: a partner's employment record request appears to the receiving registry's officers, who
     * answer it through REST; the answer goes back signed, names the request as its correlationId, and is stored
     * against the request at the asking registry. Qatar finds the records; Nepal refuses with a reason code.
     */
    @Test
    void anEmploymentRecordRequestIsAnsweredByTheOtherRegistrysOfficersAndTheAnswerCorrelated() {
        String agreementId = qatar.agreementWithUs("Two registries: answers " + Instant.now(), everyMessageType());
        Side nepal = ours();
        Side qat = theirs();

        // the worker is known to both registries under the same passport
        String passport = Samples.passportNumber();
        String ourNumber = register(nepal, passport);
        String theirNumber = register(qat, passport);
        String request = ask(nepal, qat, ourNumber, agreementId);

        JsonObject received =
                await().atMost(DELIVERY).until(() -> employmentRequest(qat, "INBOUND", request), r -> r != null);
        assertEquals("AWAITING_ANSWER", received.getString("status"), received::toString);
        assertEquals(US, received.getString("partner"));
        assertEquals(agreementId, received.getString("agreementId"));
        assertEquals(PURPOSE, received.getString("purpose"));
        assertTrue(received.getJsonArray("identifiers").toString().contains(passport), received::toString);
        String receivedId = received.getString("id");

        // refused before anything is sent: records of someone who holds none of the identifiers, inconsistent answers,
        // another role
        String stranger = register(qat, Samples.passportNumber());
        JsonObject records = Json.createObjectBuilder()
                .add("outcome", "FOUND")
                .add("registryNumber", theirNumber)
                .add(
                        "records",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("employer", "Gulf Build LLC")
                                        .add("from", "2021-03-01")
                                        .add("to", "2025-12-31")
                                        .add("contributionMonths", 57)))
                .build();
        answer(qat, qat.registrar(), receivedId, Samples.with(records, "/registryNumber", stranger))
                .problem(400, "ValidationFailed");
        answer(qat, qat.registrar(), receivedId, Samples.without(records, "/records"))
                .problem(400, "ValidationFailed");
        answer(qat, qat.registrar(), receivedId, Samples.with(records, "/refusalCode", "NO_CONSENT"))
                .problem(400, "ValidationFailed");
        answer(qat, qat.auditor(), receivedId, records).problem(403, "NotAuthorized");
        assertEquals(
                "AWAITING_ANSWER", employmentRequest(qat, "INBOUND", request).getString("status"));

        JsonObject queued = answer(qat, qatar.socialSecurityOfficer(), receivedId, records)
                .expect(202)
                .json();
        String response = queued.getString("messageId");
        assertEquals("EMPLOYMENT_RECORD_RESPONSE", queued.getString("messageType"));
        answer(qat, qat.registrar(), receivedId, records).problem(409, "RequestNotAwaitingAnswer");
        awaitDelivered(qat, US, response);
        assertLoggedOnBothSides(qat, nepal, agreementId, response, "EMPLOYMENT_RECORD_RESPONSE");
        JsonObject inbound = logEntry(nepal, agreementId, entry("INBOUND", response, "EMPLOYMENT_RECORD_RESPONSE"))
                .orElseThrow();
        assertEquals(request, inbound.getString("correlationId", null), "the answer names the request");

        JsonObject answered = awaitAnswered(nepal, request);
        assertEquals("FOUND", answered.getString("outcome"), answered::toString);
        assertEquals(response, answered.getString("answerMessageId"));
        assertEquals(ourNumber, answered.getString("registryNumber"));
        JsonObject record = answered.getJsonArray("records").getJsonObject(0);
        assertEquals("Gulf Build LLC", record.getString("employer"));
        assertEquals("2021-03-01", record.getString("from"));
        assertEquals(57, record.getInt("contributionMonths"));
        JsonObject theirs = employmentRequest(qat, "INBOUND", request);
        assertEquals("ANSWERED", theirs.getString("status"));
        assertEquals(theirNumber, theirs.getString("registryNumber"));

        // the other way: Qatar asks us, and our officer refuses with a reason code
        String theirRequest = ask(qat, nepal, theirNumber, agreementId);
        String ourId = await().atMost(DELIVERY)
                .until(() -> employmentRequest(nepal, "INBOUND", theirRequest), r -> r != null)
                .getString("id");
        String refusal = answer(
                        nepal,
                        nepal.registrar(),
                        ourId,
                        Json.createObjectBuilder()
                                .add("outcome", "REFUSED")
                                .add("refusalCode", "NO_CONSENT")
                                .add("refusalReason", "The returnee has not consented to this disclosure")
                                .build())
                .expect(202)
                .json()
                .getString("messageId");
        awaitDelivered(nepal, qatar.operator(), refusal);
        assertLoggedOnBothSides(nepal, qat, agreementId, refusal, "EMPLOYMENT_RECORD_RESPONSE");
        JsonObject refused = awaitAnswered(qat, theirRequest);
        assertEquals("REFUSED", refused.getString("outcome"), refused::toString);
        assertEquals("NO_CONSENT", refused.getString("refusalCode"));
        assertEquals(0, refused.getJsonArray("records").size());
    }

    private static String sendReturnNotice(Side side, Side partner, String rn, String agreementId) {
        return side.post(
                        side.registrar(),
                        API + "/partner-messages/return-notices",
                        returnNotice(rn, agreementId, partner.operator()))
                .expect(202)
                .json()
                .getString("messageId");
    }

    private static JsonObject outboxMessage(Side side, String recipient, String id) {
        return outbox(side, recipient).stream()
                .filter(m -> id.equals(m.getString("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(side.name() + "'s outbox lists no message " + id));
    }

    private static long inboundEntries(
            Side side, String agreementId, String messageId, String decision, String reason) {
        return messageLog(side, agreementId).stream()
                .filter(e -> "INBOUND".equals(e.getString("direction")))
                .filter(e -> messageId.equals(e.getString("messageId", null)))
                .filter(e -> decision.equals(e.getString("decision")))
                .filter(e -> reason == null || reason.equals(e.getString("reason", null)))
                .count();
    }

    /**
     * Suspension mid-traffic, on both sides. Qatar suspends first: our return notices already queued are refused by
     * Qatar ({@code AgreementSuspended}, logged there) and retried by our outbox, not dropped; we suspend too: they
     * are held, and a new message is refused before it is queued. Both resume: every held message is delivered, and
     * each is taken in by Qatar exactly once.
     */
    @Test
    void suspensionMidTrafficHoldsQueuedMessagesWhichFlowOnceAfterReinstatement() {
        String agreementId = qatar.agreementWithUs("Two registries: suspension " + Instant.now(), everyMessageType());
        Side nepal = ours();
        Side qat = theirs();
        String first = sendReturnNotice(nepal, qat, register(nepal, Samples.passportNumber()), agreementId);
        awaitDelivered(nepal, qatar.operator(), first);

        qat.post(
                        qat.admin(),
                        API + "/agreements/" + agreementId + "/suspension",
                        Agreements.reason("Data breach under review"))
                .expect(200);
        List<String> passports = List.of(Samples.passportNumber(), Samples.passportNumber(), Samples.passportNumber());
        List<String> queued = passports.stream()
                .map(p -> sendReturnNotice(nepal, qat, register(nepal, p), agreementId))
                .toList();
        for (String id : queued) {
            await().atMost(DELIVERY)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> inboundEntries(qat, agreementId, id, "REFUSED", "AgreementSuspended") >= 1);
        }
        Agreements.post(agreementId, "/suspension", Agreements.reason("Partner suspended the agreement"))
                .expect(200);
        for (String id : queued) {
            JsonObject held = await().atMost(DELIVERY)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> outboxMessage(nepal, qatar.operator(), id), m -> Outboxes.hasStatus(m, "HELD"));
            assertTrue(held.getInt("attempts") >= 1, held::toString);
        }
        String refusedWhileSuspended = Samples.passportNumber();
        int before = outbox(nepal, qatar.operator()).size();
        nepal.post(
                        nepal.registrar(),
                        API + "/partner-messages/return-notices",
                        returnNotice(register(nepal, refusedWhileSuspended), agreementId, qatar.operator()))
                .problem(403, "AgreementSuspended");
        assertEquals(before, outbox(nepal, qatar.operator()).size(), "nothing queued while suspended");
        for (String id : queued) {
            assertEquals("HELD", outboxMessage(nepal, qatar.operator(), id).getString("status"), "still held");
            assertEquals(0, inboundEntries(qat, agreementId, id, "ACCEPTED", null), "not taken in while suspended");
        }

        qat.post(qat.admin(), API + "/agreements/" + agreementId + "/resumption", Agreements.reason("Review closed"))
                .expect(200);
        Agreements.post(agreementId, "/resumption", Agreements.reason("Partner resumed"))
                .expect(200);
        for (String id : queued) {
            awaitDelivered(nepal, qatar.operator(), id);
            assertLoggedOnBothSides(nepal, qat, agreementId, id, "RETURN_NOTICE");
            assertEquals(1, inboundEntries(qat, agreementId, id, "ACCEPTED", "ACCEPTED"), "taken in exactly once");
        }
        for (String passport : passports) {
            assertEquals(1, findInQatar(passport).size(), "one returnee in Qatar's registry per notice");
        }
        assertTrue(findInQatar(refusedWhileSuspended).isEmpty(), "the refused notice never reached Qatar");
    }

    private static List<JsonObject> findInQatar(String passport) {
        Side qat = theirs();
        return qat.get(
                        qat.registrar(),
                        RegistryApi.query(
                                API + "/returnees",
                                "identifierType",
                                "PASSPORT",
                                "identifierNumber",
                                passport,
                                "issuingCountry",
                                Samples.COUNTRY,
                                "purpose",
                                "REINTEGRATION_SERVICES"))
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
    }

    /**
     * Certificate rotation across the two registries. Qatar makes a new key; we attach its certificate beside the old
     * one, and both are valid: Qatar's registry, still signing with the old key, is taken in. Qatar switches to the
     * new key (restart): taken in. We revoke the old certificate: a message signed with the old key is refused
     * {@code CertificateRevoked} (logged, nothing written), while Qatar's registry on the new key is taken in.
     */
    @Test
    void certificateRotationOldAndNewBothValidThenTheOldRevoked() throws Exception {
        String agreementId = qatar.agreementWithUs("Two registries: rotation " + Instant.now(), everyMessageType());
        Side nepal = ours();
        Side qat = theirs();
        String oldFingerprint = fingerprint(qatar.certificate());

        // the old key, while it is the only one
        String m1 = sendReturnNotice(qat, nepal, register(qat, Samples.passportNumber()), agreementId);
        awaitDelivered(qat, US, m1);

        // Qatar rotates: its new certificate attached beside the old one; the old key still signs
        org.returneeregistry.it.support.PartnerPeer old = qatar.rotateKey();
        String newFingerprint = fingerprint(qatar.certificate());
        assertFalse(oldFingerprint.equals(newFingerprint), "a new key");
        JsonObject attached = Agreements.post(
                        agreementId,
                        "/certificates",
                        Json.createObjectBuilder()
                                .add("institution", qatar.operator())
                                .add("pem", qatar.certificatePem())
                                .add("reason", "Qatar's key rotation")
                                .build())
                .expect(201)
                .json();
        JsonObject oldCertificate = attached.getJsonArray("certificates").getValuesAs(JsonObject.class).stream()
                .filter(c -> oldFingerprint.equalsIgnoreCase(
                        c.getString("sha256Fingerprint", "").replace(":", "")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the old certificate is listed: " + attached));

        // both valid: the old key (a copy of the old keystore) and Qatar's registry on the new key are taken in
        String byOld = UUID.randomUUID().toString();
        signedByPartner(old, byOld, agreementId, Samples.passportNumber()).expect(200);
        String m2 = sendReturnNotice(qat, nepal, register(qat, Samples.passportNumber()), agreementId);
        awaitDelivered(qat, US, m2);
        assertEquals(
                newFingerprint,
                logEntry(nepal, agreementId, entry("INBOUND", m2, "RETURN_NOTICE"))
                        .orElseThrow()
                        .getString("signerFingerprint"));
        assertEquals(
                oldFingerprint,
                logEntry(nepal, agreementId, entry("INBOUND", byOld, "RETURN_NOTICE"))
                        .orElseThrow()
                        .getString("signerFingerprint"));

        // the old certificate revoked: refused, logged, nothing written; the new key goes on
        Agreements.post(
                        agreementId,
                        "/certificates/" + oldCertificate.getString("certificateId") + "/revocation",
                        Agreements.reason("Rotation complete"))
                .expect(200);
        String passport = Samples.passportNumber();
        String refused = UUID.randomUUID().toString();
        String fault = signedByPartner(old, refused, agreementId, passport).body();
        assertTrue(fault.contains("CertificateRevoked"), fault);
        assertEquals(1, inboundEntries(nepal, agreementId, refused, "REFUSED", "CertificateRevoked"));
        assertTrue(RegistryApi.findByPassport(passport, Samples.COUNTRY).isEmpty(), "nothing written");
        String m3 = sendReturnNotice(qat, nepal, register(qat, Samples.passportNumber()), agreementId);
        awaitDelivered(qat, US, m3);
        assertLoggedOnBothSides(theirs(), nepal, agreementId, m3, "RETURN_NOTICE");
    }

    /** A return notice as QAT-MOL, signed by the given peer, posted to our registry without a token. */
    private static RegistryApi.Answer signedByPartner(
            org.returneeregistry.it.support.PartnerPeer peer, String messageId, String agreementId, String passport) {
        String envelope = """
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:x="https://schemas.returneeregistry.org/exchange/v1" xmlns:r="https://schemas.returneeregistry.org/returnee/v1" xmlns:c="https://schemas.returneeregistry.org/common/v1">
                <S:Header/>
                <S:Body>
                <x:ReturnNotice>
                    <x:envelope>
                        <x:messageId>%s</x:messageId>
                        <x:agreementId>%s</x:agreementId>
                        <x:senderInstitution>%s</x:senderInstitution>
                        <x:recipientInstitution>%s</x:recipientInstitution>
                        <x:timestamp>%s</x:timestamp>
                        <x:messageType>RETURN_NOTICE</x:messageType>
                        <x:purpose>%s</x:purpose>
                        <x:dataCategory>IDENTITY</x:dataCategory>
                        <x:dataCategory>MIGRATION_HISTORY</x:dataCategory>
                    </x:envelope>
                    <x:notice>
                        <x:person>
                            <r:identifier><c:type>PASSPORT</c:type><c:number>%s</c:number><c:issuingCountry>NPL</c:issuingCountry></r:identifier>
                            <r:name><c:givenName>Ram</c:givenName><c:familyName>Thapa</c:familyName></r:name>
                            <r:dateOfBirth>1990-04-12</r:dateOfBirth>
                            <r:sex>1</r:sex>
                        </x:person>
                        <x:employment>
                            <c:destinationCountry>QAT</c:destinationCountry>
                            <c:employer>Gulf Build LLC</c:employer>
                            <c:departureDate>2021-03-01</c:departureDate>
                        </x:employment>
                        <x:returnModality>END_OF_CONTRACT</x:returnModality>
                        <x:exitDate>%s</x:exitDate>
                    </x:notice>
                </x:ReturnNotice>
                </S:Body>
                </S:Envelope>
                """.formatted(
                        messageId,
                        agreementId,
                        qatar.operator(),
                        US,
                        Instant.now(),
                        PURPOSE,
                        passport,
                        LocalDate.now().minusDays(2));
        return RegistryApi.sendAnonymously(java.net.http.HttpRequest.newBuilder(
                        RegistryApi.uri("/soap/PartnerExchangeService"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        peer.sign(envelope, org.returneeregistry.it.support.PartnerPeer.Signing.BODY_AND_TIMESTAMP),
                        java.nio.charset.StandardCharsets.UTF_8)));
    }
}
