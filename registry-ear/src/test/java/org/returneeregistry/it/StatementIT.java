package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.Outboxes.awaitMessage;
import static org.returneeregistry.it.support.Outboxes.hasStatus;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.PartnerPeer;
import org.returneeregistry.it.support.PartnerPeer.Signing;
import org.returneeregistry.it.support.PartnerReceiver;
import org.returneeregistry.it.support.PartnerReceiver.Receipts;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.schemas.socialsecurity.v1.PeriodStatement;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.schemas.wsdl.v1.SocialSecurityPort;

/**
 * The signed statement of periods abroad through the deployed registry: a claim gets the partner institution's
 * certified periods over the signed exchange; a registrar issues the statement (idempotent on its key); its signed
 * JSON and signed PDF are read back and verified offline by the verifier jar, in a process of its own, against the
 * statement keys saved from the public endpoint — and fail when one digit of the JSON payload or one byte of the
 * PDF's signed range is altered. The public verification behind the QR code answers valid or not and nothing
 * personal. Bad input and callers who may not issue are refused with their codes, nothing written.
 */
class StatementIT extends DeployedRegistry {

    private static final String CLAIMS = API + "/social-security/claims";
    private static final String PARTNER = Callers.PARTNER;
    private static final String PURPOSE = "SOCIAL_SECURITY_CLAIM";
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final Path WORK = Path.of("target", "statement-it");
    /** A valid registry number far above any the tests register. */
    private static final String UNKNOWN_RETURNEE = "RR-9999-9901-3";

    private static PartnerPeer peer;
    private static PartnerReceiver partner;
    private static String agreement;

    @BeforeAll
    static void anAgreementWithASectionAndThePartnersEndpoint() throws Exception {
        Callers.partnerInstitution();
        peer = PartnerPeer.withNewKey("EC", null, 365);
        JsonObject body = Agreements.registration("Statements " + UUID.randomUUID())
                .add("type", "SOCIAL_SECURITY")
                .add(
                        "scope",
                        Json.createArrayBuilder()
                                .add(Agreements.row(
                                        "OUTBOUND", "INSURANCE_PERIOD_REQUEST", "IDENTITY", PURPOSE, "AGREEMENT"))
                                .add(Agreements.row(
                                        "INBOUND", "INSURANCE_PERIOD_ANSWER", "SOCIAL_SECURITY", PURPOSE, "AGREEMENT")))
                .build();
        agreement = Agreements.send(Callers.registryAdmin(), "POST", API + "/agreements", body.toString())
                .expect(201)
                .json()
                .getString("agreementId");
        Agreements.post(agreement, "/entry-into-force", Agreements.reason("Ratified"))
                .expect(200);
        Agreements.attach(agreement, peer.pem());
        SocialSecurityIT.section(
                        agreement,
                        "PUT",
                        Json.createObjectBuilder()
                                .add("document", SocialSecurityIT.stateA())
                                .add("reason", "Protocol rules")
                                .build())
                .expect(200);
        partner = PartnerReceiver.start(peer, PARTNER, Receipts.SIGNED);
        Agreements.send(
                        Callers.registryAdmin(),
                        "PUT",
                        API + "/agreements/" + agreement + "/endpoints/" + PARTNER + "/SOAP",
                        Json.createObjectBuilder()
                                .add("url", partner.url())
                                .add("reason", "Partner's exchange endpoint")
                                .build()
                                .toString())
                .expect(200);
    }

    @AfterAll
    static void stopThePartner() {
        if (partner != null) {
            partner.close();
        }
    }

    private static String newReturnee() {
        return RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
    }

    private static RegistryApi.Answer act(String path, JsonObject body) {
        return Agreements.send(
                Callers.socialSecurityOfficer(),
                "POST",
                path,
                (body == null ? Json.createObjectBuilder().build() : body).toString());
    }

    /** A returnee with a claim holding the partner's certified answer; answers the registry number and message id. */
    private static String[] returneeWithCertifiedPeriods() {
        String rn = newReturnee();
        String claimId = act(
                        CLAIMS,
                        Json.createObjectBuilder()
                                .add("registryNumber", rn)
                                .add("benefit", "OLD_AGE")
                                .add("agreementId", agreement)
                                .add("partnerInstitution", PARTNER)
                                .add("claimantKind", "RETURNEE")
                                .build())
                .expect(201)
                .json()
                .getString("claimId");
        act(CLAIMS + "/" + claimId + "/submission", null).expect(200);
        String requestId = act(CLAIMS + "/" + claimId + "/period-requests", null)
                .expect(200)
                .json()
                .getString("requestMessageId");
        awaitMessage(PARTNER, requestId, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
        String answerId = UUID.randomUUID().toString();
        RegistryApi.Answer receipt = RegistryApi.sendAs(
                Callers.partnerInstitution(),
                HttpRequest.newBuilder(RegistryApi.uri("/soap/PartnerExchangeService"))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                peer.sign(answer(answerId, requestId, claimId), Signing.BODY_AND_TIMESTAMP),
                                StandardCharsets.UTF_8)));
        assertEquals(200, receipt.status(), receipt::toString);
        assertTrue(receipt.body().contains("ACCEPTED"), receipt::toString);
        return new String[] {rn, answerId};
    }

    private static String answer(String messageId, String correlationId, String claimId) {
        return """
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:x="https://schemas.returneeregistry.org/exchange/v1">
                <S:Header/>
                <S:Body>
                <x:InsurancePeriodAnswer>
                    <x:envelope>
                        <x:messageId>%s</x:messageId>
                        <x:correlationId>%s</x:correlationId>
                        <x:agreementId>%s</x:agreementId>
                        <x:senderInstitution>%s</x:senderInstitution>
                        <x:recipientInstitution>%s</x:recipientInstitution>
                        <x:timestamp>%s</x:timestamp>
                        <x:messageType>INSURANCE_PERIOD_ANSWER</x:messageType>
                        <x:purpose>SOCIAL_SECURITY_CLAIM</x:purpose>
                        <x:dataCategory>SOCIAL_SECURITY</x:dataCategory>
                    </x:envelope>
                    <x:answer>
                        <x:claimId>%s</x:claimId>
                        <x:country>QAT</x:country>
                        <x:period>
                            <x:reference>GOSI-7781</x:reference>
                            <x:institution>QAT-GOSI</x:institution>
                            <x:from>2009-01-01</x:from>
                            <x:to>2021-12-31</x:to>
                            <x:periodType>COMPULSORY_EMPLOYED</x:periodType>
                        </x:period>
                    </x:answer>
                </x:InsurancePeriodAnswer>
                </S:Body>
                </S:Envelope>
                """.formatted(messageId, correlationId, agreement, PARTNER, Callers.OPERATOR, Instant.now(), claimId);
    }

    private static RegistryApi.Answer issue(Caller caller, String rn, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + rn + "/statements"))
                .header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return RegistryApi.sendAs(caller, request);
    }

    private static HttpResponse<byte[]> read(Caller caller, String location, String accept) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(java.net.URI.create(location)).header("Accept", accept);
        if (caller != null) {
            request.header("Authorization", caller.bearer());
        }
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** What the offline command printed and its exit code. */
    record Verified(int exit, String output) {}

    /** {@code java -jar registry-log-verify.jar statement FILE --keys KEYS}, in a process of its own. */
    static Verified verifyOffline(byte[] statement, String name, Path keys) throws Exception {
        Files.createDirectories(WORK);
        Path file = WORK.resolve(name);
        Files.write(file, statement);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-jar",
                        System.getProperty("registry.it.verifierJar"),
                        "statement",
                        file.toString(),
                        "--keys",
                        keys.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the verifier did not end");
        return new Verified(process.exitValue(), output);
    }

    @Test
    void aStatementOfCertifiedPeriodsVerifiesOfflineInBothFormsAndFailsWhenAltered() throws Exception {
        String[] certified = returneeWithCertifiedPeriods();
        String rn = certified[0];
        String key = UUID.randomUUID().toString();
        RegistryApi.Answer created = issue(Callers.registrar(), rn, key).expect(201);
        JsonObject statement = created.json();
        String statementId = statement.getString("statementId");
        String location = created.header("Location").orElseThrow();
        assertTrue(location.endsWith("/returnees/" + rn + "/statements/" + statementId), location);
        assertEquals(1, statement.getInt("periodCount"));
        assertEquals(Callers.OPERATOR, statement.getString("issuer"));
        // the same key answers the same statement; the same key for another returnee is refused
        assertEquals(
                statementId,
                issue(Callers.registrar(), rn, key).expect(200).json().getString("statementId"));
        issue(Callers.registrar(), newReturnee(), key).problem(422, "IdempotencyKeyReused");

        // the public keys, saved once: the verifier works from this copy, the registry not asked again
        RegistryApi.Answer published = RegistryApi.getAnonymously(API + "/statement-keys", "application/jwk-set+json");
        assertEquals(200, published.status(), published::toString);
        assertFalse(published.body().contains("\"d\""), "no private part is published");
        Files.createDirectories(WORK);
        Path keys = WORK.resolve("statement-keys.json");
        Files.writeString(keys, published.body(), StandardCharsets.UTF_8);
        RegistryApi.Answer pem =
                RegistryApi.getAnonymously(API + "/statement-keys/certificates", "application/pem-certificate-chain");
        assertTrue(pem.body().contains("-----BEGIN CERTIFICATE-----"), pem::toString);

        // the signed JSON: the periods as the partner certified them, with the answering message
        HttpResponse<byte[]> jose = read(Callers.registrar(), location, "application/jose+json");
        assertEquals(200, jose.statusCode(), () -> new String(jose.body(), StandardCharsets.UTF_8));
        JsonObject flattened = Json.createReader(new StringReader(new String(jose.body(), StandardCharsets.UTF_8)))
                .readObject();
        JsonObject payload = Json.createReader(new StringReader(new String(
                        Base64.getUrlDecoder().decode(flattened.getString("payload")), StandardCharsets.UTF_8)))
                .readObject();
        assertEquals(statementId, payload.getString("statementId"));
        assertEquals(rn, payload.getString("registryNumber"));
        assertEquals(statement.getString("keyId"), payload.getString("kid"));
        JsonObject period = payload.getJsonArray("periods").getJsonObject(0);
        assertEquals("QAT", period.getString("country"));
        assertEquals("QAT-GOSI", period.getString("institution"));
        assertEquals("2009-01-01", period.getString("from"));
        assertEquals("2021-12-31", period.getString("to"));
        assertEquals(4748, period.getInt("days"));
        assertEquals(certified[1], period.getString("messageId"));

        Verified json = verifyOffline(jose.body(), "statement.json", keys);
        assertEquals(0, json.exit(), json.output());
        assertTrue(json.output().contains("Statement " + statementId), json.output());
        String alteredPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.toString()
                        .replace("\"days\":4748", "\"days\":4749")
                        .getBytes(StandardCharsets.UTF_8));
        byte[] alteredJson = Json.createObjectBuilder(flattened)
                .add("payload", alteredPayload)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        Verified brokenJson = verifyOffline(alteredJson, "statement-altered.json", keys);
        assertEquals(1, brokenJson.exit(), brokenJson.output());
        assertTrue(brokenJson.output().contains("INVALID"), brokenJson.output());

        // the signed PDF: the same statement, its signature over the whole file
        HttpResponse<byte[]> pdf = read(Callers.registrar(), location, "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(pdf.body(), 4));
        Verified signedPdf = verifyOffline(pdf.body(), "statement.pdf", keys);
        assertEquals(0, signedPdf.exit(), signedPdf.output());
        byte[] alteredPdf = pdf.body().clone();
        int at = new String(alteredPdf, StandardCharsets.ISO_8859_1).indexOf("/Title") + 8;
        assertTrue(at > 8);
        alteredPdf[at] ^= 0x01;
        Verified brokenPdf = verifyOffline(alteredPdf, "statement-altered.pdf", keys);
        assertEquals(1, brokenPdf.exit(), brokenPdf.output());

        // the verification behind the QR code: anyone, nothing personal
        String digest = statement.getString("digest");
        assertTrue(statement.getString("verificationUrl").endsWith(statementId + "?digest=" + digest));
        RegistryApi.Answer valid =
                RegistryApi.getAnonymously(API + "/statement-verifications/" + statementId + "?digest=" + digest, JSON);
        assertEquals(200, valid.status(), valid::toString);
        JsonObject answer = valid.json();
        assertTrue(answer.getBoolean("valid"), valid::toString);
        assertEquals(LocalDate.now(java.time.ZoneOffset.UTC).toString(), answer.getString("issuedOn"));
        assertFalse(valid.body().contains(rn), valid::toString);
        assertFalse(valid.body().contains("QAT"), valid::toString);
        String otherDigest = digest.substring(0, 63) + (digest.endsWith("0") ? "1" : "0");
        assertFalse(RegistryApi.getAnonymously(
                        API + "/statement-verifications/" + statementId + "?digest=" + otherDigest, JSON)
                .json()
                .getBoolean("valid"));

        // each issue and read was decided and logged as a read of the returnee's data
        List<JsonObject> decisions =
                RegistryApi.decisions(rn, "").getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(
                decisions.stream()
                        .anyMatch(d -> "PERMIT".equals(d.getString("outcome"))
                                && PURPOSE.equals(d.getString("purpose", null))),
                decisions::toString);
    }

    @Test
    void theSoapOperationAnswersBothSignedFormsAndRefusesWithItsCodes() throws Exception {
        String rn = returneeWithCertifiedPeriods()[0];
        SocialSecurityPort port = RegistryApi.socialSecurityPort(Callers.registrar());
        String key = UUID.randomUUID().toString();
        PeriodStatement statement = port.issuePeriodStatement(rn, key);
        assertEquals(rn, statement.getRegistryNumber());
        assertEquals(1, statement.getPeriodCount());
        assertEquals(
                statement.getStatementId(), port.issuePeriodStatement(rn, key).getStatementId());
        Files.createDirectories(WORK);
        Path keys = WORK.resolve("statement-keys-soap.json");
        Files.writeString(
                keys, RegistryApi.getAnonymously(API + "/statement-keys", JSON).body(), StandardCharsets.UTF_8);
        Verified pdf = verifyOffline(statement.getSignedPdf(), "soap-statement.pdf", keys);
        assertEquals(0, pdf.exit(), pdf.output());
        Verified json =
                verifyOffline(statement.getSignedJson().getBytes(StandardCharsets.UTF_8), "soap-statement.json", keys);
        assertEquals(0, json.exit(), json.output());

        RegistryFault none = assertThrows(RegistryFault.class, () -> port.issuePeriodStatement(newReturnee(), null));
        assertEquals("NoCertifiedPeriods", none.getFaultInfo().getCode());
        RegistryFault unknown =
                assertThrows(RegistryFault.class, () -> port.issuePeriodStatement(UNKNOWN_RETURNEE, null));
        assertEquals("NotFound", unknown.getFaultInfo().getCode());
        RegistryFault partnerRefused =
                assertThrows(RegistryFault.class, () -> RegistryApi.socialSecurityPort(Callers.partnerInstitution())
                        .issuePeriodStatement(rn, null));
        assertEquals("NotAuthorized", partnerRefused.getFaultInfo().getCode());
    }

    @Test
    void badInputAndCallersWhoMayNotIssueAreRefusedWithNothingWritten() throws Exception {
        issue(Callers.registrar(), "RR-12", null).problem(400, "ValidationFailed");
        issue(Callers.registrar(), UNKNOWN_RETURNEE, null).problem(404, "NotFound");
        issue(Callers.registrar(), newReturnee(), UUID.randomUUID() + " bad").problem(400, "ValidationFailed");

        // no certified period: refused, and nothing recorded under the key (it then serves another returnee)
        String key = UUID.randomUUID().toString();
        issue(Callers.registrar(), newReturnee(), key).problem(422, "NoCertifiedPeriods");
        String rn = returneeWithCertifiedPeriods()[0];
        String statementId =
                issue(Callers.registrar(), rn, key).expect(201).json().getString("statementId");

        // a partner institution, a ministry and an auditor may not issue or read statements
        issue(Callers.partnerInstitution(), rn, null).problem(403, "NotAuthorized");
        issue(Callers.ministrySystem(), rn, null).problem(403, "NotAuthorized");
        issue(Callers.auditor(), rn, null).problem(403, "NotAuthorized");
        HttpResponse<byte[]> partnerRead = read(
                Callers.partnerInstitution(),
                RegistryApi.uri(API + "/returnees/" + rn + "/statements/" + statementId)
                        .toString(),
                JSON);
        assertEquals(403, partnerRead.statusCode());
        // the operator's social security officer reads the returnee's data by consent or a legal basis: without
        // either the read is refused, and the refusal is in the decision log
        issue(Callers.socialSecurityOfficer(), rn, null).expect(403);
        assertTrue(
                RegistryApi.decisions(rn, "&outcome=DENY").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(d -> Callers.OPERATOR.equals(d.getString("organisation", null))),
                () -> RegistryApi.decisions(rn, "&outcome=DENY").toString());
        // a statement of another returnee, or no statement: not found
        RegistryApi.Answer other = Agreements.send(
                Callers.registrar(), "GET", API + "/returnees/" + newReturnee() + "/statements/" + statementId, null);
        other.problem(404, "NotFound");
        Agreements.send(Callers.registrar(), "GET", API + "/returnees/" + rn + "/statements/" + UUID.randomUUID(), null)
                .problem(404, "NotFound");
        // the public verification of an unknown statement: simply not valid
        RegistryApi.Answer unknown =
                RegistryApi.getAnonymously(API + "/statement-verifications/" + UUID.randomUUID() + "?digest=x", JSON);
        assertEquals(200, unknown.status(), unknown::toString);
        assertFalse(unknown.json().getBoolean("valid"));
    }
}
