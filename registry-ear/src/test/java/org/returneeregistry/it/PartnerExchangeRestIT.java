package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.X509CertUtils;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.PartnerPeer;
import org.returneeregistry.it.support.PartnerReceiver;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * The REST twin of the partner exchange: a partner institution sends the SOAP contract's messages as JSON, signed
 * with a detached JWS (RFC 7515 appendix F) over the exact body bytes by a key registered under an agreement in force;
 * the registry takes them in through the same checks as SOAP, answers a receipt with its own detached JWS (verified
 * here against the registry's certificate), records the X-Road REST headers in the message log, and refuses every
 * unproven, unregistered, out-of-scope, stale or replayed message with the SOAP fault's code as problem+json — logged,
 * and nothing else written.
 */
class PartnerExchangeRestIT extends DeployedRegistry {

    private static final String PATH = RegistryApi.API + "/partner-exchange/messages";
    private static final String SIGNATURE = "X-JWS-Signature";
    private static final String PARTNER = Callers.PARTNER;

    private static String agreement;
    private static Signer peer;
    private static Signer revoked;

    @BeforeAll
    static void anAgreementInForceWithThePartnersCertificates() {
        Callers.partnerInstitution();
        PartnerPeer key = PartnerPeer.withNewKey("RSA", null, 365);
        PartnerPeer revokedKey = PartnerPeer.withNewKey("RSA", null, 365);
        peer = new Signer(key);
        revoked = new Signer(revokedKey);
        agreement = Agreements.inForceForInboundNotices("Partner exchange over REST " + UUID.randomUUID());
        Agreements.attach(agreement, key.pem());
        JsonObject withRevoked = Agreements.attach(agreement, revokedKey.pem());
        String revokedId = withRevoked.getJsonArray("certificates").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("sha256Fingerprint").equalsIgnoreCase(revoked.fingerprint()))
                .findFirst()
                .orElseThrow()
                .getString("certificateId");
        Agreements.post(agreement, "/certificates/" + revokedId + "/revocation", Agreements.reason("Key compromised"))
                .expect(200);
    }

    @Test
    void aSignedReturnNoticeIsTakenInAndAnsweredWithASignedReceipt() throws Exception {
        String passport = Samples.passportNumber();
        String messageId = UUID.randomUUID().toString();
        byte[] body = returnNotice(messageId, agreement, Instant.now(), passport);

        RegistryApi.Answer answer = RegistryApi.sendAs(
                Callers.partnerInstitution(),
                request(body, peer.sign(body, Instant.now()))
                        .header("X-Road-Client", "SUBSYSTEM:IT/GOV/QAT-GOSI/exchange")
                        .header("X-Road-Id", "IT-XROAD-" + messageId)
                        .header("X-Road-UserId", "QA-officer-7")
                        .header("X-Road-Issue", "case-42")
                        .header("X-Road-Represented-Party", "COM/QAT-12345"));

        assertEquals(200, answer.status(), answer::toString);
        assertReceiptSignedByTheRegistry(answer);
        JsonObject receipt = answer.json();
        assertEquals("ACCEPTED", receipt.getString("outcome"));
        assertEquals(messageId, receipt.getString("messageId"));
        assertEquals(agreement, receipt.getString("agreementId"));
        String registryNumber = receipt.getString("registryNumber");
        assertTrue(registryNumber.matches(RegistryApi.REGISTRY_NUMBER), answer::toString);
        assertEquals(
                registryNumber,
                RegistryApi.findByPassport(passport, "NPL").getJsonObject(0).getString("registryNumber"));
        JsonObject logged = logged(messageId).get(0);
        assertEquals("ACCEPTED", logged.getString("decision"));
        assertEquals(agreement, logged.getString("agreementId"));
        assertEquals(peer.fingerprint(), logged.getString("signerFingerprint"));
        assertEquals(sha256(body), logged.getString("bodyHash"));
        assertEquals("REST", logged.getString("transport"), "the log names the transport");
        JsonObject xroad = logged.getJsonObject("xroad");
        assertEquals("SUBSYSTEM:IT/GOV/QAT-GOSI/exchange", xroad.getString("client"));
        assertEquals("IT-XROAD-" + messageId, xroad.getString("id"));
        assertEquals("QA-officer-7", xroad.getString("userId"));
        assertEquals("case-42", xroad.getString("issue"));
        assertEquals("COM/QAT-12345", xroad.getString("representedParty"));
        // the X-Road values are sealed into the hash chain with the entry
        JsonObject verification = Agreements.send(
                        Callers.auditor(), "GET", RegistryApi.API + "/exchange-messages/verification", null)
                .expect(200)
                .json();
        assertTrue(verification.getBoolean("intact"), verification::toString);
    }

    @Test
    void withoutATokenTheSignatureAuthenticatesTheSender() throws Exception {
        String passport = Samples.passportNumber();
        String messageId = UUID.randomUUID().toString();
        byte[] body = returnNotice(messageId, agreement, Instant.now(), passport);

        RegistryApi.Answer answer = RegistryApi.sendAnonymously(request(body, peer.sign(body, Instant.now())));

        assertEquals(200, answer.status(), answer::toString);
        assertReceiptSignedByTheRegistry(answer);
        assertEquals("ACCEPTED", answer.json().getString("outcome"));
        assertEquals(1, RegistryApi.findByPassport(passport, "NPL").size());
        assertEquals(PARTNER, logged(messageId).get(0).getString("callerOrganisation"));
    }

    @Test
    void aResendGetsTheFirstReceiptAndOtherContentUnderTheSameIdIsRefused() throws Exception {
        String passport = Samples.passportNumber();
        String messageId = UUID.randomUUID().toString();
        byte[] body = returnNotice(messageId, agreement, Instant.now().minus(Duration.ofHours(3)), passport);

        RegistryApi.Answer first = send(body, peer.sign(body, Instant.now()));
        RegistryApi.Answer again = send(body, peer.sign(body, Instant.now()));
        // a captured copy signed long ago gets nothing but the same receipt
        RegistryApi.Answer captured = send(body, peer.sign(body, Instant.now().minus(Duration.ofHours(1))));
        byte[] other = returnNotice(messageId, agreement, Instant.now(), Samples.passportNumber());
        RegistryApi.Answer replayed = send(other, peer.sign(other, Instant.now()));

        assertEquals(200, first.status(), first::toString);
        for (RegistryApi.Answer resend : List.of(again, captured)) {
            assertEquals(200, resend.status(), resend::toString);
            assertReceiptSignedByTheRegistry(resend);
            assertEquals("ALREADY_RECEIVED", resend.json().getString("outcome"));
            assertEquals(first.json().getString("receiptId"), resend.json().getString("receiptId"));
        }
        replayed.problem(409, "MessageReplayed");
        assertEquals(1, RegistryApi.findByPassport(passport, "NPL").size());
        assertEquals(
                List.of("ACCEPTED", "ALREADY_RECEIVED", "ALREADY_RECEIVED", "MessageReplayed"),
                logged(messageId).stream()
                        .map(e -> e.getString("reason"))
                        .sorted()
                        .toList());
    }

    @Test
    void everyRefusalHasTheSoapCodeALogEntryAndWritesNothing() throws Exception {
        Instant now = Instant.now();
        String suspended = Agreements.inForceForInboundNotices("Suspended " + UUID.randomUUID());
        Agreements.post(suspended, "/suspension", Agreements.reason("Dispute")).expect(200);
        Signer stranger = new Signer(PartnerPeer.withNewKey("RSA", null, 30));

        refused(400, "SignatureMissing", id -> signed(notice(id, agreement, now), null));
        refused(400, "SignatureInvalid", id -> {
            byte[] body = notice(id, agreement, now);
            String signature = peer.sign(body, Instant.now());
            return signed(replace(body, "Gulf Build LLC", "Another LLC"), signature);
        });
        refused(400, "SignatureInvalid", id -> {
            // the protected header made fresh again after signing: the signature no longer covers it
            byte[] body = notice(id, agreement, now);
            String[] parts =
                    peer.sign(body, Instant.now().minus(Duration.ofHours(1))).split("\\.");
            JsonObject header = Json.createReader(
                            new StringReader(Base64URL.from(parts[0]).decodeToString()))
                    .readObject();
            String fresh = Json.createObjectBuilder(header)
                    .add("iat", Instant.now().getEpochSecond())
                    .build()
                    .toString();
            return signed(body, Base64URL.encode(fresh) + ".." + parts[2]);
        });
        refused(400, "SignatureInvalid", id -> signed(notice(id, agreement, now), "not-a-jws"));
        refused(400, "TimestampMissing", id -> {
            byte[] body = notice(id, agreement, now);
            return signed(body, peer.sign(body, null));
        });
        refused(403, "CertificateNotRegistered", id -> {
            byte[] body = notice(id, agreement, now);
            return signed(body, stranger.sign(body, Instant.now()));
        });
        refused(403, "CertificateRevoked", id -> {
            byte[] body = notice(id, agreement, now);
            return signed(body, revoked.sign(body, Instant.now()));
        });
        refusedAnyLog(403, "UnknownSender", id -> {
            byte[] body = replace(notice(id, agreement, now), "\"" + PARTNER + "\"", "\"QAT-MOI\"");
            return signed(body, peer.sign(body, Instant.now()));
        });
        refused(403, "NoAgreement", id -> {
            byte[] body = notice(id, UUID.randomUUID().toString(), now);
            return signed(body, peer.sign(body, Instant.now()));
        });
        refused(403, "AgreementSuspended", id -> {
            byte[] body = notice(id, suspended, now);
            return signed(body, peer.sign(body, Instant.now()));
        });
        refused(403, "OutOfScope", id -> {
            byte[] body = replace(notice(id, agreement, now), "\"IDENTITY\"", "\"HEALTH\"");
            return signed(body, peer.sign(body, Instant.now()));
        });
        refused(422, "WrongRecipient", id -> {
            byte[] body = replace(notice(id, agreement, now), "\"" + Callers.OPERATOR + "\"", "\"NPL-MOHP\"");
            return signed(body, peer.sign(body, Instant.now()));
        });
        refused(422, "TimestampOutOfRange", id -> {
            byte[] body = notice(id, agreement, now);
            return signed(body, peer.sign(body, Instant.now().minus(Duration.ofHours(1))));
        });
    }

    @Test
    void xRoadHeadersThatAreTooLongOrCarryControlCharactersAreRefused() throws Exception {
        for (Map.Entry<String, String> bad : List.of(
                Map.entry("X-Road-Id", "x".repeat(201)),
                // HTTP carries no other control character in a header value than the tab
                Map.entry("X-Road-Client", "SUBSYSTEM:IT/GOV/\tQAT-GOSI"),
                Map.entry("X-Road-UserId", "officer\t7"))) {
            String messageId = UUID.randomUUID().toString();
            byte[] body = notice(messageId, agreement, Instant.now());
            RegistryApi.Answer answer = RegistryApi.sendAs(
                    Callers.partnerInstitution(),
                    request(body, peer.sign(body, Instant.now())).header(bad.getKey(), bad.getValue()));
            JsonObject problem = answer.problem(400, "ValidationFailed");
            assertTrue(problem.toString().contains(bad.getKey()), problem::toString);
            List<JsonObject> entries = logged(messageId);
            assertEquals(1, entries.size(), entries::toString);
            assertEquals("ValidationFailed", entries.get(0).getString("reason"));
            // the refused values are not recorded
            JsonObject xroad = entries.get(0).getJsonObject("xroad");
            assertTrue(
                    xroad == null
                            || xroad.values().stream().allMatch(v -> v.getValueType() == JsonValue.ValueType.NULL),
                    entries::toString);
            assertEquals(200, send(body, peer.sign(body, Instant.now())).status(), bad::getKey);
        }
    }

    @Test
    void aMessageWithoutItsContentOrUnreadableIsMalformed() throws Exception {
        byte[] body = replace(
                notice(UUID.randomUUID().toString(), agreement, Instant.now()), "\"notice\"", "\"somethingElse\"");
        send(body, peer.sign(body, Instant.now())).problem(400, "MalformedRequest");
        byte[] broken = "{\"envelope\": ".getBytes(StandardCharsets.UTF_8);
        send(broken, peer.sign(broken, Instant.now())).problem(400, "MalformedRequest");
    }

    @Test
    void anotherRoleThanPartnerInstitutionIsNotAuthorised() throws Exception {
        byte[] body = notice(UUID.randomUUID().toString(), agreement, Instant.now());

        RegistryApi.sendAs(Callers.registrar(), request(body, peer.sign(body, Instant.now())))
                .problem(403, "NotAuthorized");
    }

    /**
     * An employment record request over the REST twin lands on the officers' worklist; an answer FOUND from a
     * returnee who holds none of the identifiers asked about is refused before the decision point is asked (no PERMIT
     * on the decision log for a disclosure never made), and the answer sent names the request: the message log's
     * entry of the answer carries its correlationId.
     */
    @Test
    void anEmploymentRecordRequestIsAnsweredAndTheAnswerNamesTheRequest() throws Exception {
        JsonObject registration = Agreements.registration("Employment records over REST " + UUID.randomUUID())
                .add(
                        "scope",
                        Json.createArrayBuilder()
                                .add(Agreements.row(
                                        "INBOUND",
                                        "EMPLOYMENT_RECORD_REQUEST",
                                        "IDENTITY",
                                        "SOCIAL_SECURITY_CLAIM",
                                        "AGREEMENT"))
                                .add(Agreements.row(
                                        "OUTBOUND",
                                        "EMPLOYMENT_RECORD_RESPONSE",
                                        "MIGRATION_HISTORY",
                                        "SOCIAL_SECURITY_CLAIM",
                                        "AGREEMENT")))
                .build();
        String records = Agreements.send(
                        Callers.registryAdmin(), "POST", RegistryApi.API + "/agreements", registration.toString())
                .expect(201)
                .json()
                .getString("agreementId");
        Agreements.post(records, "/entry-into-force", Agreements.reason("Ratified"))
                .expect(200);
        Agreements.attach(records, peer.peer.pem());
        String passport = Samples.passportNumber();
        String asked = RegistryApi.register(Samples.registration(passport)).getString("registryNumber");
        String other = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        String messageId = UUID.randomUUID().toString();
        byte[] body = """
                {"envelope": {"messageId": "%s", "agreementId": "%s", "senderInstitution": "%s",
                  "recipientInstitution": "%s", "timestamp": "%s", "messageType": "EMPLOYMENT_RECORD_REQUEST",
                  "purpose": "SOCIAL_SECURITY_CLAIM", "dataCategories": ["IDENTITY"]},
                 "query": {"identifiers": [{"type": "PASSPORT", "number": "%s", "issuingCountry": "%s"}],
                  "periodFrom": "2019-01-01"}}
                """.formatted(
                        messageId, records, PARTNER, Callers.OPERATOR, Instant.now(), passport, Samples.COUNTRY)
                .getBytes(StandardCharsets.UTF_8);
        try (PartnerReceiver partner = PartnerReceiver.start(peer.peer, PARTNER, PartnerReceiver.Receipts.SIGNED)) {
            Agreements.send(
                            Callers.registryAdmin(),
                            "PUT",
                            RegistryApi.API + "/agreements/" + records + "/endpoints/" + PARTNER + "/SOAP",
                            Json.createObjectBuilder()
                                    .add("url", partner.url())
                                    .add("reason", "Partner's exchange endpoint")
                                    .build()
                                    .toString())
                    .expect(200);
            RegistryApi.Answer received = RegistryApi.sendAnonymously(request(body, peer.sign(body, Instant.now())));
            assertEquals(200, received.status(), received::toString);

            String requestId = Agreements.send(
                            Callers.registrar(),
                            "GET",
                            RegistryApi.API
                                    + "/partner-messages/employment-record-requests?direction=INBOUND&messageId="
                                    + messageId,
                            null)
                    .expect(200)
                    .array()
                    .getJsonObject(0)
                    .getString("id");
            String answerPath =
                    RegistryApi.API + "/partner-messages/employment-record-requests/" + requestId + "/answer";
            Agreements.send(
                            Callers.registrar(),
                            "POST",
                            answerPath,
                            found(other).toString())
                    .problem(400, "ValidationFailed");
            assertEquals(
                    0,
                    RegistryApi.decisions(other, "&organisation=" + PARTNER)
                            .getJsonArray("items")
                            .size(),
                    "no decision is logged for a returnee the answer is not given from");

            String answerId = Agreements.send(
                            Callers.registrar(),
                            "POST",
                            answerPath,
                            found(asked).toString())
                    .expect(202)
                    .json()
                    .getString("messageId");
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> partner.received().stream()
                    .anyMatch(r -> answerId.equals(r.messageId())));
            JsonObject sent = org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(
                            () -> Agreements.send(
                                            Callers.auditor(),
                                            "GET",
                                            RegistryApi.API + "/exchange-messages?messageId=" + answerId,
                                            null)
                                    .expect(200)
                                    .array()
                                    .getValuesAs(JsonObject.class)
                                    .stream()
                                    .filter(e -> "SENT".equals(e.getString("decision")))
                                    .findFirst()
                                    .orElse(null),
                            java.util.Objects::nonNull);
            assertEquals("EMPLOYMENT_RECORD_RESPONSE", sent.getString("messageType"), sent::toString);
            assertEquals(messageId, sent.getString("correlationId", null), sent::toString);
        }
    }

    private static JsonObject found(String registryNumber) {
        return Json.createObjectBuilder()
                .add("outcome", "FOUND")
                .add("registryNumber", registryNumber)
                .add(
                        "records",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("employer", "Gulf Build LLC")
                                        .add("from", "2021-03-01")
                                        .add("to", "2025-02-28")
                                        .add("contributionMonths", 47)))
                .build();
    }

    // ---- helpers ----

    private record Signed(byte[] body, String signature) {}

    private interface Message {
        Signed make(String messageId) throws Exception;
    }

    /** Sends a message that must be refused with {@code code}; one log entry says so, nothing was taken in. */
    private static void refused(int status, String code, Message message) throws Exception {
        refused(status, code, message, false);
    }

    /** As {@link #refused}, for a refused message naming another sender than the partner (found by id alone). */
    private static void refusedAnyLog(int status, String code, Message message) throws Exception {
        refused(status, code, message, true);
    }

    private static void refused(int status, String code, Message message, boolean anySender) throws Exception {
        String messageId = UUID.randomUUID().toString();
        Signed signed = message.make(messageId);
        RegistryApi.sendAnonymously(request(signed.body(), signed.signature())).problem(status, code);
        List<JsonObject> entries = anySender
                ? Agreements.send(
                                Callers.auditor(),
                                "GET",
                                RegistryApi.API + "/exchange-messages?messageId=" + messageId,
                                null)
                        .expect(200)
                        .array()
                        .getValuesAs(JsonObject.class)
                : logged(messageId);
        assertEquals(1, entries.size(), () -> code + ": " + entries);
        assertEquals("REFUSED", entries.get(0).getString("decision"), code);
        assertEquals(code, entries.get(0).getString("reason"));
        // nothing was written: the same message id, sent correctly now, is taken in as new
        byte[] body = notice(messageId, agreement, Instant.now());
        RegistryApi.Answer retry = send(body, peer.sign(body, Instant.now()));
        assertEquals(200, retry.status(), () -> code + ": " + retry);
        assertEquals("ACCEPTED", retry.json().getString("outcome"), code);
    }

    private static Signed signed(byte[] body, String signature) {
        return new Signed(body, signature);
    }

    private static void assertReceiptSignedByTheRegistry(RegistryApi.Answer answer) throws Exception {
        String signature = answer.header(SIGNATURE).orElseThrow(() -> new AssertionError("no " + SIGNATURE));
        JWSObject jws = JWSObject.parse(signature, new Payload(answer.body().getBytes(StandardCharsets.UTF_8)));
        List<Base64> chain = jws.getHeader().getX509CertChain();
        assertNotNull(chain, signature);
        assertEquals(
                PartnerPeer.registryCertificate(),
                X509CertUtils.parse(chain.get(0).decode()));
        assertTrue(
                jws.verify(new RSASSAVerifier(
                        (RSAPublicKey) PartnerPeer.registryCertificate().getPublicKey())),
                "the receipt's signature verifies with the registry's certificate");
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

    private static RegistryApi.Answer send(byte[] body, String signature) {
        return RegistryApi.sendAs(Callers.partnerInstitution(), request(body, signature));
    }

    private static HttpRequest.Builder request(byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(RegistryApi.uri(PATH))
                .header("Content-Type", RegistryApi.JSON)
                .header("Accept", RegistryApi.JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return signature == null ? request : request.header(SIGNATURE, signature);
    }

    private static byte[] replace(byte[] body, String from, String to) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> from + " not in " + text);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] notice(String messageId, String agreementId, Instant timestamp) {
        return returnNotice(messageId, agreementId, timestamp, Samples.passportNumber());
    }

    static byte[] returnNotice(String messageId, String agreementId, Instant timestamp, String passport) {
        return """
                {"envelope": {"messageId": "%s", "agreementId": "%s", "senderInstitution": "%s",
                  "recipientInstitution": "%s", "timestamp": "%s", "messageType": "RETURN_NOTICE",
                  "purpose": "REINTEGRATION_SERVICES", "dataCategories": ["IDENTITY"]},
                 "notice": {
                  "person": {"identifiers": [{"type": "PASSPORT", "number": "%s", "issuingCountry": "NPL"}],
                    "name": {"givenName": "Ram", "familyName": "Thapa"}, "dateOfBirth": "1990-04-12", "sex": "1",
                    "homeDistrict": "Kaski"},
                  "employment": {"destinationCountry": "QAT", "employer": "Gulf Build LLC", "occupation": "71",
                    "sector": "F", "channel": "REGULAR", "departureDate": "2021-03-01", "endDate": "2025-02-28"},
                  "returnModality": "END_OF_CONTRACT", "returnReason": "Contract ended", "exitDate": "2025-03-05",
                  "portOfEntry": "KTM"}}
                """.formatted(messageId, agreementId, PARTNER, Callers.OPERATOR, timestamp, passport)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] body) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
    }

    /** A partner's key signing detached JWS (RS256, x5c, iat) with Nimbus, as an integrator would. */
    private static final class Signer {

        private final PartnerPeer peer;
        private final PrivateKey key;

        Signer(PartnerPeer peer) {
            this.peer = peer;
            try (InputStream in = Files.newInputStream(peer.keyStoreFile())) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, PartnerPeer.PASSWORD.toCharArray());
                String alias = store.aliases().nextElement();
                this.key = (PrivateKey) store.getKey(alias, PartnerPeer.PASSWORD.toCharArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** The detached JWS over {@code body}; without {@code iat} when {@code signedAt} is null. */
        String sign(byte[] body, Instant signedAt) throws Exception {
            JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .type(new JOSEObjectType("partner-exchange+jws"))
                    .x509CertChain(List.of(Base64.encode(peer.certificate().getEncoded())));
            if (signedAt != null) {
                header.customParam("iat", signedAt.getEpochSecond());
            }
            JWSObject jws = new JWSObject(header.build(), new Payload(body));
            jws.sign(new RSASSASigner(key));
            return jws.serialize(true);
        }

        String fingerprint() {
            try {
                return sha256(peer.certificate().getEncoded());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
