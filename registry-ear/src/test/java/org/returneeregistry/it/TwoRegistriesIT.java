package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.PartnerMessages.queued;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.env.NeedsServer;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.Outboxes;
import org.returneeregistry.it.support.PartnerMessages;
import org.returneeregistry.it.support.PartnerPeer;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.it.support.SecondRegistry;
import org.returneeregistry.it.support.TwoRegistries;
import org.returneeregistry.it.support.TwoRegistries.Side;

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

    private static final String PURPOSE = "SOCIAL_SECURITY_CLAIM";

    private static TwoRegistries registries;
    private static Side nepal;
    private static Side qatar;

    @BeforeAll
    static void startTheSecondRegistry() {
        registries = TwoRegistries.start();
        nepal = registries.nepal();
        qatar = registries.qatar();
    }

    private static JsonArrayBuilder bothWays(JsonArrayBuilder rows, String type, String... categories) {
        return TwoRegistries.bothWays(rows, type, PURPOSE, categories);
    }

    private static JsonArrayBuilder everyMessageType() {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        bothWays(rows, "RETURN_NOTICE", "IDENTITY", "MIGRATION_HISTORY");
        bothWays(rows, "EMPLOYMENT_RECORD_REQUEST", "IDENTITY");
        bothWays(rows, "EMPLOYMENT_RECORD_RESPONSE", "MIGRATION_HISTORY");
        bothWays(rows, "CONSENT_REVOKED", "IDENTITY");
        return rows;
    }

    /** Both registries hold the agreement under one id, each with the scope as it sees it; an id is taken once. */
    @Test
    void bothRegistriesHoldTheAgreementUnderOneIdWithTheScopeMirrored() {
        JsonArrayBuilder scope = Json.createArrayBuilder()
                .add(Agreements.row("OUTBOUND", "EMPLOYMENT_RECORD_REQUEST", "IDENTITY", PURPOSE, "AGREEMENT"))
                .add(Agreements.row("INBOUND", "RETURN_NOTICE", "IDENTITY", PURPOSE, "AGREEMENT"));
        String agreementId = registries.agreement("Two registries: one id", scope);
        JsonObject ours = nepal.get(nepal.admin(), API + "/agreements/" + agreementId)
                .expect(200)
                .json();
        JsonObject theirs = qatar.get(qatar.admin(), API + "/agreements/" + agreementId)
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
                        nepal.operator(),
                        "NPL",
                        Json.createArrayBuilder()
                                .add(Agreements.row("INBOUND", "RETURN_NOTICE", "IDENTITY", PURPOSE, "AGREEMENT"))
                                .build()
                                .stream())
                .add("agreementId", agreementId)
                .build();
        qatar.post(qatar.admin(), API + "/agreements", again).problem(409, "AgreementAlreadyRegistered");
        qatar.post(
                        qatar.admin(),
                        API + "/agreements",
                        Samples.with(again, "/agreementId", agreementId.toUpperCase(Locale.ROOT)))
                .problem(400, "ValidationFailed");
    }

    @Test
    void aReturnNoticeTravelsEachWayAndEntersTheReceivingRegistryAsAReturn() {
        String agreementId = registries.agreement("Two registries: return notices", everyMessageType());

        // Qatar -> us: a worker Qatar's registry knows leaves; our registry takes the notice in as a return
        String leaving = Samples.passportNumber();
        String theirNumber = qatar.register(leaving);
        assertTrue(RegistryApi.findByPassport(leaving, Samples.COUNTRY).isEmpty(), "unknown to us before the notice");
        String toUs = qatar.sendReturnNotice(nepal, theirNumber, agreementId, PURPOSE);
        qatar.awaitDelivered(nepal.operator(), toUs);
        registries.assertExchanged(qatar, nepal, agreementId, toUs, "RETURN_NOTICE");
        var found = RegistryApi.findByPassport(leaving, Samples.COUNTRY);
        assertEquals(1, found.size(), () -> "the returnee is in our registry now: " + found);

        // us -> Qatar: a worker of ours is reported to Qatar's registry, which takes it in the same way
        String ours = Samples.passportNumber();
        String ourNumber = nepal.register(ours);
        String toQatar = nepal.sendReturnNotice(qatar, ourNumber, agreementId, PURPOSE);
        nepal.awaitDelivered(qatar.operator(), toQatar);
        registries.assertExchanged(nepal, qatar, agreementId, toQatar, "RETURN_NOTICE");
        List<JsonObject> inQatar = findInQatar(ours);
        assertEquals(1, inQatar.size(), () -> "Qatar's registry holds the returnee: " + inQatar);
    }

    @Test
    void anEmploymentRecordRequestTravelsEachWay() {
        String agreementId = registries.agreement("Two registries: requests", everyMessageType());

        String toQatar = ask(nepal, qatar, nepal.register(Samples.passportNumber()), agreementId);
        registries.assertExchanged(nepal, qatar, agreementId, toQatar, "EMPLOYMENT_RECORD_REQUEST");

        String toUs = ask(qatar, nepal, qatar.register(Samples.passportNumber()), agreementId);
        registries.assertExchanged(qatar, nepal, agreementId, toUs, "EMPLOYMENT_RECORD_REQUEST");
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
        String agreementId = registries.agreement("Two registries: consent", scope);

        String rn = nepal.register(Samples.passportNumber());
        nepal.employmentRecordRequest(qatar, rn, agreementId, PURPOSE).problem(403, "NoConsent");
        String consentId = Consents.recorded(rn, qatar.operator(), PURPOSE, List.of("IDENTITY"));
        ask(nepal, qatar, rn, agreementId);

        Consents.revoke(consentId);
        JsonObject notice = registries
                .await()
                .until(
                        () -> nepal.outbox(qatar.operator()).stream()
                                .filter(m -> "CONSENT_REVOKED".equals(m.getString("kind")))
                                .filter(m -> Outboxes.hasStatus(m, "DELIVERED"))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        JsonObject sent = nepal.awaitLogEntry(
                agreementId,
                "a CONSENT_REVOKED sent for " + notice,
                e -> "OUTBOUND".equals(e.getString("direction"))
                        && "CONSENT_REVOKED".equals(e.getString("messageType")));
        registries.assertExchanged(nepal, qatar, agreementId, sent.getString("messageId"), "CONSENT_REVOKED");
    }

    /** {@code side}'s registrar asks {@code partner} for a returnee's employment records; awaited until delivered. */
    private static String ask(Side side, Side partner, String rn, String agreementId) {
        String id = side.sendEmploymentRecordRequest(partner, rn, agreementId, PURPOSE);
        side.awaitDelivered(partner.operator(), id);
        return id;
    }

    private static JsonObject awaitAnswered(Side side, String messageId) {
        return side.awaitEmploymentRequest("OUTBOUND", messageId, r -> "ANSWERED".equals(r.getString("status")));
    }

    /**
     * The answering side: a partner's employment record request appears to the receiving registry's officers, who
     * answer it through REST; the answer goes back signed, names the request as its correlationId, and is stored
     * against the request at the asking registry. Qatar finds the records; Nepal refuses with a reason code.
     */
    @Test
    void anEmploymentRecordRequestIsAnsweredByTheOtherRegistrysOfficersAndTheAnswerCorrelated() {
        String agreementId = registries.agreement("Two registries: answers", everyMessageType());

        // the worker is known to both registries under the same passport
        String passport = Samples.passportNumber();
        String ourNumber = nepal.register(passport);
        String theirNumber = qatar.register(passport);
        String request = ask(nepal, qatar, ourNumber, agreementId);

        JsonObject received = qatar.awaitEmploymentRequest("INBOUND", request);
        assertEquals("AWAITING_ANSWER", received.getString("status"), received::toString);
        assertEquals(nepal.operator(), received.getString("partner"));
        assertEquals(agreementId, received.getString("agreementId"));
        assertEquals(PURPOSE, received.getString("purpose"));
        assertTrue(received.getJsonArray("identifiers").toString().contains(passport), received::toString);
        String receivedId = received.getString("id");

        // refused before anything is sent: records of someone who holds none of the identifiers, inconsistent answers,
        // another role
        String stranger = qatar.register(Samples.passportNumber());
        JsonObject records = PartnerMessages.recordsFound(theirNumber);
        qatar.answerEmploymentRecordRequest(
                        qatar.registrar(), receivedId, Samples.with(records, "/registryNumber", stranger))
                .problem(400, "ValidationFailed");
        qatar.answerEmploymentRecordRequest(qatar.registrar(), receivedId, Samples.without(records, "/records"))
                .problem(400, "ValidationFailed");
        qatar.answerEmploymentRecordRequest(
                        qatar.registrar(), receivedId, Samples.with(records, "/refusalCode", "NO_CONSENT"))
                .problem(400, "ValidationFailed");
        qatar.answerEmploymentRecordRequest(qatar.auditor(), receivedId, records)
                .problem(403, "NotAuthorized");
        assertEquals(
                "AWAITING_ANSWER", qatar.employmentRequest("INBOUND", request).getString("status"));

        JsonObject queued = qatar.answerEmploymentRecordRequest(qatar.socialSecurityOfficer(), receivedId, records)
                .expect(202)
                .json();
        String response = queued.getString("messageId");
        assertEquals("EMPLOYMENT_RECORD_RESPONSE", queued.getString("messageType"));
        qatar.answerEmploymentRecordRequest(qatar.registrar(), receivedId, records)
                .problem(409, "RequestNotAwaitingAnswer");
        qatar.awaitDelivered(nepal.operator(), response);
        JsonObject inbound = registries
                .assertExchanged(qatar, nepal, agreementId, response, "EMPLOYMENT_RECORD_RESPONSE")
                .received();
        assertEquals(request, inbound.getString("correlationId", null), "the answer names the request");

        JsonObject answered = awaitAnswered(nepal, request);
        assertEquals("FOUND", answered.getString("outcome"), answered::toString);
        assertEquals(response, answered.getString("answerMessageId"));
        assertEquals(ourNumber, answered.getString("registryNumber"));
        JsonObject record = answered.getJsonArray("records").getJsonObject(0);
        assertEquals("Gulf Build LLC", record.getString("employer"));
        assertEquals("2021-03-01", record.getString("from"));
        assertEquals(57, record.getInt("contributionMonths"));
        JsonObject theirs = qatar.employmentRequest("INBOUND", request);
        assertEquals("ANSWERED", theirs.getString("status"));
        assertEquals(theirNumber, theirs.getString("registryNumber"));

        // the other way: Qatar asks us, and our officer refuses with a reason code
        String theirRequest = ask(qatar, nepal, theirNumber, agreementId);
        String ourId = nepal.awaitEmploymentRequest("INBOUND", theirRequest).getString("id");
        String refusal = queued(nepal.answerEmploymentRecordRequest(
                nepal.registrar(), ourId, PartnerMessages.refusedForWantOfConsent()));
        nepal.awaitDelivered(qatar.operator(), refusal);
        registries.assertExchanged(nepal, qatar, agreementId, refusal, "EMPLOYMENT_RECORD_RESPONSE");
        JsonObject refused = awaitAnswered(qatar, theirRequest);
        assertEquals("REFUSED", refused.getString("outcome"), refused::toString);
        assertEquals("NO_CONSENT", refused.getString("refusalCode"));
        assertEquals(0, refused.getJsonArray("records").size());
    }

    private static long inboundEntries(
            Side side, String agreementId, String messageId, String decision, String reason) {
        return side.messageLog(agreementId).stream()
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
        String agreementId = registries.agreement("Two registries: suspension", everyMessageType());
        String first = nepal.sendReturnNotice(qatar, nepal.register(Samples.passportNumber()), agreementId, PURPOSE);
        nepal.awaitDelivered(qatar.operator(), first);

        qatar.post(
                        qatar.admin(),
                        API + "/agreements/" + agreementId + "/suspension",
                        Agreements.reason("Data breach under review"))
                .expect(200);
        List<String> passports = List.of(Samples.passportNumber(), Samples.passportNumber(), Samples.passportNumber());
        List<String> queued = passports.stream()
                .map(p -> nepal.sendReturnNotice(qatar, nepal.register(p), agreementId, PURPOSE))
                .toList();
        for (String id : queued) {
            registries
                    .await()
                    .until(() -> inboundEntries(qatar, agreementId, id, "REFUSED", "AgreementSuspended") >= 1);
        }
        Agreements.post(agreementId, "/suspension", Agreements.reason("Partner suspended the agreement"))
                .expect(200);
        for (String id : queued) {
            JsonObject held = registries
                    .await()
                    .until(() -> nepal.outboxMessage(qatar.operator(), id), m -> Outboxes.hasStatus(m, "HELD"));
            assertTrue(held.getInt("attempts") >= 1, held::toString);
        }
        String refusedWhileSuspended = Samples.passportNumber();
        int before = nepal.outbox(qatar.operator()).size();
        nepal.returnNotice(qatar, nepal.register(refusedWhileSuspended), agreementId, PURPOSE)
                .problem(403, "AgreementSuspended");
        assertEquals(before, nepal.outbox(qatar.operator()).size(), "nothing queued while suspended");
        for (String id : queued) {
            assertEquals("HELD", nepal.outboxMessage(qatar.operator(), id).getString("status"), "still held");
            assertEquals(0, inboundEntries(qatar, agreementId, id, "ACCEPTED", null), "not taken in while suspended");
        }

        qatar.post(
                        qatar.admin(),
                        API + "/agreements/" + agreementId + "/resumption",
                        Agreements.reason("Review closed"))
                .expect(200);
        Agreements.post(agreementId, "/resumption", Agreements.reason("Partner resumed"))
                .expect(200);
        for (String id : queued) {
            nepal.awaitDelivered(qatar.operator(), id);
            registries.assertExchanged(nepal, qatar, agreementId, id, "RETURN_NOTICE");
            assertEquals(1, inboundEntries(qatar, agreementId, id, "ACCEPTED", "ACCEPTED"), "taken in exactly once");
        }
        for (String passport : passports) {
            assertEquals(1, findInQatar(passport).size(), "one returnee in Qatar's registry per notice");
        }
        assertTrue(findInQatar(refusedWhileSuspended).isEmpty(), "the refused notice never reached Qatar");
    }

    private static List<JsonObject> findInQatar(String passport) {
        return qatar.get(
                        qatar.registrar(),
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
    void certificateRotationOldAndNewBothValidThenTheOldRevoked() {
        String agreementId = registries.agreement("Two registries: rotation", everyMessageType());
        SecondRegistry second = registries.second();
        String oldFingerprint = qatar.fingerprint();

        // the old key, while it is the only one
        String m1 = qatar.sendReturnNotice(nepal, qatar.register(Samples.passportNumber()), agreementId, PURPOSE);
        qatar.awaitDelivered(nepal.operator(), m1);

        // Qatar rotates: its new certificate attached beside the old one; the old key still signs
        PartnerPeer old = second.rotateKey();
        String newFingerprint = qatar.fingerprint();
        assertFalse(oldFingerprint.equals(newFingerprint), "a new key");
        JsonObject attached = Agreements.post(
                        agreementId,
                        "/certificates",
                        Json.createObjectBuilder()
                                .add("institution", qatar.operator())
                                .add("pem", second.certificatePem())
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
        String m2 = qatar.sendReturnNotice(nepal, qatar.register(Samples.passportNumber()), agreementId, PURPOSE);
        qatar.awaitDelivered(nepal.operator(), m2);
        assertEquals(
                newFingerprint,
                nepal.logEntry(agreementId, entry("INBOUND", m2, "RETURN_NOTICE"))
                        .orElseThrow()
                        .getString("signerFingerprint"));
        assertEquals(
                oldFingerprint,
                nepal.logEntry(agreementId, entry("INBOUND", byOld, "RETURN_NOTICE"))
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
        String m3 = qatar.sendReturnNotice(nepal, qatar.register(Samples.passportNumber()), agreementId, PURPOSE);
        qatar.awaitDelivered(nepal.operator(), m3);
        registries.assertExchanged(qatar, nepal, agreementId, m3, "RETURN_NOTICE");
    }

    private static Predicate<JsonObject> entry(String direction, String messageId, String messageType) {
        return e -> direction.equals(e.getString("direction"))
                && messageId.equals(e.getString("messageId", null))
                && messageType.equals(e.getString("messageType"));
    }

    /** A return notice as QAT-MOL, signed by the given peer, posted to our registry without a token. */
    private static RegistryApi.Answer signedByPartner(
            PartnerPeer peer, String messageId, String agreementId, String passport) {
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
                        nepal.operator(),
                        Instant.now(),
                        PURPOSE,
                        passport,
                        LocalDate.now().minusDays(2));
        return RegistryApi.sendAnonymously(HttpRequest.newBuilder(RegistryApi.uri("/soap/PartnerExchangeService"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(
                        peer.sign(envelope, PartnerPeer.Signing.BODY_AND_TIMESTAMP), StandardCharsets.UTF_8)));
    }
}
