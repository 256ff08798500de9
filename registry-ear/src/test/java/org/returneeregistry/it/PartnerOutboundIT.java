package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.OutboundPartner.DELIVERY;
import static org.returneeregistry.it.support.Outboxes.hasStatus;
import static org.returneeregistry.it.support.PartnerMessages.queued;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.CxfPartnerServer;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.OutboundPartner;
import org.returneeregistry.it.support.Outboxes;
import org.returneeregistry.it.support.PartnerMessages;
import org.returneeregistry.it.support.PartnerPeer;
import org.returneeregistry.it.support.PartnerReceiver;
import org.returneeregistry.it.support.PartnerReceiver.Receipts;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.shared.domain.Sha256;

/**
 * The outbound side of the partner exchange through its real interface: a registrar asks a partner institution for
 * a returnee's employment records (POST /partner-messages/employment-record-requests); the request is decided by
 * the consent decision point under the agreement's outbound scope and logged on the partner channel; the
 * dispatcher signs it with WS-Security and posts it to the partner's endpoint registered on the agreement, where a
 * receiver built on WSS4J (not on the registry's code) verifies the signature against the registry's certificate
 * and answers a signed receipt, which the registry verifies against the partner's registered certificate. Refusals
 * are tried as an abuser with a valid token; a suspended agreement holds its queued messages, a terminated one
 * abandons them.
 */
class PartnerOutboundIT extends DeployedRegistry {

    private static final String PURPOSE = "SOCIAL_SECURITY_CLAIM";

    /** The CXF partner's port is generated from the live WSDL and compiled while the first tests run. */
    @BeforeAll
    static void prepareTheCxfPartner() {
        CxfPartnerServer.prepare();
    }

    private static JsonArrayBuilder requestsByAgreement() {
        return Json.createArrayBuilder()
                .add(Agreements.row("OUTBOUND", "EMPLOYMENT_RECORD_REQUEST", "IDENTITY", PURPOSE, "AGREEMENT"));
    }

    private static String newReturnee() {
        return RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
    }

    private static RegistryApi.Answer request(Caller caller, String rn, OutboundPartner partner) {
        return request(caller, rn, partner.agreementId(), partner.institution());
    }

    private static RegistryApi.Answer request(Caller caller, String rn, String agreementId, String institution) {
        return request(caller, rn, agreementId, institution, PURPOSE);
    }

    private static RegistryApi.Answer request(
            Caller caller, String rn, String agreementId, String institution, String purpose) {
        var request = PartnerMessages.employmentRecordRequest(rn, agreementId, institution, purpose);
        return post(caller, PartnerMessages.EMPLOYMENT_RECORD_REQUESTS, request);
    }

    private static RegistryApi.Answer post(Caller caller, String path, JsonObject body) {
        return Agreements.send(caller, "POST", path, body.toString());
    }

    @Test
    void anEmploymentRecordRequestIsSignedSentAndItsSignedReceiptVerified() throws Exception {
        OutboundPartner partner = OutboundPartner.under("Outbound requests", requestsByAgreement(), "EC");
        String rn = newReturnee();
        try (PartnerReceiver receiver = partner.receiver(Receipts.SIGNED)) {
            partner.endpoint(receiver.url());

            JsonObject queued =
                    request(Callers.registrar(), rn, partner).expect(202).json();
            String id = queued.getString("messageId");
            assertEquals(partner.agreementId(), queued.getString("agreementId"));
            assertEquals(1, queued.getInt("agreementVersion"));

            // received and verified by the partner; the message log holds the message sent and the receipt, both
            // OUTBOUND, with signatures and fingerprints
            OutboundPartner.Delivery delivery = partner.assertDelivered(
                    receiver, id, "EmploymentRecordRequest", "EMPLOYMENT_RECORD_REQUEST", "SOAP");
            assertEquals("PARTNER_SOAP", delivery.message().getString("channel"), delivery.message()::toString);
            PartnerReceiver.Received got = delivery.received();
            assertTrue(got.soap().contains(Samples.COUNTRY), "the identifiers travel: " + got.soap());

            // the decision: logged on the partner channel with the agreement and its version (and taken again before
            // the attempt)
            long number = queued.getJsonNumber("decision").longValue();
            List<JsonObject> decisions = RegistryApi.decisions(rn, "&organisation=" + partner.institution())
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            JsonObject decision = decisions.stream()
                    .filter(d -> d.getJsonNumber("id").longValue() == number)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("decision " + number + " not in " + decisions));
            assertEquals("PARTNER", decision.getString("channel"), decision::toString);
            assertEquals("PERMIT", decision.getString("outcome"), decision::toString);
            assertEquals(partner.agreementId(), decision.getString("agreementId"), decision::toString);
            assertEquals(1, decision.getInt("agreementVersion"), decision::toString);
            assertEquals(List.of("IDENTITY"), decision.getJsonArray("granted").getValuesAs(JsonString::getString));
        }
    }

    /**
     * A partner that declared a REST endpoint gets the REST twin: the JSON message with the registry's detached JWS,
     * which the partner verifies (with Nimbus, against the registry's certificate); the partner's JSON receipt and its
     * detached JWS are verified like a SOAP receipt, and the message log shows the transport of both entries.
     */
    @Test
    void aPartnerThatDeclaredRestGetsTheTwinAndItsSignedJsonReceiptIsVerified() throws Exception {
        OutboundPartner partner = OutboundPartner.under("Outbound over REST", requestsByAgreement(), "EC");
        String rn = newReturnee();
        try (PartnerReceiver receiver = partner.receiver(Receipts.SIGNED)) {
            partner.endpoint(receiver.url());
            partner.endpoint(receiver.restUrl(), "REST");

            String id = queued(request(Callers.registrar(), rn, partner));
            OutboundPartner.Delivery delivery = partner.assertDelivered(
                    receiver, id, "EMPLOYMENT_RECORD_REQUEST", "EMPLOYMENT_RECORD_REQUEST", "REST");
            PartnerReceiver.Received got = delivery.received();
            JsonObject json = Json.createReader(new StringReader(got.soap())).readObject();
            assertEquals(
                    Samples.COUNTRY,
                    json.getJsonObject("query")
                            .getJsonArray("identifiers")
                            .getJsonObject(0)
                            .getString("issuingCountry"),
                    got::soap);
            assertEquals(
                    Sha256.hex(got.soap().getBytes(StandardCharsets.UTF_8)),
                    delivery.sent().getString("bodyHash"),
                    "the hash of the JSON bytes sent");
        }
    }

    /**
     * A REST receipt signed by a key the agreement does not register, or not signed at all, is no receipt: the message
     * keeps being retried, never DELIVERED, until a receipt the partner's registered key signed comes back.
     */
    @Test
    void aRestReceiptWithAWrongSignatureLeavesTheMessageRetrying() throws Exception {
        OutboundPartner partner = OutboundPartner.under("Outbound REST bad receipts", requestsByAgreement(), "EC");
        String rn = newReturnee();
        try (PartnerReceiver receiver = partner.receiver(Receipts.SIGNED_BY_ANOTHER_KEY)) {
            partner.endpoint(receiver.restUrl(), "REST");
            String id = queued(request(Callers.registrar(), rn, partner));

            partner.awaitRetriedForItsAnswer(id);
            assertTrue(receiver.received().stream().allMatch(PartnerReceiver.Received::signatureValid));
            assertTrue(receiver.received().stream().allMatch(r -> "REST".equals(r.transport())));
            List<JsonObject> refused = partner.messageLog().stream()
                    .filter(e -> id.equals(e.getString("correlationId", null)))
                    .toList();
            assertTrue(refused.size() >= 2, refused::toString);
            for (JsonObject r : refused) {
                assertEquals("REFUSED", r.getString("decision"), r::toString);
                assertEquals("RECEIPT_SIGNER_NOT_REGISTERED", r.getString("reason"), r::toString);
                assertEquals("REST", r.getString("transport"), r::toString);
            }
            assertTrue(
                    partner.messageLog().stream()
                            .filter(e -> id.equals(e.getString("messageId", null)))
                            .noneMatch(e -> "RECEIPT_VERIFIED".equals(e.getString("reason", null))),
                    "never verified");

            // no signature at all: still retried
            receiver.answerWith(Receipts.UNSIGNED);
            await().atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).until(() -> partner.messageLog().stream()
                    .anyMatch(e -> id.equals(e.getString("messageId", null))
                            && "RECEIPT_SIGNATURE_MISSING".equals(e.getString("reason", null))));
            JsonObject unsigned = Outboxes.message(partner.institution(), id).orElseThrow();
            assertTrue(!hasStatus(unsigned, "DELIVERED") && !hasStatus(unsigned, "DEAD_LETTER"), unsigned::toString);

            // the partner's registered key signs: delivered, once
            receiver.answerWith(Receipts.SIGNED);
            Outboxes.awaitMessage(
                    partner.institution(), id, Duration.ofSeconds(120), "DELIVERED", m -> hasStatus(m, "DELIVERED"));
        }
    }

    /** A receipt signed by a key the agreement does not register for the partner is no receipt: retried, then dead. */
    @Test
    void aReceiptSignedWithAnUnregisteredKeyLeavesTheMessageFailingThenDeadLettered() throws Exception {
        OutboundPartner partner = OutboundPartner.under("Outbound bad receipts", requestsByAgreement(), "EC");
        String rn = newReturnee();
        try (PartnerReceiver receiver = partner.receiver(Receipts.SIGNED_BY_ANOTHER_KEY)) {
            partner.endpoint(receiver.url());
            String id = queued(request(Callers.registrar(), rn, partner));

            partner.awaitRetriedForItsAnswer(id);
            assertTrue(receiver.received().stream().allMatch(PartnerReceiver.Received::signatureValid));
            JsonObject refusedReceipt = partner.messageLog().stream()
                    .filter(e -> id.equals(e.getString("correlationId", null)))
                    .findFirst()
                    .orElseThrow();
            assertEquals("REFUSED", refusedReceipt.getString("decision"));
            assertEquals("RECEIPT_SIGNER_NOT_REGISTERED", refusedReceipt.getString("reason"));

            JsonObject dead = Outboxes.awaitMessage(
                    partner.institution(),
                    id,
                    Duration.ofSeconds(120),
                    "DEAD_LETTER",
                    m -> hasStatus(m, "DEAD_LETTER"));
            assertTrue(dead.getInt("attempts") >= 2, dead::toString);
        }
    }

    /**
     * While the agreement is suspended its queued message is held — not attempted, not aging — and visible as held;
     * when it is in force again the message goes, once. A terminated agreement's held message is abandoned.
     */
    @Test
    void aSuspendedAgreementHoldsQueuedMessagesAndATerminatedOneAbandonsThem() throws Exception {
        OutboundPartner partner = OutboundPartner.under("Outbound suspension", requestsByAgreement(), "EC");
        String institution = partner.institution();
        String agreementId = partner.agreementId();
        String rn = newReturnee();
        // queued while the partner has no endpoint yet: it waits for one
        String id = queued(request(Callers.registrar(), rn, partner));
        partner.awaitMessage(id, "AWAITING_ENDPOINT", m -> hasStatus(m, "AWAITING_ENDPOINT"));

        Agreements.post(agreementId, "/suspension", Agreements.reason("Data protection review"))
                .expect(200);
        JsonObject held = partner.awaitMessage(id, "HELD", m -> hasStatus(m, "HELD"));
        assertEquals("AGREEMENT_SUSPENDED", held.getString("closedReason"), held::toString);
        // nothing more can be queued under it
        request(Callers.registrar(), rn, partner).problem(403, "AgreementSuspended");

        try (PartnerReceiver receiver = partner.receiver(Receipts.SIGNED)) {
            partner.endpoint(receiver.url());
            // an endpoint does not release it while the agreement is suspended: held through several rounds
            await().during(Duration.ofSeconds(4))
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> receiver.received().isEmpty()
                            && Outboxes.message(institution, id)
                                    .map(m -> hasStatus(m, "HELD"))
                                    .orElse(false));
            assertEquals(0, Outboxes.message(institution, id).orElseThrow().getInt("attempts"), "never attempted");

            Agreements.post(agreementId, "/resumption", Agreements.reason("Review done"))
                    .expect(200);
            partner.awaitDelivered(id);
            assertEquals(1, receiver.received().size());
            assertEquals(id, receiver.received().get(0).messageId());
        }

        // a second message held by a second suspension, then the agreement is terminated: abandoned with a reason
        String second = queued(request(Callers.registrar(), rn, partner));
        partner.endpoint("http://127.0.0.1:" + Outboxes.freePort() + "/partner-exchange");
        Agreements.post(agreementId, "/suspension", Agreements.reason("Second review"))
                .expect(200);
        partner.awaitMessage(second, "HELD or failing", m -> hasStatus(m, "HELD"));
        Agreements.post(agreementId, "/termination", Agreements.reason("Denounced"))
                .expect(200);
        JsonObject abandoned = partner.awaitMessage(second, "ABANDONED", m -> hasStatus(m, "ABANDONED"));
        assertEquals("AGREEMENT_TERMINATED", abandoned.getString("closedReason"), abandoned::toString);
    }

    private static JsonArrayBuilder requestsByConsentAndRevocations() {
        return Json.createArrayBuilder()
                .add(Agreements.row("OUTBOUND", "EMPLOYMENT_RECORD_REQUEST", "IDENTITY", PURPOSE, "CONSENT_REQUIRED"))
                .add(Agreements.row("OUTBOUND", "CONSENT_REVOKED", "IDENTITY", PURPOSE, "AGREEMENT"));
    }

    /**
     * A scope row that requires consent is satisfied by the returnee's consent to the partner institution, which can
     * be recorded only where an agreement in force covers it; when the consent is revoked, the partner that received
     * data under it is told by a signed ConsentRevoked under the agreement, and no further request goes.
     */
    @Test
    void consentToThePartnerSatisfiesAConsentRequiredRowAndItsRevocationIsSentToThePartner() throws Exception {
        OutboundPartner partner = OutboundPartner.under("Outbound by consent", requestsByConsentAndRevocations(), "EC");
        String institution = partner.institution();
        String rn = newReturnee();
        request(Callers.registrar(), rn, partner).problem(403, "NoConsent");

        // consent naming a partner institution no agreement covers, or a category the agreement does not cover
        String stranger = OutboundPartner.newInstitution();
        Instant until = Instant.now().plus(Duration.ofDays(30));
        Consents.post(
                        Callers.registrar(),
                        Consents.body(rn, stranger, List.of(PURPOSE), List.of("IDENTITY"), "SELF", until))
                .problem(403, "CrossBorderNeedsAgreement");
        Consents.post(
                        Callers.registrar(),
                        Consents.body(rn, institution, List.of(PURPOSE), List.of("IDENTITY", "HEALTH"), "SELF", until))
                .problem(403, "CrossBorderNeedsAgreement");
        String consentId = Consents.recorded(rn, institution, PURPOSE, List.of("IDENTITY"));

        try (PartnerReceiver receiver = partner.receiver(Receipts.SIGNED)) {
            partner.endpoint(receiver.url());
            JsonObject queued =
                    request(Callers.registrar(), rn, partner).expect(202).json();
            partner.awaitDelivered(queued.getString("messageId"));
            JsonObject decision = RegistryApi.decisions(rn, "&organisation=" + institution)
                    .getJsonArray("items")
                    .getJsonObject(0);
            assertEquals(consentId, decision.getString("consentId", null), decision::toString);

            Consents.revoke(consentId);
            JsonObject notice = await().atMost(DELIVERY)
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> Outboxes.messages(institution).stream()
                                    .filter(m -> "CONSENT_REVOKED".equals(m.getString("kind")))
                                    .filter(m -> hasStatus(m, "DELIVERED"))
                                    .findFirst()
                                    .orElse(null),
                            m -> m != null);
            assertEquals("PARTNER_SOAP", notice.getString("channel"), notice::toString);
            assertEquals(
                    1,
                    Outboxes.messages(institution).stream()
                            .filter(m -> "CONSENT_REVOKED".equals(m.getString("kind")))
                            .count(),
                    "one notice, on the partner channel only");
            PartnerReceiver.Received told = receiver.received().stream()
                    .filter(r -> "ConsentRevoked".equals(r.operation()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the partner got no ConsentRevoked"));
            assertTrue(told.signatureValid(), told::soap);
            assertTrue(told.soap().contains(consentId), told::soap);
            assertTrue(!told.soap().contains(rn), "the notice does not name the returnee: " + told.soap());

            request(Callers.registrar(), rn, partner).problem(403, "ConsentRevoked");
        }
    }

    /**
     * The other direction of the independent peer: a partner built on Apache CXF with WSS4J, its port generated from
     * the published WSDL, receives a returnee's employment record request and a consent revocation, verifies both
     * signatures against the registry's certificate with WSS4JInInterceptor and answers receipts signed by
     * WSS4JOutInterceptor, which the registry verifies against the partner's registered certificate.
     */
    @Test
    void anIndependentCxfPartnerVerifiesTheRequestAndTheRevocationAndItsReceiptsAreVerified() throws Exception {
        OutboundPartner partner = OutboundPartner.under("Outbound to CXF", requestsByConsentAndRevocations(), "EC");
        String institution = partner.institution();
        String rn = newReturnee();
        String consentId = Consents.recorded(rn, institution, PURPOSE, List.of("IDENTITY"));
        try (CxfPartnerServer cxf = partner.cxf()) {
            partner.endpoint(cxf.url());
            String id = queued(request(Callers.registrar(), rn, partner));
            partner.awaitDelivered(id);
            Consents.revoke(consentId);
            await().atMost(DELIVERY)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> Outboxes.messages(institution).stream()
                            .anyMatch(m -> "CONSENT_REVOKED".equals(m.getString("kind")) && hasStatus(m, "DELIVERED")));

            List<JsonObject> taken = cxf.taken();
            assertEquals(2, taken.size(), taken::toString);
            JsonObject request = OutboundPartner.assertTakenByCxf(taken.get(0), "EmploymentRecordRequest");
            assertEquals(id, request.getString("messageId"));
            assertTrue(request.getInt("identifiers") >= 1, request::toString);
            JsonObject revocation = OutboundPartner.assertTakenByCxf(taken.get(1), "ConsentRevoked");
            assertEquals(consentId, revocation.getString("consentReference"));

            List<JsonObject> receipts = partner.messageLog().stream()
                    .filter(e -> "RECEIPT".equals(e.getString("messageType", null)))
                    .toList();
            assertEquals(2, receipts.size(), receipts::toString);
            partner.assertReceipted(id, "SOAP");
            partner.assertReceipted(revocation.getString("messageId"), "SOAP");
        }
    }

    /**
     * The independent CXF/WSS4J peer receives our EmploymentRecordResponse too: the partner's request (signed with
     * WSS4J, no token) is taken in, our registrar answers it with the returnee's records, and the answer is verified by
     * CXF's WSS4JInInterceptor against the registry's certificate; CXF's signed receipt is verified by the registry.
     */
    @Test
    void anIndependentCxfPartnerVerifiesOurEmploymentRecordResponse() throws Exception {
        OutboundPartner partner = OutboundPartner.under(
                "Answers to CXF",
                Json.createArrayBuilder()
                        .add(Agreements.row("INBOUND", "EMPLOYMENT_RECORD_REQUEST", "IDENTITY", PURPOSE, "AGREEMENT"))
                        .add(Agreements.row(
                                "OUTBOUND", "EMPLOYMENT_RECORD_RESPONSE", "MIGRATION_HISTORY", PURPOSE, "AGREEMENT")),
                "EC");
        String institution = partner.institution();
        String agreementId = partner.agreementId();
        PartnerPeer peer = partner.peer();
        String passport = Samples.passportNumber();
        String rn = RegistryApi.register(Samples.registration(passport)).getString("registryNumber");
        try (CxfPartnerServer cxf = partner.cxf()) {
            partner.endpoint(cxf.url());

            String requestId = UUID.randomUUID().toString();
            String request = """
                    <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:x="https://schemas.returneeregistry.org/exchange/v1" xmlns:c="https://schemas.returneeregistry.org/common/v1">
                    <S:Header/>
                    <S:Body>
                    <x:EmploymentRecordRequest>
                        <x:envelope>
                            <x:messageId>%s</x:messageId>
                            <x:agreementId>%s</x:agreementId>
                            <x:senderInstitution>%s</x:senderInstitution>
                            <x:recipientInstitution>%s</x:recipientInstitution>
                            <x:timestamp>%s</x:timestamp>
                            <x:messageType>EMPLOYMENT_RECORD_REQUEST</x:messageType>
                            <x:purpose>%s</x:purpose>
                            <x:dataCategory>IDENTITY</x:dataCategory>
                        </x:envelope>
                        <x:query>
                            <x:identifier><c:type>PASSPORT</c:type><c:number>%s</c:number><c:issuingCountry>%s</c:issuingCountry></x:identifier>
                            <x:periodFrom>2019-01-01</x:periodFrom>
                        </x:query>
                    </x:EmploymentRecordRequest>
                    </S:Body>
                    </S:Envelope>
                    """.formatted(
                            requestId,
                            agreementId,
                            institution,
                            Callers.OPERATOR,
                            Instant.now(),
                            PURPOSE,
                            passport,
                            Samples.COUNTRY);
            RegistryApi.sendAnonymously(HttpRequest.newBuilder(RegistryApi.uri("/soap/PartnerExchangeService"))
                            .header("Content-Type", "text/xml; charset=UTF-8")
                            .header("SOAPAction", "\"\"")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    peer.sign(request, PartnerPeer.Signing.BODY_AND_TIMESTAMP),
                                    StandardCharsets.UTF_8)))
                    .expect(200);
            JsonObject inbound = Agreements.send(
                            Callers.registrar(),
                            "GET",
                            PartnerMessages.EMPLOYMENT_RECORD_REQUESTS + "?direction=INBOUND&messageId=" + requestId,
                            null)
                    .expect(200)
                    .array()
                    .getJsonObject(0);
            String answer = queued(post(
                    Callers.registrar(),
                    PartnerMessages.answerPath(inbound.getString("id")),
                    PartnerMessages.recordsFound(rn)));
            partner.awaitDelivered(answer);

            await().atMost(Duration.ofSeconds(10)).until(() -> !cxf.taken().isEmpty());
            List<JsonObject> taken = cxf.taken();
            assertEquals(1, taken.size(), taken::toString);
            JsonObject response = OutboundPartner.assertTakenByCxf(taken.get(0), "EmploymentRecordResponse");
            assertEquals(answer, response.getString("messageId"));
            assertEquals("FOUND", response.getString("outcome"));
            partner.assertReceipted(answer, "SOAP");
        }
    }

    private static RegistryApi.Answer returnNotice(Caller caller, String rn, String agreementId, String institution) {
        var notice = PartnerMessages.returnNotice(rn, agreementId, institution, PURPOSE);
        return post(caller, PartnerMessages.RETURN_NOTICES, notice);
    }

    /**
     * A return notice goes out like a request: decided under the agreement's outbound scope for both categories it
     * carries (the person's identity and work abroad), signed, delivered once, its signed receipt verified.
     */
    @Test
    void aReturnNoticeIsDecidedSignedSentAndItsReceiptVerified() throws Exception {
        OutboundPartner partner = OutboundPartner.under(
                "Outbound notices",
                Json.createArrayBuilder()
                        .add(Agreements.row("OUTBOUND", "RETURN_NOTICE", "IDENTITY", PURPOSE, "AGREEMENT"))
                        .add(Agreements.row("OUTBOUND", "RETURN_NOTICE", "MIGRATION_HISTORY", PURPOSE, "AGREEMENT")),
                "RSA");
        String institution = partner.institution();
        String agreementId = partner.agreementId();
        String rn = newReturnee();
        try (PartnerReceiver receiver = partner.receiver(Receipts.SIGNED)) {
            partner.endpoint(receiver.url());

            JsonObject queued = returnNotice(Callers.registrar(), rn, agreementId, institution)
                    .expect(202)
                    .json();
            String id = queued.getString("messageId");
            assertEquals("RETURN_NOTICE", queued.getString("messageType"), queued::toString);

            OutboundPartner.Delivery delivery =
                    partner.assertDelivered(receiver, id, "ReturnNotice", "RETURN_NOTICE", "SOAP");
            assertEquals("PARTNER_SOAP", delivery.message().getString("channel"), delivery.message()::toString);
            PartnerReceiver.Received got = delivery.received();
            assertTrue(got.soap().contains("Gulf Build LLC"), "the work abroad travels: " + got.soap());
            assertTrue(got.soap().contains("END_OF_CONTRACT"), got.soap());
            assertTrue(got.soap().contains(">MIGRATION_HISTORY<"), "both categories declared: " + got.soap());
        }

        // a scope covering the identity but not the work abroad: refused, nothing queued
        String narrow = OutboundPartner.inForce(
                institution,
                "Outbound notices, identity only " + institution,
                Json.createArrayBuilder()
                        .add(Agreements.row("OUTBOUND", "RETURN_NOTICE", "IDENTITY", PURPOSE, "AGREEMENT")));
        int before = Outboxes.messages(institution).size();
        returnNotice(Callers.registrar(), rn, narrow, institution).problem(403, "OutOfScope");
        returnNotice(Callers.socialSecurityOfficer(), rn, agreementId, institution)
                .problem(403, "NotAuthorized");
        returnNotice(Callers.partnerInstitution(), rn, agreementId, institution).problem(403, "NotAuthorized");
        assertEquals(before, Outboxes.messages(institution).size(), "nothing more queued");
    }

    /** An abuser with a valid token: every refusal is specific, and nothing is queued. */
    @Test
    void refusalsAreSpecificAndQueueNothing() throws Exception {
        String institution = OutboundPartner.newInstitution();
        String agreementId =
                OutboundPartner.inForce(institution, "Outbound refusals " + institution, requestsByAgreement());
        String rn = newReturnee();
        String stranger = OutboundPartner.newInstitution(); // a partner institution with no agreement with the operator

        // a recipient that is no party to the agreement
        request(Callers.registrar(), rn, agreementId, stranger).problem(403, "CrossBorderNeedsAgreement");
        // an agreement the registry does not hold
        request(Callers.registrar(), rn, "0b0e7c1e-3a51-4f55-8d7e-3c1f7f0b9a10", institution)
                .problem(403, "NoAgreement");
        // a purpose a partner institution is never given data for: the decision point's own reason
        request(Callers.registrar(), rn, agreementId, institution, "REINTEGRATION_SERVICES")
                .problem(403, "PurposeNotPermitted");
        // a returnee nobody holds
        request(Callers.registrar(), "RR-0000-0000-0", agreementId, institution).problem(404, "NotFound");
        // roles and organisations that do not ask partners on the operator's account
        request(Callers.missionOfficer(), rn, agreementId, institution).problem(403, "NotAuthorized");
        request(Callers.partnerInstitution(), rn, agreementId, institution).problem(403, "NotAuthorized");
        request(Callers.resourceCentre("NPL-MRC-XOUT", "Dhading"), rn, agreementId, institution)
                .problem(403, "NotAuthorized");
        // bad input, every violation listed
        JsonObject invalid = request(Callers.registrar(), rn, "not-an-id", "qat lower", "NOT_A_PURPOSE")
                .problem(400, "ValidationFailed");
        assertTrue(
                invalid.toString().contains("agreementId") && invalid.toString().contains("purpose"),
                invalid::toString);

        // a message type the scope does not cover: an agreement allowing only return notices outbound
        String other = OutboundPartner.inForce(
                institution,
                "Outbound notices only " + institution,
                Json.createArrayBuilder()
                        .add(Agreements.row("OUTBOUND", "RETURN_NOTICE", "IDENTITY", PURPOSE, "AGREEMENT")));
        request(Callers.registrar(), rn, other, institution).problem(403, "OutOfScope");

        assertTrue(Outboxes.messages(institution).isEmpty(), "nothing queued: " + Outboxes.messages(institution));
        assertTrue(Outboxes.messages(stranger).isEmpty());
        JsonObject denied = RegistryApi.decisions(rn, "&organisation=" + institution)
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("PARTNER", denied.getString("channel"), denied::toString);
        assertEquals("DENY", denied.getString("outcome", "DENY"), denied::toString);
    }
}
