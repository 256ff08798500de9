package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.Agreements.reason;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.testsupport.TestCertificates;

/**
 * The agreement registry over REST on the deployed registry: the lifecycle with who, when and why; amendments
 * as versions that leave the earlier terms readable; certificate rotation and revocation; endpoints; who may
 * do what; and every bad input refused with its specific code, nothing written.
 */
class AgreementsIT extends DeployedRegistry {

    private static final String AGREEMENTS = API + "/agreements";

    @Test
    void anAgreementGoesThroughItsLifecycleEachChangeWithWhoWhenWhyAndVersion() {
        JsonObject draft = Agreements.registered("Lifecycle " + UUID.randomUUID());
        String id = draft.getString("agreementId");
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(1, draft.getInt("currentVersion"));
        assertEquals(1, draft.getInt("version"));
        assertEquals(730, draft.getInt("retentionDays"));
        assertEquals(2, draft.getJsonArray("scope").size());
        assertEquals(List.of("REGISTERED"), types(draft));

        // a draft can be neither suspended, resumed nor terminated
        for (String change : List.of("/suspension", "/resumption", "/termination")) {
            Agreements.post(id, change, reason("Out of order")).problem(409, "AgreementStatusConflict");
        }
        Agreements.post(id, "/entry-into-force", reason("Ratified by both parliaments"))
                .expect(200);
        Agreements.post(id, "/entry-into-force", reason("Again")).problem(409, "AgreementStatusConflict");
        Agreements.post(id, "/resumption", reason("Not suspended")).problem(409, "AgreementStatusConflict");
        assertEquals(
                "SUSPENDED",
                Agreements.post(id, "/suspension", reason("Breach under review"))
                        .expect(200)
                        .json()
                        .getString("status"));
        assertEquals(
                "IN_FORCE",
                Agreements.post(id, "/resumption", reason("Resolved"))
                        .expect(200)
                        .json()
                        .getString("status"));
        JsonObject terminated = Agreements.post(id, "/termination", reason("Denounced by a party"))
                .expect(200)
                .json();
        assertEquals("TERMINATED", terminated.getString("status"));
        Agreements.post(id, "/resumption", reason("Never again")).problem(409, "AgreementStatusConflict");
        Agreements.post(id, "/amendments", amendment("Too late").build()).problem(409, "AgreementStatusConflict");

        assertEquals(List.of("REGISTERED", "PUT_IN_FORCE", "SUSPENDED", "RESUMED", "TERMINATED"), types(terminated));
        JsonObject last = terminated.getJsonArray("history").getJsonObject(4);
        assertEquals("Denounced by a party", last.getString("reason"));
        assertEquals(1, last.getInt("version"));
        assertTrue(last.getString("actor").startsWith("admin.demo"), last::toString);
        assertNotNull(last.getString("at"));
        assertEquals(terminated, get(Callers.auditor(), id).expect(200).json(), "auditors read the same");
    }

    @Test
    void anAmendmentIsANewVersionAndTheEarlierTermsStayReadable() {
        String id = Agreements.registered("Versions " + UUID.randomUUID()).getString("agreementId");
        Agreements.post(id, "/entry-into-force", reason("Ratified")).expect(200);

        JsonObject amended = Agreements.post(
                        id, "/amendments", amendment("Protocol of 2027").build())
                .expect(200)
                .json();
        assertEquals(2, amended.getInt("currentVersion"));
        assertEquals(2, amended.getInt("version"));
        assertEquals("IN_FORCE", amended.getString("status"), "an amendment does not change the status");
        assertEquals(1, amended.getJsonArray("scope").size());
        assertEquals(3650, amended.getInt("retentionDays"));
        assertEquals("Protocol of 2027", amended.getString("versionReason"));
        JsonObject suspended = Agreements.post(id, "/suspension", reason("After the protocol"))
                .expect(200)
                .json();
        assertEquals(
                List.of(1, 1, 2, 2),
                suspended.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getInt("version"))
                        .toList(),
                "each change with the version in force");

        JsonObject first =
                get(Callers.auditor(), id + "/versions/1").expect(200).json();
        assertEquals(1, first.getInt("version"));
        assertEquals(2, first.getInt("currentVersion"));
        assertEquals(2, first.getJsonArray("scope").size(), "version 1's scope as it was");
        assertEquals(730, first.getInt("retentionDays"));
        assertEquals("SUSPENDED", first.getString("status"), "the status is the agreement's, now");
        get(Callers.registryAdmin(), id + "/versions/3").problem(404, "NotFound");
        get(Callers.registryAdmin(), id + "/versions/0").problem(400, "ValidationFailed");
        get(Callers.registryAdmin(), id + "/versions/first").problem(400, "ValidationFailed");
    }

    @Test
    void certificatesRotateTwoAtATimeAndARevocationTakesEffectAtOnce() {
        String id = Agreements.registered("Certificates " + UUID.randomUUID()).getString("agreementId");
        String current = TestCertificates.signing();
        String next = TestCertificates.pem("RSA", null, 400, "KeyUsage=digitalSignature,nonRepudiation");

        JsonObject withOne = attach(id, Agreements.PARTNER, current).expect(201).json();
        JsonObject certificate = withOne.getJsonArray("certificates").getJsonObject(0);
        assertEquals(Agreements.PARTNER, certificate.getString("institution"));
        assertTrue(certificate.getString("subject").contains("O=Ministry of Labour"), certificate::toString);
        assertTrue(certificate.getString("sha256Fingerprint").matches("[0-9a-f]{64}"), certificate::toString);
        assertEquals("EC", certificate.getString("keyAlgorithm"));
        assertFalse(certificate.containsKey("revokedAt"));
        JsonObject withTwo = attach(id, Agreements.PARTNER, next).expect(201).json();
        assertEquals(2, withTwo.getJsonArray("certificates").size(), "old and new overlap during the rotation");

        String third = TestCertificates.signing();
        attach(id, Agreements.PARTNER, third).problem(409, "CertificateLimitReached");
        attach(id, Agreements.PARTNER, next).problem(409, "CertificateAlreadyAttached");

        String oldId = certificate.getString("certificateId");
        JsonObject revoked = Agreements.post(id, "/certificates/" + oldId + "/revocation", reason("Rotated"))
                .expect(200)
                .json();
        JsonObject old = revoked.getJsonArray("certificates").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("certificateId").equals(oldId))
                .findFirst()
                .orElseThrow();
        assertNotNull(old.getString("revokedAt"));
        assertEquals("Rotated", old.getString("revocationReason"));
        assertTrue(old.getString("revokedBy").startsWith("admin.demo"), old::toString);
        Agreements.post(id, "/certificates/" + oldId + "/revocation", reason("Again"))
                .problem(409, "CertificateAlreadyRevoked");
        Agreements.post(id, "/certificates/" + UUID.randomUUID() + "/revocation", reason("Unknown"))
                .problem(404, "NotFound");
        JsonObject rotated = attach(id, Agreements.PARTNER, third).expect(201).json();
        assertEquals(3, rotated.getJsonArray("certificates").size());
        assertEquals(
                List.of(
                        "REGISTERED",
                        "CERTIFICATE_ATTACHED",
                        "CERTIFICATE_ATTACHED",
                        "CERTIFICATE_REVOKED",
                        "CERTIFICATE_ATTACHED"),
                types(rotated),
                "the refusals recorded nothing");
    }

    @Test
    void certificatesThatCannotSignAreRefusedWithTheirOwnCodesAndNothingIsWritten() {
        String id =
                Agreements.registered("Bad certificates " + UUID.randomUUID()).getString("agreementId");

        attach(
                        id,
                        Agreements.PARTNER,
                        "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----")
                .problem(400, "CertificateMalformed");
        attach(id, Agreements.PARTNER, "just text").problem(400, "CertificateMalformed");
        attach(id, Agreements.PARTNER, TestCertificates.pem("EC", "-3d", 1, "KeyUsage=digitalSignature"))
                .problem(422, "CertificateExpired");
        attach(id, Agreements.PARTNER, TestCertificates.pem("RSA", null, 30, "KeyUsage=keyEncipherment"))
                .problem(422, "CertificateNotForSigning");
        attach(id, "NPL-MOHP", TestCertificates.signing()).problem(422, "InstitutionNotParty");
        JsonObject invalid = attach(id, "not a code", null).problem(400, "ValidationFailed");
        assertEquals(Set.of("institution", "pem"), Set.copyOf(RegistryApi.violationFields(invalid)));
        attach(UUID.randomUUID().toString(), Agreements.PARTNER, TestCertificates.signing())
                .problem(404, "NotFound");

        JsonObject unchanged = get(Callers.registryAdmin(), id).expect(200).json();
        assertEquals(0, unchanged.getJsonArray("certificates").size());
        assertEquals(List.of("REGISTERED"), types(unchanged));
    }

    @Test
    void endpointsAreAddedAndReplacedPerInstitutionAndTransport() {
        String id = Agreements.registered("Endpoints " + UUID.randomUUID()).getString("agreementId");
        String soap = AGREEMENTS + "/" + id + "/endpoints/" + Agreements.PARTNER + "/SOAP";

        Agreements.send(Callers.registryAdmin(), "PUT", soap, endpoint("https://gosi.example.qa/soap"))
                .expect(200);
        Agreements.send(
                        Callers.registryAdmin(),
                        "PUT",
                        AGREEMENTS + "/" + id + "/endpoints/" + Agreements.PARTNER + "/REST",
                        endpoint("https://gosi.example.qa/api"))
                .expect(200);
        JsonObject replaced = Agreements.send(
                        Callers.registryAdmin(), "PUT", soap, endpoint("https://exchange.gosi.example.qa/soap"))
                .expect(200)
                .json();

        java.util.Map<String, String> urls = replaced.getJsonArray("endpoints").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("transport"), e -> e.getString("url")));
        assertEquals(
                java.util.Map.of(
                        "REST", "https://gosi.example.qa/api", "SOAP", "https://exchange.gosi.example.qa/soap"),
                urls,
                "one endpoint per transport, the SOAP one replaced");

        for (String bad : List.of(
                "ftp://gosi.example.qa",
                "gosi.example.qa/soap",
                "https://user:pw@gosi.example.qa/",
                "https://gosi.example.qa/soap#x",
                "https://gosi.example.qa/\u0007")) {
            JsonObject problem = Agreements.send(Callers.registryAdmin(), "PUT", soap, endpoint(bad))
                    .problem(400, "ValidationFailed");
            assertTrue(RegistryApi.violationFields(problem).contains("url"), problem::toString);
        }
        JsonObject transport = Agreements.send(
                        Callers.registryAdmin(),
                        "PUT",
                        AGREEMENTS + "/" + id + "/endpoints/" + Agreements.PARTNER + "/FAX",
                        endpoint("https://gosi.example.qa/fax"))
                .problem(400, "ValidationFailed");
        assertEquals(List.of("transport"), RegistryApi.violationFields(transport));
        Agreements.send(
                        Callers.registryAdmin(),
                        "PUT",
                        AGREEMENTS + "/" + id + "/endpoints/NPL-MOHP/SOAP",
                        endpoint("https://mohp.example.np/soap"))
                .problem(422, "InstitutionNotParty");
        assertEquals(
                4,
                get(Callers.registryAdmin(), id)
                        .expect(200)
                        .json()
                        .getJsonArray("history")
                        .size(),
                "registered and three endpoint settings; the refusals recorded nothing");
    }

    @Test
    void onlyRegistryAdministratorsWriteAndOnlyAuditorsAlsoRead() {
        String id = Agreements.registered("Roles " + UUID.randomUUID()).getString("agreementId");
        String body =
                Agreements.registration("Refused " + UUID.randomUUID()).build().toString();
        for (Caller caller : List.of(
                Callers.ministrySystem(),
                Callers.mission("NPL-EMB-DOH"),
                Callers.partnerInstitution(),
                Callers.registrar(),
                Callers.socialSecurityOfficer())) {
            Agreements.send(caller, "POST", AGREEMENTS, body).problem(403, "NotAuthorized");
            get(caller, id).problem(403, "NotAuthorized");
            get(caller, "").problem(403, "NotAuthorized");
            Agreements.send(
                            caller,
                            "POST",
                            AGREEMENTS + "/" + id + "/entry-into-force",
                            reason("No").toString())
                    .problem(403, "NotAuthorized");
        }
        Agreements.send(Callers.auditor(), "POST", AGREEMENTS, body).problem(403, "NotAuthorized");
        Agreements.send(
                        Callers.auditor(),
                        "POST",
                        AGREEMENTS + "/" + id + "/suspension",
                        reason("No").toString())
                .problem(403, "NotAuthorized");
        get(Callers.auditor(), id).expect(200);
        assertEquals(
                List.of("REGISTERED"),
                types(get(Callers.registryAdmin(), id).expect(200).json()));
        Answer anonymous =
                RegistryApi.sendAnonymously(java.net.http.HttpRequest.newBuilder(RegistryApi.uri(AGREEMENTS + "/" + id))
                        .GET());
        assertEquals(401, anonymous.status(), anonymous::toString);
    }

    @Test
    void everyBrokenRuleOfARegistrationIsListedAndNothingIsRegistered() {
        String title = "Broken " + UUID.randomUUID();
        JsonObject body = Json.createObjectBuilder()
                .add("type", "TRADE_AGREEMENT")
                .add("title", "Bad\u0001title")
                .add("legalReference", "")
                .add("signatureDate", "2026-03-01")
                .add("entryIntoForceDate", "2026-02-01")
                .add("validFrom", "2026-01-01")
                .add("validUntil", "2025-12-31")
                .add("retentionDays", 0)
                .add(
                        "parties",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("country", "XXX")
                                        .add("institution", "NPL-DOFE"))
                                .add(Json.createObjectBuilder()
                                        .add("country", "IND")
                                        .add("institution", Agreements.PARTNER))
                                .add(Json.createObjectBuilder()
                                        .add("country", "IND")
                                        .add("institution", "IND-NOBODY"))
                                .add(Json.createObjectBuilder()
                                        .add("country", "IND")
                                        .add("institution", Agreements.PARTNER)))
                .add(
                        "scope",
                        Json.createArrayBuilder()
                                .add(Agreements.row("SIDEWAYS", "POSTCARD", "SHOE_SIZE", "CURIOSITY", "BECAUSE"))
                                .add(Agreements.row("INBOUND", "RETURN_NOTICE", "IDENTITY", "STATISTICS", "AGREEMENT"))
                                .add(Agreements.row(
                                        "INBOUND", "RETURN_NOTICE", "IDENTITY", "STATISTICS", "CONSENT_REQUIRED")))
                .add("reason", title)
                .build();
        Callers.partnerInstitution();

        JsonObject problem = Agreements.send(Callers.registryAdmin(), "POST", AGREEMENTS, body.toString())
                .problem(400, "ValidationFailed");

        Set<String> rules = problem.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field") + ":" + v.getString("rule"))
                .collect(Collectors.toSet());
        for (String expected : List.of(
                "type:Code",
                "title:Text",
                "legalReference:NotBlank",
                "validUntil:ValidityOrder",
                "entryIntoForceDate:DateOrder",
                "retentionDays:Min",
                "parties[0].country:Code",
                "parties[1].institution:InstitutionCountry",
                "parties[2].institution:RegisteredInstitution",
                "parties[3].institution:UniqueParty",
                "scope[0].direction:Code",
                "scope[0].messageType:Code",
                "scope[0].category:Code",
                "scope[0].purpose:Code",
                "scope[0].legalBasis:Code",
                "scope[2]:UniqueScope")) {
            assertTrue(rules.contains(expected), () -> expected + " missing in " + rules);
        }
        JsonObject oneCountry = Agreements.registration(title)
                .add(
                        "parties",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("country", "NPL")
                                        .add("institution", Callers.OPERATOR))
                                .add(Json.createObjectBuilder()
                                        .add("country", "NPL")
                                        .add("institution", Callers.MINISTRY)))
                .build();
        Callers.ministrySystem();
        JsonObject bilateral = Agreements.send(Callers.registryAdmin(), "POST", AGREEMENTS, oneCountry.toString())
                .problem(400, "ValidationFailed");
        assertEquals(List.of("parties"), RegistryApi.violationFields(bilateral));
        JsonObject empty = Agreements.send(Callers.registryAdmin(), "POST", AGREEMENTS, "{}")
                .problem(400, "ValidationFailed");
        assertTrue(
                RegistryApi.violationFields(empty)
                        .containsAll(List.of(
                                "type", "title", "legalReference", "validFrom", "retentionDays", "parties", "scope")),
                empty::toString);
        Agreements.send(Callers.registryAdmin(), "POST", AGREEMENTS, "").problem(400, "MalformedRequest");
        Agreements.send(Callers.registryAdmin(), "POST", AGREEMENTS, "{\"validFrom\": \"yesterday\"}")
                .problem(400, "MalformedRequest");

        JsonArray listed = get(Callers.auditor(), "?pageSize=100").expect(200).array();
        assertFalse(listed.toString().contains(title), "nothing was registered");
    }

    @Test
    void badIdentifiersAndReasonsAreRefusedBeforeAnythingIsRead() {
        String id = Agreements.registered("Identifiers " + UUID.randomUUID()).getString("agreementId");
        get(Callers.registryAdmin(), "not-an-id").problem(400, "ValidationFailed");
        get(Callers.registryAdmin(), UUID.randomUUID().toString()).problem(404, "NotFound");
        Agreements.post(id, "/entry-into-force", Json.createObjectBuilder().build())
                .problem(400, "ValidationFailed");
        Agreements.post(id, "/entry-into-force", reason(" ")).problem(400, "ValidationFailed");
        Agreements.post(id, "/entry-into-force", reason("x".repeat(501))).problem(400, "ValidationFailed");
        Agreements.post(id, "/entry-into-force", reason("bell\u0007")).problem(400, "ValidationFailed");
        Agreements.post(id, "/amendments", amendment(null).build()).problem(400, "ValidationFailed");
        Agreements.post(id, "/certificates/not-an-id/revocation", reason("x")).problem(400, "ValidationFailed");
        get(Callers.registryAdmin(), "?status=ACTIVE").problem(400, "ValidationFailed");
        get(Callers.registryAdmin(), "?country=QQQ").problem(400, "ValidationFailed");
        get(Callers.registryAdmin(), "?pageSize=1000").problem(400, "ValidationFailed");
        assertEquals(
                "DRAFT", get(Callers.registryAdmin(), id).expect(200).json().getString("status"));
    }

    @Test
    void agreementsAreListedByStatusAndCountryPageByPage() {
        String inForce = Agreements.registered("Listed " + UUID.randomUUID()).getString("agreementId");
        Agreements.post(inForce, "/entry-into-force", reason("Ratified")).expect(200);
        String draft = Agreements.registered("Listed " + UUID.randomUUID()).getString("agreementId");

        List<String> inForceQatar = ids(get(Callers.auditor(), "?status=IN_FORCE&country=QAT&pageSize=100")
                .expect(200)
                .array());
        assertTrue(inForceQatar.contains(inForce));
        assertFalse(inForceQatar.contains(draft));
        assertFalse(ids(get(Callers.auditor(), "?country=PHL&pageSize=100")
                        .expect(200)
                        .array())
                .contains(inForce));
        Answer page = get(Callers.auditor(), "?pageSize=1");
        page.expect(200);
        assertEquals(1, page.array().size());
        assertEquals(draft, page.array().getJsonObject(0).getString("agreementId"), "newest first");
        assertTrue(page.links().containsKey("next"), page::toString);
        JsonObject summary = page.array().getJsonObject(0);
        assertEquals(
                List.of("NPL", "QAT"),
                summary.getJsonArray("countries").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
    }

    @Test
    void everyChangeIsInTheAuditTrailUnderItsOperationCode() {
        String id = Agreements.registered("Audited " + UUID.randomUUID()).getString("agreementId");
        Agreements.post(id, "/entry-into-force", reason("Ratified")).expect(200);
        Agreements.post(id, "/entry-into-force", reason("Again")).problem(409, "AgreementStatusConflict");

        for (String operation : List.of("AGREEMENT_REGISTER", "AGREEMENT_PUT_IN_FORCE")) {
            List<JsonObject> entries = RegistryApi.get(RegistryApi.query(
                            API + "/audit-entries",
                            "operation",
                            operation,
                            "organisation",
                            Callers.OPERATOR,
                            "pageSize",
                            "100"))
                    .expect(200)
                    .array()
                    .getValuesAs(JsonObject.class);
            assertFalse(entries.isEmpty(), operation);
            assertTrue(
                    entries.stream()
                            .anyMatch(e -> e.getString("outcome").equals("OK")
                                    && e.getString("username").equals("admin.demo")),
                    () -> operation + ": " + entries);
        }
        List<JsonObject> refused = RegistryApi.get(RegistryApi.query(
                        API + "/audit-entries", "operation", "AGREEMENT_PUT_IN_FORCE", "record", id, "pageSize", "100"))
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
        assertEquals(
                Set.of("OK", "AgreementStatusConflict"),
                refused.stream().map(e -> e.getString("outcome")).collect(Collectors.toSet()),
                refused::toString);
    }

    // ---- helpers ----

    static jakarta.json.JsonObjectBuilder amendment(String reason) {
        jakarta.json.JsonObjectBuilder b = Json.createObjectBuilder()
                .add("title", "Labour agreement, as amended")
                .add("legalReference", "NPL-QAT/LMA/2027")
                .add("validFrom", LocalDate.now().minusYears(1).toString())
                .add("validUntil", LocalDate.now().plusYears(5).toString())
                .add("retentionDays", 3650)
                .add("parties", Agreements.parties())
                .add(
                        "scope",
                        Json.createArrayBuilder()
                                .add(Agreements.row(
                                        "INBOUND",
                                        "RETURN_NOTICE",
                                        "IDENTITY",
                                        "REINTEGRATION_SERVICES",
                                        "AGREEMENT")));
        if (reason != null) {
            b.add("reason", reason);
        }
        return b;
    }

    private static Answer attach(String id, String institution, String pem) {
        jakarta.json.JsonObjectBuilder body = Json.createObjectBuilder().add("institution", institution);
        if (pem != null) {
            body.add("pem", pem);
        }
        return Agreements.post(
                id, "/certificates", body.add("reason", "Signing certificate").build());
    }

    private static String endpoint(String url) {
        return Json.createObjectBuilder()
                .add("url", url)
                .add("reason", "Onboarding")
                .build()
                .toString();
    }

    private static Answer get(Caller caller, String path) {
        return Agreements.send(
                caller, "GET", AGREEMENTS + (path.isEmpty() || path.startsWith("?") ? path : "/" + path), null);
    }

    private static List<String> types(JsonObject agreement) {
        return agreement.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("type"))
                .toList();
    }

    private static List<String> ids(JsonArray summaries) {
        return summaries.getValuesAs(JsonValue::asJsonObject).stream()
                .map(s -> s.getString("agreementId"))
                .toList();
    }
}
