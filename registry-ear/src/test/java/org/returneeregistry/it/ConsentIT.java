package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;
import static org.returneeregistry.it.support.RegistryApi.decisions;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.schemas.consent.v1.ReturneeDisclosure;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * Consent-governed reads through the real interfaces, on PostgreSQL, with real tokens: the decision
 * point's answers for every purpose and category, minimised responses over REST and SOAP, revocation
 * and expiry taking effect at once, a suspended organisation, bad input, the decision log and its
 * chain (tampered in the database), and signed receipts verified offline against the JWKS.
 */
class ConsentIT extends DeployedRegistry {

    private static final List<String> PURPOSES = List.of(
            "REINTEGRATION_SERVICES",
            "HEALTH_FOLLOW_UP",
            "SKILLS_RECOGNITION",
            "SOCIAL_PROTECTION_ENROLMENT",
            "SOCIAL_SECURITY_CLAIM",
            "LEGAL_AID",
            "STATISTICS");
    private static final List<String> CATEGORIES = List.of(
            "IDENTITY",
            "CONTACT",
            "MIGRATION_HISTORY",
            "RETURN_DETAILS",
            "SKILLS",
            "HEALTH",
            "VULNERABILITY",
            "FAMILY",
            "FINANCIAL",
            "SOCIAL_SECURITY");
    /** Which disclosure section each category fills. */
    private static final java.util.Map<String, String> SECTION = java.util.Map.of(
            "IDENTITY",
            "identity",
            "CONTACT",
            "contact",
            "MIGRATION_HISTORY",
            "migrationHistory",
            "RETURN_DETAILS",
            "returns",
            "HEALTH",
            "health",
            "VULNERABILITY",
            "vulnerability",
            "FINANCIAL",
            "financial");

    /** A well-formed registry number no returnee holds (serials are handed out from 1 upwards). */
    private static final String NOBODY = org.returneeregistry.shared.domain.RegistryNumber.fromSerial(99_999_999L)
            .value();

    private static String newReturnee() {
        return RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
    }

    private static JsonObject consentBody(
            String registryNumber,
            String recipient,
            List<String> purposes,
            List<String> categories,
            Instant validUntil) {
        JsonArrayBuilder p = Json.createArrayBuilder();
        purposes.forEach(p::add);
        JsonArrayBuilder c = Json.createArrayBuilder();
        categories.forEach(c::add);
        return Json.createObjectBuilder()
                .add("registryNumber", registryNumber)
                .add("recipient", recipient)
                .add("purposes", p)
                .add("categories", c)
                .add("method", "ASSISTED")
                .add("evidenceHash", "ab".repeat(32))
                .add("validUntil", validUntil.toString())
                .add("noticeVersion", "2026-1")
                .add("noticeLanguage", "ne")
                .build();
    }

    private static String consent(
            String registryNumber,
            String recipient,
            List<String> purposes,
            List<String> categories,
            Instant validUntil) {
        return Consents.post(
                        Callers.registrar(), consentBody(registryNumber, recipient, purposes, categories, validUntil))
                .expect(201)
                .json()
                .getString("consentId");
    }

    private static Answer read(Caller caller, String registryNumber, String purpose, String... categories) {
        StringBuilder path = new StringBuilder(API + "/returnees/" + registryNumber + "/disclosure?x=1");
        if (purpose != null) {
            path.append("&purpose=").append(purpose);
        }
        for (String c : categories) {
            path.append("&category=").append(c);
        }
        return RegistryApi.sendAs(
                caller,
                HttpRequest.newBuilder(RegistryApi.uri(path.toString()))
                        .header("Accept", JSON)
                        .GET());
    }

    /** The auditor's page of decisions, as {"items": [...], "totalCount": n} (the count from X-Total-Count). */
    private static JsonObject verifyChain() {
        return RegistryApi.sendAs(
                        Callers.auditor(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/decision-log/verification"))
                                .header("Accept", JSON)
                                .GET())
                .expect(200)
                .json();
    }

    @Test
    void theDecisionPointAnswersEveryPurposeAndCategoryByConsentAndRole() {
        String rn = newReturnee();
        Caller ministry = Callers.ministrySystem();
        consent(
                rn,
                ministry.organisation(),
                List.of("HEALTH_FOLLOW_UP", "REINTEGRATION_SERVICES"),
                List.of("IDENTITY", "HEALTH", "RETURN_DETAILS"),
                Instant.now().plus(Duration.ofDays(90)));
        Set<String> consented = Set.of("IDENTITY", "HEALTH", "RETURN_DETAILS");
        List<String> wrong = new ArrayList<>();
        for (String purpose : PURPOSES) {
            for (String category : CATEGORIES) {
                Answer answer = read(ministry, rn, purpose, category);
                String expected;
                if (purpose.equals("SOCIAL_SECURITY_CLAIM")) {
                    expected = "403 PurposeNotPermitted";
                } else if (!purpose.equals("HEALTH_FOLLOW_UP") && !purpose.equals("REINTEGRATION_SERVICES")) {
                    expected = "403 NoConsent";
                } else if (!consented.contains(category)) {
                    expected = "403 CategoryNotConsented";
                } else {
                    expected = "200 " + category;
                }
                String actual = answer.status() == 200
                        ? "200 "
                                + String.join(
                                        ",",
                                        answer.json()
                                                .getJsonArray("grantedCategories")
                                                .getValuesAs(jakarta.json.JsonString::getString))
                        : answer.status() + " " + answer.json().getString("code", "?");
                if (!expected.equals(actual)) {
                    wrong.add(purpose + " × " + category + ": expected " + expected + ", got " + actual);
                }
                if (answer.status() == 200) {
                    JsonObject body = answer.json();
                    for (var section : SECTION.entrySet()) {
                        if (body.containsKey(section.getValue())
                                != section.getKey().equals(category)) {
                            wrong.add(purpose + " × " + category + ": section " + section.getValue() + " present="
                                    + body.containsKey(section.getValue()));
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " wrong decisions:\n" + String.join("\n", wrong));

        JsonObject log = decisions(rn, "&organisation=" + ministry.organisation());
        assertEquals(PURPOSES.size() * CATEGORIES.size(), log.getInt("totalCount"), log::toString);
        assertEquals(2 * consented.size(), decisions(rn, "&outcome=PERMIT").getInt("totalCount"));
    }

    @Test
    void aReadOfEveryCategoryAnswersOnlyTheConsentedOnesOverRestAndSoap() throws RegistryFault {
        String rn = newReturnee();
        Caller ministry = Callers.ministrySystem();
        consent(
                rn,
                ministry.organisation(),
                List.of("HEALTH_FOLLOW_UP"),
                List.of("IDENTITY", "HEALTH"),
                Instant.now().plus(Duration.ofDays(30)));

        JsonObject all = read(ministry, rn, "HEALTH_FOLLOW_UP").expect(200).json();
        assertEquals(
                List.of("IDENTITY", "HEALTH"),
                all.getJsonArray("grantedCategories").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(rn, all.getString("registryNumber"));
        assertNotNull(all.getJsonObject("identity").getJsonObject("name"));
        assertTrue(all.containsKey("health"));
        for (String absent : List.of("contact", "migrationHistory", "returns", "vulnerability", "financial")) {
            assertFalse(all.containsKey(absent), () -> absent + " must be omitted: " + all);
        }

        ReturneeDisclosure soap = RegistryApi.consentPort(ministry).readReturnee(rn, "HEALTH_FOLLOW_UP", List.of());
        assertEquals(List.of("IDENTITY", "HEALTH"), soap.getGrantedCategory());
        assertNotNull(soap.getIdentity());
        assertNotNull(soap.getHealth());
        assertNull(soap.getContact());
        assertNull(soap.getMigrationHistory());
        assertNull(soap.getReturns());

        RegistryFault denied = assertThrows(RegistryFault.class, () -> RegistryApi.consentPort(ministry)
                .readReturnee(rn, "STATISTICS", List.of("IDENTITY")));
        assertEquals("NoConsent", denied.getFaultInfo().getCode());
        JsonObject soapDecisions = decisions(rn, "&outcome=DENY&purpose=STATISTICS");
        assertEquals(1, soapDecisions.getInt("totalCount"));
        assertEquals(
                "SOAP", soapDecisions.getJsonArray("items").getJsonObject(0).getString("channel"));
    }

    @Test
    void theRegistrarsWholeRecordReadDeclaresAPurposeAndIsLoggedToo() throws RegistryFault {
        String rn = newReturnee();
        RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + rn))
                                .header("Accept", JSON)
                                .GET())
                .problem(400, "PurposeRequired");
        RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(
                                        RegistryApi.uri(API + "/returnees/" + rn + "?purpose=REINTEGRATION_SERVICES"))
                                .header("Accept", JSON)
                                .GET())
                .expect(200);
        RegistryFault noPurpose = assertThrows(
                RegistryFault.class, () -> RegistryApi.registryPort().getReturneeHistory(rn, null));
        assertEquals("PurposeRequired", noPurpose.getFaultInfo().getCode());

        var items = decisions(rn, "&organisation=" + Callers.OPERATOR).getJsonArray("items");
        assertEquals(
                List.of("PURPOSE_MISSING", "OPERATOR_RECORD_KEEPING", "PURPOSE_MISSING"),
                items.getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("reason"))
                        .toList());
        assertEquals(
                List.of("SOAP", "REST", "REST"),
                items.getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("channel"))
                        .toList());
    }

    @Test
    void revocationStopsReadsAtOnceAndIsLogged() {
        String rn = newReturnee();
        Caller ministry = Callers.ministrySystem();
        String consentId = consent(
                rn,
                ministry.organisation(),
                List.of("REINTEGRATION_SERVICES"),
                List.of("IDENTITY", "CONTACT"),
                Instant.now().plus(Duration.ofDays(30)));
        read(ministry, rn, "REINTEGRATION_SERVICES", "IDENTITY").expect(200);

        JsonObject revoked = RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/consents/" + consentId + "/revocation"))
                                .header("Content-Type", JSON)
                                .header("Accept", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"reason\":\"The returnee withdrew consent at the resource centre\"}")))
                .expect(200)
                .json();
        assertEquals("REVOKED", revoked.getJsonObject("status").getString("code"));
        assertEquals(
                "https://w3id.org/dpv#ConsentWithdrawn",
                revoked.getJsonObject("status").getString("dpv"));

        read(ministry, rn, "REINTEGRATION_SERVICES", "IDENTITY").problem(403, "ConsentRevoked");
        RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/consents/" + consentId + "/revocation"))
                                .header("Content-Type", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"again\"}")))
                .problem(409, "ConsentStatusConflict");

        var items = decisions(rn, "").getJsonArray("items");
        assertEquals(2, items.size(), items::toString);
        assertEquals("DENY", items.getJsonObject(0).getString("outcome"));
        assertEquals("CONSENT_REVOKED", items.getJsonObject(0).getString("reason"));
        assertEquals("PERMIT", items.getJsonObject(1).getString("outcome"));
        assertEquals(consentId, items.getJsonObject(1).getString("consentId"));
        assertTrue(verifyChain().getBoolean("intact"));
    }

    /**
     * A consent valid for a few seconds: read while it holds; the record turns EXPIRED at its end with no
     * revocation or job (awaited, not slept for), and the same read is then denied as expired.
     */
    @Test
    void consentExpiresOnTimeWithoutAnyoneTouchingIt() {
        String rn = newReturnee();
        Caller ministry = Callers.ministrySystem();
        Instant until = Instant.now().plus(Duration.ofSeconds(4));
        String consentId = consent(rn, ministry.organisation(), List.of("LEGAL_AID"), List.of("IDENTITY"), until);
        read(ministry, rn, "LEGAL_AID", "IDENTITY").expect(200);

        String status = await("consent " + consentId + " valid until " + until + " expired")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> consentStatus(consentId), s -> !s.equals("ACTIVE"));

        assertEquals("EXPIRED", status);
        assertFalse(Instant.now().isBefore(until), "expired before its validity ended");
        read(ministry, rn, "LEGAL_AID", "IDENTITY").problem(403, "ConsentExpired");
    }

    private static String consentStatus(String consentId) {
        return RegistryApi.sendAs(
                        Callers.auditor(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/consents/" + consentId))
                                .header("Accept", JSON)
                                .GET())
                .expect(200)
                .json()
                .getJsonObject("status")
                .getString("code");
    }

    @Test
    void aSuspendedOrganisationIsDeniedAndTheDenialLogged() {
        String code = "NPL-MOLESS";
        Caller labour = Callers.ministrySystem(code);
        String rn = newReturnee();
        consent(
                rn,
                code,
                List.of("REINTEGRATION_SERVICES"),
                List.of("IDENTITY"),
                Instant.now().plus(Duration.ofDays(10)));
        read(labour, rn, "REINTEGRATION_SERVICES").expect(200);
        String bearer = labour.bearer();
        Caller admin = Callers.registryAdmin();
        RegistryApi.sendAs(
                        admin,
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/organisations/" + code + "/suspension"))
                                .header("Content-Type", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Audit finding\"}")))
                .expect(200);
        try {
            RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(
                                    API + "/returnees/" + rn + "/disclosure?purpose=REINTEGRATION_SERVICES"))
                            .header("Authorization", bearer)
                            .GET())
                    .problem(403, "OrganisationSuspended");
            JsonObject denied = decisions(rn, "&outcome=DENY&organisation=" + code);
            assertEquals(1, denied.getInt("totalCount"));
            assertEquals(
                    "ORGANISATION_SUSPENDED",
                    denied.getJsonArray("items").getJsonObject(0).getString("reason"));
        } finally {
            RegistryApi.sendAs(
                            admin,
                            HttpRequest.newBuilder(RegistryApi.uri(API + "/organisations/" + code + "/reinstatement"))
                                    .header("Content-Type", JSON)
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Resolved\"}")))
                    .expect(200);
        }
    }

    @Test
    void badInputIsRefusedClearlyAndWritesNothing() {
        String rn = newReturnee();
        Caller ministry = Callers.ministrySystem();
        read(ministry, rn, null, "IDENTITY").problem(400, "PurposeRequired");
        assertEquals(
                "PURPOSE_MISSING",
                decisions(rn, "").getJsonArray("items").getJsonObject(0).getString("reason"));
        JsonObject unknown = read(ministry, rn, "MARKETING", "SHOE_SIZE").problem(400, "ValidationFailed");
        assertEquals(
                List.of("category[0]", "purpose"),
                RegistryApi.violationFields(unknown).stream().sorted().toList());

        Instant future = Instant.now().plus(Duration.ofDays(5));
        Consents.post(
                        Callers.registrar(),
                        consentBody(NOBODY, "NPL-MOHP", List.of("LEGAL_AID"), List.of("IDENTITY"), future))
                .problem(404, "NotFound");
        JsonObject invalid = Consents.post(
                        Callers.registrar(),
                        consentBody(
                                rn,
                                "NPL-MOHP",
                                List.of("PAYROLL"),
                                List.of("SHOE_SIZE"),
                                Instant.now().minus(Duration.ofDays(1))))
                .problem(400, "ValidationFailed");
        assertEquals(
                Set.of("purposes[0]", "categories[0]", "validUntil"),
                new TreeSet<>(RegistryApi.violationFields(invalid)));
        JsonObject backdated = Consents.post(
                        Callers.registrar(),
                        Json.createObjectBuilder(
                                        consentBody(rn, "NPL-MOHP", List.of("LEGAL_AID"), List.of("IDENTITY"), future))
                                .add(
                                        "validFrom",
                                        Instant.now().minus(Duration.ofDays(3)).toString())
                                .remove("evidenceHash")
                                .build())
                .problem(400, "ValidationFailed");
        assertEquals(Set.of("evidenceHash", "validFrom"), new TreeSet<>(RegistryApi.violationFields(backdated)));
        Consents.post(
                        Callers.registrar(),
                        consentBody(rn, "ZZZ-NOBODY", List.of("LEGAL_AID"), List.of("IDENTITY"), future))
                .problem(400, "ValidationFailed");

        assertTrue(
                RegistryApi.sendAs(
                                Callers.auditor(),
                                HttpRequest.newBuilder(RegistryApi.uri(API + "/consents?returnee=" + rn))
                                        .header("Accept", JSON)
                                        .GET())
                        .expect(200)
                        .array()
                        .isEmpty(),
                "no consent record may have been written");
    }

    @Test
    void alteringALoggedDecisionInTheDatabaseBreaksTheChainAtThatEntry() throws Exception {
        String rn = newReturnee();
        Caller ministry = Callers.ministrySystem();
        consent(
                rn,
                ministry.organisation(),
                List.of("SKILLS_RECOGNITION"),
                List.of("IDENTITY"),
                Instant.now().plus(Duration.ofDays(3)));
        read(ministry, rn, "SKILLS_RECOGNITION", "IDENTITY").expect(200);
        read(ministry, rn, "SKILLS_RECOGNITION", "CONTACT").problem(403, "CategoryNotConsented");
        read(ministry, rn, "SKILLS_RECOGNITION", "IDENTITY").expect(200);
        assertTrue(verifyChain().getBoolean("intact"), () -> verifyChain().toString());
        // the decision is written at once and linked into the chain moments later: only then has it a sequence number
        long denied = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> decisions(rn, "&outcome=DENY")
                                .getJsonArray("items")
                                .getJsonObject(0),
                        d -> d.get("sequence") instanceof jakarta.json.JsonNumber)
                .getJsonNumber("sequence")
                .longValue();

        try (Connection db = DriverManager.getConnection(
                System.getProperty("registry.it.jdbcUrl"),
                System.getProperty("registry.it.jdbcUser"),
                System.getProperty("registry.it.jdbcPassword"))) {
            String original;
            try (PreparedStatement select =
                    db.prepareStatement("SELECT granted, outcome FROM decision_log_entry WHERE sequence_number = ?")) {
                select.setLong(1, denied);
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next());
                    original = row.getString(1);
                    assertEquals("DENY", row.getString(2));
                }
            }
            update(db, denied, "CONTACT", "PERMIT");
            try {
                JsonObject broken = verifyChain();
                assertFalse(broken.getBoolean("intact"), broken::toString);
                assertEquals(denied, broken.getJsonNumber("firstBrokenSequence").longValue(), broken::toString);
                assertTrue(broken.getString("problem").contains("does not match"), broken::toString);
            } finally {
                update(db, denied, original, "DENY");
            }
        }
        assertTrue(verifyChain().getBoolean("intact"));
    }

    private static void update(Connection db, long sequence, String granted, String outcome) throws Exception {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE decision_log_entry SET granted = ?, outcome = ? WHERE sequence_number = ?")) {
            update.setString(1, granted);
            update.setString(2, outcome);
            update.setLong(3, sequence);
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    void theReceiptVerifiesOfflineAgainstThePublishedKeysAndATamperedOneDoesNot() throws Exception {
        String rn = newReturnee();
        String consentId = consent(
                rn,
                "NPL-MOHP",
                List.of("HEALTH_FOLLOW_UP"),
                List.of("HEALTH", "IDENTITY"),
                Instant.now().plus(Duration.ofDays(60)));
        String receipt = RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/consents/" + consentId + "/receipt"))
                                .header("Accept", "application/jose")
                                .GET())
                .expect(200)
                .body();
        JWKSet keys = JWKSet.parse(RegistryApi.getAnonymously(API + "/consent-receipt-keys", "application/jwk-set+json")
                .expect(200)
                .body());

        SignedJWT jwt = SignedJWT.parse(receipt);
        ECKey key = (ECKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertNotNull(key, "the receipt's key id is in the JWKS");
        assertFalse(key.isPrivate(), "the JWKS publishes only public keys");
        assertTrue(jwt.verify(new ECDSAVerifier(key)));
        assertEquals(consentId, jwt.getJWTClaimsSet().getJWTID());
        assertEquals(rn, jwt.getJWTClaimsSet().getSubject());
        assertEquals("ISO/IEC TS 27560:2023", jwt.getJWTClaimsSet().getStringClaim("schemaVersion"));
        assertEquals(
                Set.of("https://w3id.org/dpv/pd#Health", "https://w3id.org/dpv/pd#Identifying"),
                ((List<?>) jwt.getJWTClaimsSet().getClaim("personalData"))
                        .stream()
                                .map(m -> (String) ((java.util.Map<?, ?>) m).get("dpv"))
                                .collect(Collectors.toSet()));

        String[] parts = receipt.split("\\.");
        String forged = new String(Base64.getUrlDecoder().decode(parts[1])).replace("HEALTH_FOLLOW_UP", "STATISTICS");
        SignedJWT tampered = SignedJWT.parse(parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes()) + "." + parts[2]);
        assertFalse(tampered.verify(new ECDSAVerifier(key)));
    }
}
