package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.PartnerPeer;
import org.returneeregistry.it.support.PartnerPeer.Signing;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * A partner institution sends signed messages to the deployed registry over the partner exchange's SOAP port, signed
 * with WSS4J by a key registered under an agreement in force; the registry takes a return notice in like a
 * mission's notification, answers a receipt it signs with its own key (verified here against the registry's
 * certificate), copies the X-Road headers back in order, and logs every message. Every refusal is answered with
 * its own fault code, leaves a message log entry, and writes nothing else: the returnee is not registered, and the
 * same message id sent correctly afterwards is taken in as new.
 */
class PartnerExchangeIT extends DeployedRegistry {

    private static final String PATH = "/soap/PartnerExchangeService";
    private static final String PARTNER = Callers.PARTNER;
    private static final Pattern FAULT_CODE = Pattern.compile("<(?:\\w+:)?code>([A-Za-z]+)</(?:\\w+:)?code>");

    private static String agreement;
    private static PartnerPeer peer;
    private static PartnerPeer revoked;
    private static PartnerPeer notYetValid;

    @BeforeAll
    static void anAgreementInForceWithThePartnersCertificates() {
        Callers.partnerInstitution();
        peer = PartnerPeer.withNewKey("EC", null, 365);
        revoked = PartnerPeer.withNewKey("RSA", null, 365);
        notYetValid = PartnerPeer.withNewKey("EC", "+2d", 365);
        agreement = inForce("Partner exchange " + UUID.randomUUID());
        attach(agreement, peer);
        JsonObject withRevoked = attach(agreement, revoked);
        String revokedId = withRevoked.getJsonArray("certificates").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("sha256Fingerprint").equalsIgnoreCase(fingerprint(revoked)))
                .findFirst()
                .orElseThrow()
                .getString("certificateId");
        Agreements.post(agreement, "/certificates/" + revokedId + "/revocation", Agreements.reason("Key compromised"))
                .expect(200);
        attach(agreement, notYetValid);
    }

    @Test
    void aSignedReturnNoticeIsTakenInAndAnsweredWithASignedReceipt() throws Exception {
        String passport = Samples.passportNumber();
        String messageId = UUID.randomUUID().toString();
        String signed = peer.sign(
                returnNotice(messageId, agreement, Instant.now(), passport, true), Signing.BODY_AND_TIMESTAMP);

        RegistryApi.Answer answer = send(signed);

        assertEquals(200, answer.status(), answer::toString);
        assertEquals(
                PartnerPeer.registryCertificate(),
                PartnerPeer.verifiedSigner(answer.body(), PartnerPeer.registryCertificate()));
        String registryNumber = element(answer.body(), "registryNumber");
        assertTrue(registryNumber.matches(RegistryApi.REGISTRY_NUMBER), answer::toString);
        assertEquals("ACCEPTED", element(answer.body(), "outcome"));
        assertEquals(messageId, element(answer.body(), "messageId"));
        JsonArray found = RegistryApi.findByPassport(passport, "NPL");
        assertEquals(1, found.size(), found::toString);
        assertEquals(registryNumber, found.getJsonObject(0).getString("registryNumber"));
        // the X-Road header block comes back unchanged and in order
        String headers = answer.body().replaceAll("(?s).*?<(\\w+:)?Header[^>]*>(.*?)</(\\w+:)?Header>.*", "$2");
        List<String> order = List.of("client", "service", "id", "userId", "issue", "protocolVersion");
        int at = -1;
        for (String name : order) {
            int next = headers.indexOf(":" + name + ">");
            assertTrue(next > at, () -> name + " is not in the answer's header in order: " + headers);
            at = next;
        }
        assertTrue(headers.contains(">IT-XROAD-" + messageId + "<"), headers);
        JsonObject logged = logged(messageId).get(0);
        assertEquals("ACCEPTED", logged.getString("decision"));
        assertEquals("ACCEPTED", logged.getString("reason"));
        assertEquals(agreement, logged.getString("agreementId"));
        assertEquals(1, logged.getInt("agreementVersion"));
        assertEquals(fingerprint(peer), logged.getString("signerFingerprint"));
        assertTrue(logged.getString("bodyHash").matches("[0-9a-f]{64}"));
        assertEquals("SOAP", logged.getString("transport"), "the log names the transport");
        assertEquals("IT-XROAD-" + messageId, logged.getJsonObject("xroad").getString("id"));
        assertEquals(
                "SUBSYSTEM:IT/GOV/QAT-GOSI/exchange",
                logged.getJsonObject("xroad").getString("client"));
    }

    @Test
    void aResendIsAnsweredWithTheSameReceiptAndDoesNothingAgain() throws Exception {
        String passport = Samples.passportNumber();
        String messageId = UUID.randomUUID().toString();
        String envelope = returnNotice(messageId, agreement, Instant.now(), passport, false);

        RegistryApi.Answer first = send(peer.sign(envelope, Signing.BODY_AND_TIMESTAMP));
        RegistryApi.Answer again = send(peer.sign(envelope, Signing.BODY_AND_TIMESTAMP));

        assertEquals(200, again.status(), again::toString);
        assertEquals(element(first.body(), "receiptId"), element(again.body(), "receiptId"));
        assertEquals(element(first.body(), "registryNumber"), element(again.body(), "registryNumber"));
        assertEquals("ALREADY_RECEIVED", element(again.body(), "outcome"));
        assertEquals(1, RegistryApi.findByPassport(passport, "NPL").size());
        assertEquals(
                List.of("ACCEPTED", "ALREADY_RECEIVED"),
                logged(messageId).stream()
                        .map(e -> e.getString("reason"))
                        .sorted()
                        .toList());
    }

    @Test
    void everyRefusalHasItsCodeALogEntryAndWritesNothing() throws Exception {
        Instant now = Instant.now();
        String draft = Agreements.registered("Draft " + UUID.randomUUID()).getString("agreementId");
        String suspended = inForce("Suspended " + UUID.randomUUID());
        Agreements.post(suspended, "/suspension", Agreements.reason("Dispute")).expect(200);
        String terminated = inForce("Terminated " + UUID.randomUUID());
        Agreements.post(terminated, "/termination", Agreements.reason("Denounced"))
                .expect(200);
        PartnerPeer stranger = PartnerPeer.withNewKey("EC", null, 30);

        refused("SignatureMissing", id -> peer.sign(notice(id, agreement, now), Signing.UNSIGNED));
        refused("TimestampMissing", id -> peer.sign(notice(id, agreement, now), Signing.NO_TIMESTAMP));
        refused("TimestampNotSigned", id -> peer.sign(notice(id, agreement, now), Signing.TIMESTAMP_NOT_SIGNED));
        refused("BodyAltered", id -> peer.sign(notice(id, agreement, now), Signing.BODY_AND_TIMESTAMP)
                .replace("<c:employer>Gulf Build LLC</c:employer>", "<c:employer>Another LLC</c:employer>"));
        refused(
                "SignatureInvalid",
                id -> corruptSignatureValue(peer.sign(notice(id, agreement, now), Signing.BODY_AND_TIMESTAMP)));
        refused(
                "WrongRecipient",
                id -> peer.sign(
                        returnNotice(id, agreement, now, Samples.passportNumber(), false)
                                .replace(
                                        "<x:recipientInstitution>" + Callers.OPERATOR,
                                        "<x:recipientInstitution>NPL-MOHP"),
                        Signing.BODY_AND_TIMESTAMP));
        refused(
                "NoAgreement",
                id -> peer.sign(notice(id, UUID.randomUUID().toString(), now), Signing.BODY_AND_TIMESTAMP));
        refused("AgreementNotInForce", id -> peer.sign(notice(id, draft, now), Signing.BODY_AND_TIMESTAMP));
        refused("AgreementSuspended", id -> peer.sign(notice(id, suspended, now), Signing.BODY_AND_TIMESTAMP));
        refused("AgreementTerminated", id -> peer.sign(notice(id, terminated, now), Signing.BODY_AND_TIMESTAMP));
        refused(
                "CertificateNotRegistered",
                id -> stranger.sign(notice(id, agreement, now), Signing.BODY_AND_TIMESTAMP));
        refused("CertificateRevoked", id -> revoked.sign(notice(id, agreement, now), Signing.BODY_AND_TIMESTAMP));
        refused(
                "CertificateNotYetValid",
                id -> notYetValid.sign(notice(id, agreement, now), Signing.BODY_AND_TIMESTAMP));
        refused(
                "OutOfScope",
                id -> peer.sign(
                        notice(id, agreement, now)
                                .replace(
                                        "<x:dataCategory>IDENTITY</x:dataCategory>",
                                        "<x:dataCategory>HEALTH</x:dataCategory>"),
                        Signing.BODY_AND_TIMESTAMP));
        refused("TimestampOutOfRange", id -> peer.sign(notice(id, agreement, now), Signing.STALE_TIMESTAMP));
        refused(
                "TimestampOutOfRange",
                id -> peer.sign(notice(id, agreement, now.plus(Duration.ofHours(2))), Signing.BODY_AND_TIMESTAMP));
    }

    /**
     * A resend keeps its envelope (made when the message was written) and is signed anew: freshness is the signed
     * WS-Security Timestamp's, and the replay store answers before the clock — so a message retried hours later is
     * taken in, and taken in exactly once.
     */
    @Test
    void aLateResendIsTakenInExactlyOnce() throws Exception {
        String passport = Samples.passportNumber();
        String messageId = UUID.randomUUID().toString();
        String envelope = returnNotice(messageId, agreement, Instant.now().minus(Duration.ofHours(3)), passport, false);

        RegistryApi.Answer first = send(peer.sign(envelope, Signing.BODY_AND_TIMESTAMP));
        RegistryApi.Answer again = send(peer.sign(envelope, Signing.BODY_AND_TIMESTAMP));
        // even a copy of the message whose Timestamp is stale only gets the same receipt: it does nothing again
        RegistryApi.Answer captured = send(peer.sign(envelope, Signing.STALE_TIMESTAMP));

        assertEquals(200, first.status(), first::toString);
        assertEquals("ACCEPTED", element(first.body(), "outcome"));
        for (RegistryApi.Answer resend : List.of(again, captured)) {
            assertEquals(200, resend.status(), resend::toString);
            assertEquals("ALREADY_RECEIVED", element(resend.body(), "outcome"));
            assertEquals(element(first.body(), "receiptId"), element(resend.body(), "receiptId"));
        }
        assertEquals(1, RegistryApi.findByPassport(passport, "NPL").size());
        assertEquals(
                List.of("ACCEPTED", "ALREADY_RECEIVED", "ALREADY_RECEIVED"),
                logged(messageId).stream()
                        .map(e -> e.getString("reason"))
                        .sorted()
                        .toList());
    }

    /**
     * Another registry calls without a bearer token: its signature, by a certificate registered for the sender
     * under the agreement in force, authenticates it, and the message is taken in with the sender as the caller.
     */
    @Test
    void aSignedMessageWithoutATokenIsAuthenticatedByItsSignature() throws Exception {
        String passport = Samples.passportNumber();
        String messageId = UUID.randomUUID().toString();

        RegistryApi.Answer answer = sendWithoutToken(peer.sign(
                returnNotice(messageId, agreement, Instant.now(), passport, false), Signing.BODY_AND_TIMESTAMP));

        assertEquals(200, answer.status(), answer::toString);
        assertEquals("ACCEPTED", element(answer.body(), "outcome"));
        assertEquals(
                PartnerPeer.registryCertificate(),
                PartnerPeer.verifiedSigner(answer.body(), PartnerPeer.registryCertificate()));
        assertEquals(1, RegistryApi.findByPassport(passport, "NPL").size());
        JsonObject logged = logged(messageId).get(0);
        assertEquals("ACCEPTED", logged.getString("decision"));
        assertEquals(PARTNER, logged.getString("callerOrganisation"), logged::toString);
    }

    /**
     * Without a token nothing but a valid signature by a registered certificate gets in, and a signed partner stays
     * inside its agreement: every refusal is named, logged, and writes nothing.
     */
    @Test
    void withoutATokenEveryUnprovenOrOutOfScopeMessageIsRefused() throws Exception {
        Instant now = Instant.now();
        PartnerPeer stranger = PartnerPeer.withNewKey("EC", null, 30);
        String otherAgreement = inForce("Other partner agreement " + UUID.randomUUID());

        refusedWithoutToken("SignatureMissing", id -> peer.sign(notice(id, agreement, now), Signing.UNSIGNED));
        refusedWithoutToken("BodyAltered", id -> peer.sign(notice(id, agreement, now), Signing.BODY_AND_TIMESTAMP)
                .replace("<c:employer>Gulf Build LLC</c:employer>", "<c:employer>Another LLC</c:employer>"));
        refusedWithoutToken(
                "SignatureInvalid",
                id -> corruptSignatureValue(peer.sign(notice(id, agreement, now), Signing.BODY_AND_TIMESTAMP)));
        // a key of its own making: verifies, but is nobody's registered certificate
        refusedWithoutToken(
                "CertificateNotRegistered",
                id -> stranger.sign(notice(id, agreement, now), Signing.BODY_AND_TIMESTAMP));
        // the partner's key is registered under one agreement, not under another it names
        refusedWithoutToken(
                "CertificateNotRegistered",
                id -> peer.sign(notice(id, otherAgreement, now), Signing.BODY_AND_TIMESTAMP));
        refusedWithoutToken(
                "CertificateRevoked", id -> revoked.sign(notice(id, agreement, now), Signing.BODY_AND_TIMESTAMP));
        // a registered key speaking for another institution
        refusedWithoutToken(
                "UnknownSender",
                id -> peer.sign(
                        notice(id, agreement, now)
                                .replace("<x:senderInstitution>" + PARTNER, "<x:senderInstitution>QAT-MOI"),
                        Signing.BODY_AND_TIMESTAMP));
        refusedWithoutToken(
                "OutOfScope",
                id -> peer.sign(
                        notice(id, agreement, now)
                                .replace(
                                        "<x:dataCategory>IDENTITY</x:dataCategory>",
                                        "<x:dataCategory>HEALTH</x:dataCategory>"),
                        Signing.BODY_AND_TIMESTAMP));
        refusedWithoutToken(
                "TimestampOutOfRange", id -> peer.sign(notice(id, agreement, now), Signing.STALE_TIMESTAMP));
    }

    @Test
    void aConsentRevokedNoticeIsRecordedAndAcknowledged() throws Exception {
        String messageId = UUID.randomUUID().toString();
        String envelope = """
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:x="https://schemas.returneeregistry.org/exchange/v1">
                <S:Body>
                <x:ConsentRevoked>
                    <x:envelope>
                        <x:messageId>%s</x:messageId>
                        <x:correlationId>NPL-OUT-0001</x:correlationId>
                        <x:agreementId>%s</x:agreementId>
                        <x:senderInstitution>%s</x:senderInstitution>
                        <x:recipientInstitution>%s</x:recipientInstitution>
                        <x:timestamp>%s</x:timestamp>
                        <x:messageType>CONSENT_REVOKED</x:messageType>
                        <x:purpose>REINTEGRATION_SERVICES</x:purpose>
                        <x:dataCategory>IDENTITY</x:dataCategory>
                    </x:envelope>
                    <x:revocation>
                        <x:consentReference>QAT-CONSENT-77</x:consentReference>
                        <x:revokedAt>%s</x:revokedAt>
                    </x:revocation>
                </x:ConsentRevoked>
                </S:Body>
                </S:Envelope>
                """.formatted(messageId, agreement, PARTNER, Callers.OPERATOR, Instant.now(), Instant.now());

        RegistryApi.Answer answer = send(peer.sign(envelope, Signing.BODY_AND_TIMESTAMP));

        assertEquals(200, answer.status(), answer::toString);
        assertEquals("ACCEPTED", element(answer.body(), "outcome"));
        assertEquals("NPL-OUT-0001", element(answer.body(), "correlationId"));
        PartnerPeer.verifiedSigner(answer.body(), PartnerPeer.registryCertificate());
        JsonObject logged = logged(messageId).get(0);
        assertEquals("CONSENT_REVOKED", logged.getString("messageType"));
        assertEquals("ACCEPTED", logged.getString("decision"));
    }

    @Test
    void aMessageIdReusedForOtherContentIsRefused() throws Exception {
        String messageId = UUID.randomUUID().toString();
        assertEquals(
                200,
                send(peer.sign(notice(messageId, agreement, Instant.now()), Signing.BODY_AND_TIMESTAMP))
                        .status());
        String passport = Samples.passportNumber();

        RegistryApi.Answer answer = send(peer.sign(
                returnNotice(messageId, agreement, Instant.now(), passport, false), Signing.BODY_AND_TIMESTAMP));

        assertFault(answer, "MessageReplayed");
        assertEquals(0, RegistryApi.findByPassport(passport, "NPL").size());
        assertTrue(
                logged(messageId).stream().anyMatch(e -> e.getString("reason").equals("MessageReplayed")));
    }

    @Test
    void aSenderOtherThanTheCallersOrganisationIsRefused() throws Exception {
        String other = "QAT-MOL"
                + UUID.randomUUID().toString().substring(0, 3).toUpperCase().replaceAll("[^A-Z0-9]", "X");
        Callers.registered(other, "PARTNER_INSTITUTION", "QAT", "partner-institution");
        Callers.Caller caller = new Callers.Caller(Callers.clientId(other), other, false, "partner-institution");
        String messageId = UUID.randomUUID().toString();

        RegistryApi.Answer answer = RegistryApi.sendAs(
                caller, soap(peer.sign(notice(messageId, agreement, Instant.now()), Signing.BODY_AND_TIMESTAMP)));

        assertFault(answer, "SenderNotCaller");
        assertEquals("REFUSED", logged(messageId).get(0).getString("decision"));
    }

    @Test
    void anotherRoleThanPartnerInstitutionIsNotAuthorised() {
        String messageId = UUID.randomUUID().toString();

        RegistryApi.Answer answer = RegistryApi.sendAs(
                Callers.registrar(),
                soap(peer.sign(notice(messageId, agreement, Instant.now()), Signing.BODY_AND_TIMESTAMP)));

        assertFault(answer, "NotAuthorized");
    }

    @Test
    void theMessageLogVerifiesAndAuditorsAloneReadIt() throws Exception {
        Instant from = Instant.now().minusSeconds(1);
        String messageId = UUID.randomUUID().toString();
        send(peer.sign(notice(messageId, agreement, Instant.now()), Signing.UNSIGNED));
        send(peer.sign(notice(UUID.randomUUID().toString(), agreement, Instant.now()), Signing.BODY_AND_TIMESTAMP));
        Instant to = Instant.now().plusSeconds(1);

        JsonObject verification = Agreements.send(
                        Callers.auditor(), "GET", RegistryApi.API + "/exchange-messages/verification", null)
                .expect(200)
                .json();
        assertTrue(verification.getBoolean("intact"), verification::toString);
        Agreements.send(Callers.registrar(), "GET", RegistryApi.API + "/exchange-messages?messageId=" + messageId, null)
                .problem(403, "NotAuthorized");

        // the period's bundle, verified offline: the refusal and the acceptance, whole, between signed checkpoints
        JsonObject bundle = Agreements.send(
                        Callers.auditor(),
                        "GET",
                        RegistryApi.API + "/exchange-messages/bundle?from=" + from + "&to=" + to,
                        null)
                .expect(200)
                .json();
        assertEquals("message-log", bundle.getString("log"));
        List<JsonObject> entries = bundle.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertTrue(
                entries.stream()
                        .anyMatch(e ->
                                e.toString().contains(messageId) && e.toString().contains("SignatureMissing")),
                bundle::toString);
        LogBundleIT.Verified intact = LogBundleIT.verifyOffline(bundle, "message-log-period");
        assertEquals(0, intact.exit(), intact::output);
        assertTrue(intact.output().contains("INTACT"), intact::output);
        Agreements.send(
                        Callers.registrar(),
                        "GET",
                        RegistryApi.API + "/exchange-messages/bundle?from=" + from + "&to=" + to,
                        null)
                .problem(403, "NotAuthorized");
    }

    // ---- helpers ----

    private interface Message {
        String signed(String messageId) throws Exception;
    }

    /** Sends a message that must be refused with {@code code}: a log entry says so, and nothing was taken in. */
    private static void refused(String code, Message message) throws Exception {
        String messageId = UUID.randomUUID().toString();
        RegistryApi.Answer answer = send(message.signed(messageId));
        assertFault(answer, code);
        List<JsonObject> entries = logged(messageId);
        assertEquals(1, entries.size(), () -> code + ": " + entries);
        assertEquals("REFUSED", entries.get(0).getString("decision"), code);
        assertEquals(code, entries.get(0).getString("reason"));
        // nothing was written: the same message id, sent correctly now, is taken in as new
        RegistryApi.Answer retry =
                send(peer.sign(notice(messageId, agreement, Instant.now()), Signing.BODY_AND_TIMESTAMP));
        assertEquals(200, retry.status(), () -> code + ": " + retry);
        assertEquals("ACCEPTED", element(retry.body(), "outcome"), code);
    }

    /** As {@link #refused}, sent without a bearer token. */
    private static void refusedWithoutToken(String code, Message message) throws Exception {
        String messageId = UUID.randomUUID().toString();
        RegistryApi.Answer answer = sendWithoutToken(message.signed(messageId));
        assertFault(answer, code);
        // by message id alone: a refused message may name another sender than the partner's
        List<JsonObject> entries = Agreements.send(
                        Callers.auditor(), "GET", RegistryApi.API + "/exchange-messages?messageId=" + messageId, null)
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, entries.size(), () -> code + ": " + entries);
        assertEquals("REFUSED", entries.get(0).getString("decision"), code);
        assertEquals(code, entries.get(0).getString("reason"));
        RegistryApi.Answer retry =
                sendWithoutToken(peer.sign(notice(messageId, agreement, Instant.now()), Signing.BODY_AND_TIMESTAMP));
        assertEquals(200, retry.status(), () -> code + ": " + retry);
        assertEquals("ACCEPTED", element(retry.body(), "outcome"), code);
    }

    private static void assertFault(RegistryApi.Answer answer, String code) {
        assertEquals(500, answer.status(), answer::toString);
        assertTrue(answer.body().matches("(?s).*<faultcode>[A-Za-z0-9]+:Client</faultcode>.*"), answer::toString);
        Matcher m = FAULT_CODE.matcher(answer.body());
        assertTrue(m.find(), answer::toString);
        assertEquals(code, m.group(1), answer::toString);
    }

    private static List<JsonObject> logged(String messageId) {
        return Agreements.send(
                        Callers.auditor(),
                        "GET",
                        RegistryApi.API + "/exchange-messages?sender=" + PARTNER + "&messageId=" + messageId,
                        null)
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
    }

    private static RegistryApi.Answer send(String envelope) {
        return RegistryApi.sendAs(Callers.partnerInstitution(), soap(envelope));
    }

    private static RegistryApi.Answer sendWithoutToken(String envelope) {
        return RegistryApi.sendAnonymously(soap(envelope));
    }

    private static HttpRequest.Builder soap(String envelope) {
        return HttpRequest.newBuilder(RegistryApi.uri(PATH))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8));
    }

    private static String notice(String messageId, String agreementId, Instant timestamp) {
        return returnNotice(messageId, agreementId, timestamp, Samples.passportNumber(), false);
    }

    /** A return notice from the partner, with the X-Road header block when asked. */
    static String returnNotice(
            String messageId, String agreementId, Instant timestamp, String passport, boolean xroad) {
        String headers = xroad ? """
                <xrd:client iden:objectType="SUBSYSTEM"><iden:xRoadInstance>IT</iden:xRoadInstance><iden:memberClass>GOV</iden:memberClass><iden:memberCode>QAT-GOSI</iden:memberCode><iden:subsystemCode>exchange</iden:subsystemCode></xrd:client>
                <xrd:service iden:objectType="SERVICE"><iden:xRoadInstance>IT</iden:xRoadInstance><iden:memberClass>GOV</iden:memberClass><iden:memberCode>NPL-DOFE</iden:memberCode><iden:subsystemCode>registry</iden:subsystemCode><iden:serviceCode>ReturnNotice</iden:serviceCode><iden:serviceVersion>v1</iden:serviceVersion></xrd:service>
                <xrd:id>IT-XROAD-%s</xrd:id>
                <xrd:userId>QA-officer-7</xrd:userId>
                <xrd:issue>case-42</xrd:issue>
                <xrd:protocolVersion>4.0</xrd:protocolVersion>
                """.formatted(messageId) : "";
        return """
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xrd="http://x-road.eu/xsd/xroad.xsd" xmlns:iden="http://x-road.eu/xsd/identifiers" xmlns:x="https://schemas.returneeregistry.org/exchange/v1" xmlns:r="https://schemas.returneeregistry.org/returnee/v1" xmlns:c="https://schemas.returneeregistry.org/common/v1">
                <S:Header>%s</S:Header>
                <S:Body>
                <x:ReturnNotice>
                    <x:envelope>
                        <x:messageId>%s</x:messageId>
                        <x:agreementId>%s</x:agreementId>
                        <x:senderInstitution>%s</x:senderInstitution>
                        <x:recipientInstitution>%s</x:recipientInstitution>
                        <x:timestamp>%s</x:timestamp>
                        <x:messageType>RETURN_NOTICE</x:messageType>
                        <x:purpose>REINTEGRATION_SERVICES</x:purpose>
                        <x:dataCategory>IDENTITY</x:dataCategory>
                    </x:envelope>
                    <x:notice>
                        <x:person>
                            <r:identifier><c:type>PASSPORT</c:type><c:number>%s</c:number><c:issuingCountry>NPL</c:issuingCountry></r:identifier>
                            <r:name><c:givenName>Ram</c:givenName><c:familyName>Thapa</c:familyName></r:name>
                            <r:dateOfBirth>1990-04-12</r:dateOfBirth>
                            <r:sex>1</r:sex>
                            <r:homeDistrict>Kaski</r:homeDistrict>
                        </x:person>
                        <x:employment>
                            <c:destinationCountry>QAT</c:destinationCountry>
                            <c:employer>Gulf Build LLC</c:employer>
                            <c:occupation>71</c:occupation>
                            <c:sector>F</c:sector>
                            <c:channel>REGULAR</c:channel>
                            <c:departureDate>2021-03-01</c:departureDate>
                            <c:endDate>2025-02-28</c:endDate>
                        </x:employment>
                        <x:returnModality>END_OF_CONTRACT</x:returnModality>
                        <x:returnReason>Contract ended; exit through Hamad International Airport</x:returnReason>
                        <x:exitDate>2025-03-05</x:exitDate>
                        <x:portOfEntry>KTM</x:portOfEntry>
                    </x:notice>
                </x:ReturnNotice>
                </S:Body>
                </S:Envelope>
                """.formatted(headers, messageId, agreementId, PARTNER, Callers.OPERATOR, timestamp, passport);
    }

    private static String corruptSignatureValue(String signed) {
        Matcher m = Pattern.compile("(<(?:\\w+:)?SignatureValue[^>]*>)\\s*([A-Za-z0-9+/])")
                .matcher(signed);
        assertTrue(m.find(), signed);
        String replacement = m.group(2).equals("A") ? "B" : "A";
        return signed.substring(0, m.start(2)) + replacement + signed.substring(m.end(2));
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + name + ">([^<]*)</").matcher(xml);
        assertTrue(m.find(), () -> name + " not in " + xml);
        return m.group(1);
    }

    private static String inForce(String title) {
        return Agreements.inForceForInboundNotices(title);
    }

    private static JsonObject attach(String agreementId, PartnerPeer key) {
        return Agreements.attach(agreementId, key.pem());
    }

    private static String fingerprint(PartnerPeer key) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(key.certificate().getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
