package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The two registries of {@link TwoRegistriesIT} with each other's endpoint declared REST: every message type the
 * registry sends — return notice, employment record request and response, consent revoked, insurance period request
 * and answer, claim decision — reaches Qatar's registry as the REST twin's JSON with a detached JWS, is taken in there
 * through the same checks, and is acknowledged by a JSON receipt whose detached JWS our registry verifies against
 * Qatar's registered certificate. Both message logs show the transport of every entry. The answers Qatar's registry
 * sends back travel the same way.
 */
@NeedsServer(NeedsServer.Server.PARTNER_REGISTRY)
class TwoRegistriesRestIT extends DeployedRegistry {

    private static final Duration DELIVERY = Duration.ofSeconds(90);
    private static final String CLAIM_PURPOSE = "SOCIAL_SECURITY_CLAIM";
    private static final String NOTICE_PURPOSE = "LABOUR_MIGRATION";
    private static final String US = SecondRegistry.US;
    private static final String CLAIMS = API + "/social-security/claims";
    private static final String REQUESTS = API + "/social-security/period-requests";

    private static SecondRegistry qatar;

    @BeforeAll
    static void startTheSecondRegistry() {
        qatar = SecondRegistry.qatar();
    }

    private static void bothWays(JsonArrayBuilder rows, String type, String purpose, String... categories) {
        for (String category : categories) {
            rows.add(Agreements.row("OUTBOUND", type, category, purpose, "AGREEMENT"));
            rows.add(Agreements.row("INBOUND", type, category, purpose, "AGREEMENT"));
        }
    }

    /** An agreement in force on both sides, each registry's endpoint declared REST in the other's. */
    private static String overRest(String title, JsonArrayBuilder scope) {
        String agreementId = qatar.agreementWithUs(title + " " + Instant.now(), scope);
        qatar.declareRestEndpoints(agreementId);
        return agreementId;
    }

    private static RegistryApi.Answer ours(Caller caller, String method, String path, JsonObject body) {
        return Agreements.send(caller, method, path, body == null ? null : body.toString());
    }

    private static RegistryApi.Answer theirs(Caller caller, String method, String path, JsonObject body) {
        return qatar.send(caller, method, path, body == null ? null : body.toString());
    }

    private static List<JsonObject> ourLog(String agreementId) {
        return ours(Callers.auditor(), "GET", API + "/exchange-messages?pageSize=100&agreementId=" + agreementId, null)
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
    }

    private static Optional<JsonObject> find(List<JsonObject> log, Predicate<JsonObject> which) {
        return log.stream().filter(which).findFirst();
    }

    private static void awaitDelivered(boolean fromUs, String recipient, String messageId) {
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(500)).until(() -> (fromUs
                        ? ours(
                                Callers.registryAdmin(),
                                "GET",
                                API + "/outbox-messages?pageSize=100&recipient=" + recipient,
                                null)
                        : theirs(
                                qatar.registryAdmin(),
                                "GET",
                                API + "/outbox-messages?pageSize=100&recipient=" + recipient,
                                null))
                .expect(200).array().getValuesAs(JsonObject.class).stream()
                        .anyMatch(m -> messageId.equals(m.getString("id")) && Outboxes.hasStatus(m, "DELIVERED")));
    }

    /**
     * The message went over REST: the sender logged it SENT with its receipt verified and the receipt ACCEPTED, both
     * with transport REST; the receiver logged it ACCEPTED, transport REST, signed by the sender's key.
     */
    private static void assertOverRest(boolean fromUs, String agreementId, String messageId, String messageType) {
        awaitDelivered(fromUs, fromUs ? qatar.operator() : US, messageId);
        List<JsonObject> senderLog = fromUs ? ourLog(agreementId) : qatar.messageLog(agreementId);
        JsonObject sent = find(
                        senderLog,
                        e -> "OUTBOUND".equals(e.getString("direction"))
                                && messageId.equals(e.getString("messageId", null))
                                && "RECEIPT_VERIFIED".equals(e.getString("reason", null)))
                .orElseThrow(() -> new AssertionError("no verified send of " + messageId + ": " + senderLog));
        assertEquals(messageType, sent.getString("messageType"), sent::toString);
        assertEquals("REST", sent.getString("transport", null), sent::toString);
        JsonObject receipt = find(
                        senderLog,
                        e -> "RECEIPT".equals(e.getString("messageType"))
                                && messageId.equals(e.getString("correlationId", null))
                                && "ACCEPTED".equals(e.getString("decision")))
                .orElseThrow(() -> new AssertionError("no accepted receipt of " + messageId + ": " + senderLog));
        assertEquals("REST", receipt.getString("transport", null), receipt::toString);
        assertNotNull(receipt.getString("signerFingerprint", null), receipt::toString);

        JsonObject received = await().atMost(DELIVERY)
                .until(
                        () -> find(
                                fromUs ? qatar.messageLog(agreementId) : ourLog(agreementId),
                                e -> "INBOUND".equals(e.getString("direction"))
                                        && messageId.equals(e.getString("messageId", null))
                                        && "ACCEPTED".equals(e.getString("decision"))),
                        Optional::isPresent)
                .orElseThrow();
        assertEquals(messageType, received.getString("messageType"), received::toString);
        assertEquals("REST", received.getString("transport", null), received::toString);
        assertEquals(sent.getString("signerFingerprint"), received.getString("signerFingerprint"), "the sender's key");
        assertEquals(sent.getString("bodyHash"), received.getString("bodyHash"), "the bytes sent are the bytes taken");
    }

    private static String register(boolean ours, String passport) {
        return (ours
                        ? ours(Callers.registrar(), "POST", API + "/returnees", Samples.registration(passport))
                        : theirs(qatar.registrar(), "POST", API + "/returnees", Samples.registration(passport)))
                .expect(201)
                .json()
                .getString("registryNumber");
    }

    private static JsonObject employmentRecordRequest(String rn, String agreementId, String recipient) {
        return Json.createObjectBuilder()
                .add("registryNumber", rn)
                .add("agreementId", agreementId)
                .add("recipientInstitution", recipient)
                .add("purpose", CLAIM_PURPOSE)
                .add("periodFrom", "2019-01-01")
                .build();
    }

    private static JsonObject employmentRequest(boolean ours, String direction, String messageId) {
        String path =
                API + "/partner-messages/employment-record-requests?direction=" + direction + "&messageId=" + messageId;
        List<JsonObject> found = (ours
                        ? ours(Callers.registrar(), "GET", path, null)
                        : theirs(qatar.registrar(), "GET", path, null))
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * A return notice for labour migration administration (the purpose a return notice has, under a labour migration
     * agreement), our employment record request, Qatar's answer to it, Qatar's request and our answer: each crosses as
     * the REST twin, receipted and logged with its transport on both sides.
     */
    @Test
    void noticesRequestsAndAnswersCrossAsTheRestTwinBothWays() {
        JsonArrayBuilder scope = Json.createArrayBuilder();
        bothWays(scope, "RETURN_NOTICE", NOTICE_PURPOSE, "IDENTITY", "MIGRATION_HISTORY");
        bothWays(scope, "EMPLOYMENT_RECORD_REQUEST", CLAIM_PURPOSE, "IDENTITY");
        bothWays(scope, "EMPLOYMENT_RECORD_RESPONSE", CLAIM_PURPOSE, "MIGRATION_HISTORY");
        String agreementId = overRest("Two registries over REST: notices and requests", scope);

        // a return notice from us
        String passport = Samples.passportNumber();
        String ourNumber = register(true, passport);
        String notice = ours(
                        Callers.registrar(),
                        "POST",
                        API + "/partner-messages/return-notices",
                        Json.createObjectBuilder()
                                .add("registryNumber", ourNumber)
                                .add("agreementId", agreementId)
                                .add("recipientInstitution", qatar.operator())
                                .add("purpose", NOTICE_PURPOSE)
                                .add("returnModality", "END_OF_CONTRACT")
                                .add("returnReason", "Contract ended")
                                .add("exitDate", LocalDate.now().minusDays(2).toString())
                                .add("portOfEntry", "KTM")
                                .build())
                .expect(202)
                .json()
                .getString("messageId");
        assertOverRest(true, agreementId, notice, "RETURN_NOTICE");
        theirs(qatar.registrar(), "POST", API + "/returnees", Samples.registration(passport))
                .problem(409, "IdentifierAlreadyRegistered"); // the notice registered the worker in Qatar's registry

        // our request about a worker both registries know (the notice's worker is registered in Qatar's registry
        // by the notice itself), and Qatar's officer's answer, which comes back over REST too
        String known = Samples.passportNumber();
        String ourKnown = register(true, known);
        String theirNumber = register(false, known);
        String request = ours(
                        Callers.registrar(),
                        "POST",
                        API + "/partner-messages/employment-record-requests",
                        employmentRecordRequest(ourKnown, agreementId, qatar.operator()))
                .expect(202)
                .json()
                .getString("messageId");
        assertOverRest(true, agreementId, request, "EMPLOYMENT_RECORD_REQUEST");
        JsonObject received =
                await().atMost(DELIVERY).until(() -> employmentRequest(false, "INBOUND", request), r -> r != null);
        String theirAnswer = theirs(
                        qatar.socialSecurityOfficer(),
                        "POST",
                        API + "/partner-messages/employment-record-requests/" + received.getString("id") + "/answer",
                        Json.createObjectBuilder()
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
                                .build())
                .expect(202)
                .json()
                .getString("messageId");
        assertOverRest(false, agreementId, theirAnswer, "EMPLOYMENT_RECORD_RESPONSE");
        JsonObject answered = await().atMost(DELIVERY)
                .until(() -> employmentRequest(true, "OUTBOUND", request), r -> "ANSWERED"
                        .equals(r.getString("status")));
        assertEquals(
                57, answered.getJsonArray("records").getJsonObject(0).getInt("contributionMonths"), answered::toString);

        // Qatar's request, and our answer to it
        String theirRequest = theirs(
                        qatar.registrar(),
                        "POST",
                        API + "/partner-messages/employment-record-requests",
                        employmentRecordRequest(theirNumber, agreementId, US))
                .expect(202)
                .json()
                .getString("messageId");
        assertOverRest(false, agreementId, theirRequest, "EMPLOYMENT_RECORD_REQUEST");
        JsonObject ourInbound =
                await().atMost(DELIVERY).until(() -> employmentRequest(true, "INBOUND", theirRequest), r -> r != null);
        String ourAnswer = ours(
                        Callers.registrar(),
                        "POST",
                        API + "/partner-messages/employment-record-requests/" + ourInbound.getString("id") + "/answer",
                        Json.createObjectBuilder()
                                .add("outcome", "REFUSED")
                                .add("refusalCode", "NO_CONSENT")
                                .add("refusalReason", "The returnee has not consented to this disclosure")
                                .build())
                .expect(202)
                .json()
                .getString("messageId");
        assertOverRest(true, agreementId, ourAnswer, "EMPLOYMENT_RECORD_RESPONSE");
        JsonObject refused = await().atMost(DELIVERY)
                .until(() -> employmentRequest(false, "OUTBOUND", theirRequest), r -> "ANSWERED"
                        .equals(r.getString("status")));
        assertEquals("NO_CONSENT", refused.getString("refusalCode"), refused::toString);
    }

    /** A consent under which Qatar received data is revoked: the notice goes over REST. */
    @Test
    void aRevokedConsentIsToldOverRest() {
        JsonArrayBuilder scope = Json.createArrayBuilder()
                .add(Agreements.row(
                        "OUTBOUND", "EMPLOYMENT_RECORD_REQUEST", "IDENTITY", CLAIM_PURPOSE, "CONSENT_REQUIRED"))
                .add(Agreements.row("INBOUND", "EMPLOYMENT_RECORD_REQUEST", "IDENTITY", CLAIM_PURPOSE, "AGREEMENT"));
        bothWays(scope, "CONSENT_REVOKED", CLAIM_PURPOSE, "IDENTITY");
        String agreementId = overRest("Two registries over REST: consent", scope);
        String rn = register(true, Samples.passportNumber());
        String consentId = Consents.recorded(rn, qatar.operator(), CLAIM_PURPOSE, List.of("IDENTITY"));
        String request = ours(
                        Callers.registrar(),
                        "POST",
                        API + "/partner-messages/employment-record-requests",
                        employmentRecordRequest(rn, agreementId, qatar.operator()))
                .expect(202)
                .json()
                .getString("messageId");
        assertOverRest(true, agreementId, request, "EMPLOYMENT_RECORD_REQUEST");

        Consents.revoke(consentId);
        JsonObject sent = await().atMost(DELIVERY)
                .until(
                        () -> find(
                                ourLog(agreementId),
                                e -> "OUTBOUND".equals(e.getString("direction"))
                                        && "CONSENT_REVOKED".equals(e.getString("messageType"))
                                        && "RECEIPT_VERIFIED".equals(e.getString("reason", null))),
                        Optional::isPresent)
                .orElseThrow();
        assertOverRest(true, agreementId, sent.getString("messageId"), "CONSENT_REVOKED");
    }

    private static JsonObject section(String country) {
        return Json.createObjectBuilder()
                .add(
                        "document",
                        Json.createObjectBuilder(SocialSecurityIT.stateA())
                                .add("country", country)
                                .add(
                                        "periodRequests",
                                        Json.createObjectBuilder()
                                                .add("remindAfter", "PT1H")
                                                .add("timeOutAfter", "P30D")))
                .add("reason", "Protocol rules")
                .build();
    }

    private static JsonObject periods(String country, String institution, String from, String to) {
        return Json.createObjectBuilder()
                .add(
                        "periods",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add(
                                                "reference",
                                                "REF-"
                                                        + UUID.randomUUID()
                                                                .toString()
                                                                .substring(0, 8))
                                        .add("country", country)
                                        .add("institution", institution)
                                        .add("from", from)
                                        .add("to", to)
                                        .add("type", "COMPULSORY_EMPLOYED")))
                .build();
    }

    private static JsonObject claim(String rn, String agreementId, String partner) {
        return Json.createObjectBuilder()
                .add("registryNumber", rn)
                .add("benefit", "OLD_AGE")
                .add("agreementId", agreementId)
                .add("partnerInstitution", partner)
                .add("claimantKind", "RETURNEE")
                .add("reason", "Old-age pension with periods abroad")
                .build();
    }

    /**
     * A claim both ways: our period request reaches Qatar over REST, Qatar's certified answer comes back over REST,
     * our decision goes over REST; Qatar's period request reaches us, and our answer goes over REST.
     */
    @Test
    void periodRequestsAnswersAndTheDecisionCrossAsTheRestTwin() {
        JsonArrayBuilder scope = Json.createArrayBuilder();
        bothWays(scope, "INSURANCE_PERIOD_REQUEST", CLAIM_PURPOSE, "IDENTITY");
        bothWays(scope, "INSURANCE_PERIOD_ANSWER", CLAIM_PURPOSE, "SOCIAL_SECURITY");
        bothWays(scope, "CLAIM_DECISION", CLAIM_PURPOSE, "SOCIAL_SECURITY");
        String agreementId = overRest("Two registries over REST: claims", scope);
        SocialSecurityIT.section(agreementId, "PUT", section("NPL")).expect(200);
        theirs(
                        qatar.registryAdmin(),
                        "PUT",
                        API + "/social-security/agreements/" + agreementId + "/section",
                        section("QAT"))
                .expect(200);
        Caller officer = Callers.socialSecurityOfficer();

        // our claim: the period request goes to Qatar over REST
        String rn = register(true, Samples.passportNumber());
        String claimId = ours(officer, "POST", CLAIMS, claim(rn, agreementId, qatar.operator()))
                .expect(201)
                .json()
                .getString("claimId");
        ours(
                        officer,
                        "POST",
                        CLAIMS + "/" + claimId + "/submission",
                        Json.createObjectBuilder().build())
                .expect(200);
        String requestId = ours(
                        officer, "POST", CLAIMS + "/" + claimId + "/period-requests", Agreements.reason("Qatar"))
                .expect(200)
                .json()
                .getString("requestMessageId");
        assertOverRest(true, agreementId, requestId, "INSURANCE_PERIOD_REQUEST");

        // Qatar's officer answers; the answer comes back over REST and lands on our claim
        JsonObject item = await().atMost(DELIVERY)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> theirs(
                                        qatar.socialSecurityOfficer(),
                                        "GET",
                                        REQUESTS + "?sender=" + US + "&pageSize=100",
                                        null)
                                .expect(200)
                                .array()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(r -> claimId.equals(r.getString("partnerClaimId")))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        String answerId = theirs(
                        qatar.socialSecurityOfficer(),
                        "POST",
                        REQUESTS + "/" + item.getString("requestId") + "/answer",
                        periods(qatar.country(), qatar.operator(), "1998-01-01", "2021-12-31"))
                .expect(200)
                .json()
                .getString("answerMessageId");
        assertOverRest(false, agreementId, answerId, "INSURANCE_PERIOD_ANSWER");
        await().atMost(DELIVERY)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> ours(officer, "GET", CLAIMS + "/" + claimId, null)
                                .expect(200)
                                .json()
                                .getString("status"),
                        "PERIODS_RECEIVED"::equals);

        // our decision goes to Qatar over REST
        ours(
                        officer,
                        "POST",
                        CLAIMS + "/" + claimId + "/periods",
                        Json.createObjectBuilder()
                                .add(
                                        "periods",
                                        Json.createArrayBuilder()
                                                .add(SocialSecurityIT.period("NPL", "1980-01-01", "1997-12-31")))
                                .build())
                .expect(200);
        ours(
                        officer,
                        "POST",
                        CLAIMS + "/" + claimId + "/assessment",
                        Json.createObjectBuilder().build())
                .expect(200);
        String decisionId = ours(
                        officer,
                        "POST",
                        CLAIMS + "/" + claimId + "/decision",
                        Json.createObjectBuilder()
                                .add("decision", "APPROVED")
                                .add("reason", "Entitled on totalised periods")
                                .build())
                .expect(200)
                .json()
                .getString("decisionMessageId");
        assertOverRest(true, agreementId, decisionId, "CLAIM_DECISION");

        // Qatar's claim asks us; our officer's answer goes over REST
        String theirRn = register(false, Samples.passportNumber());
        Caller theirOfficer = qatar.socialSecurityOfficer();
        String theirClaim = theirs(theirOfficer, "POST", CLAIMS, claim(theirRn, agreementId, US))
                .expect(201)
                .json()
                .getString("claimId");
        theirs(
                        theirOfficer,
                        "POST",
                        CLAIMS + "/" + theirClaim + "/submission",
                        Json.createObjectBuilder().build())
                .expect(200);
        String theirRequest = theirs(
                        theirOfficer,
                        "POST",
                        CLAIMS + "/" + theirClaim + "/period-requests",
                        Agreements.reason("Nepal"))
                .expect(200)
                .json()
                .getString("requestMessageId");
        assertOverRest(false, agreementId, theirRequest, "INSURANCE_PERIOD_REQUEST");
        JsonObject ourItem = await().atMost(DELIVERY)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> ours(officer, "GET", REQUESTS + "?sender=" + qatar.operator() + "&pageSize=100", null)
                                .expect(200)
                                .array()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(r -> theirClaim.equals(r.getString("partnerClaimId")))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        String ourAnswer = ours(
                        officer,
                        "POST",
                        REQUESTS + "/" + ourItem.getString("requestId") + "/answer",
                        periods("NPL", US, "1980-01-01", "1997-12-31"))
                .expect(200)
                .json()
                .getString("answerMessageId");
        assertOverRest(true, agreementId, ourAnswer, "INSURANCE_PERIOD_ANSWER");
        assertTrue(
                ourLog(agreementId).stream()
                        .filter(e -> "OUTBOUND".equals(e.getString("direction")))
                        .allMatch(e -> "REST".equals(e.getString("transport", null))),
                "every attempt of ours under this agreement went over REST");
    }
}
