package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.PartnerMessages.queued;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.env.NeedsServer;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.PartnerMessages;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.it.support.TwoRegistries;
import org.returneeregistry.it.support.TwoRegistries.Side;

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

    private static final String CLAIM_PURPOSE = "SOCIAL_SECURITY_CLAIM";
    private static final String NOTICE_PURPOSE = "LABOUR_MIGRATION";

    private static TwoRegistries registries;
    private static Side nepal;
    private static Side qatar;

    @BeforeAll
    static void startTheSecondRegistry() {
        registries = TwoRegistries.start();
        nepal = registries.nepal();
        qatar = registries.qatar();
    }

    /**
     * The message went over REST: delivered, and exchanged as {@link TwoRegistries#assertExchanged} checks; the
     * sender logged it and its receipt with transport REST, the receiver logged it with transport REST, and the bytes
     * the sender hashed are the bytes the receiver took in.
     */
    private static void assertOverRest(
            Side sender, Side receiver, String agreementId, String messageId, String messageType) {
        sender.awaitDelivered(receiver.operator(), messageId);
        TwoRegistries.Exchanged exchanged =
                registries.assertExchanged(sender, receiver, agreementId, messageId, messageType);
        JsonObject sent = exchanged.sent();
        JsonObject receipt = exchanged.receipt();
        JsonObject received = exchanged.received();
        assertEquals("REST", sent.getString("transport", null), sent::toString);
        assertEquals("REST", receipt.getString("transport", null), receipt::toString);
        assertEquals("REST", received.getString("transport", null), received::toString);
        assertEquals(sent.getString("bodyHash"), received.getString("bodyHash"), "the bytes sent are the bytes taken");
    }

    private static JsonObject answered(Side side, String messageId) {
        return side.awaitEmploymentRequest("OUTBOUND", messageId, r -> "ANSWERED".equals(r.getString("status")));
    }

    /**
     * A return notice for labour migration administration (the purpose a return notice has, under a labour migration
     * agreement), our employment record request, Qatar's answer to it, Qatar's request and our answer: each crosses as
     * the REST twin, receipted and logged with its transport on both sides.
     */
    @Test
    void noticesRequestsAndAnswersCrossAsTheRestTwinBothWays() {
        JsonArrayBuilder scope = Json.createArrayBuilder();
        TwoRegistries.bothWays(scope, "RETURN_NOTICE", NOTICE_PURPOSE, "IDENTITY", "MIGRATION_HISTORY");
        TwoRegistries.bothWays(scope, "EMPLOYMENT_RECORD_REQUEST", CLAIM_PURPOSE, "IDENTITY");
        TwoRegistries.bothWays(scope, "EMPLOYMENT_RECORD_RESPONSE", CLAIM_PURPOSE, "MIGRATION_HISTORY");
        String agreementId = registries.overRest("Two registries over REST: notices and requests", scope);

        // a return notice from us
        String passport = Samples.passportNumber();
        String notice = nepal.sendReturnNotice(qatar, nepal.register(passport), agreementId, NOTICE_PURPOSE);
        assertOverRest(nepal, qatar, agreementId, notice, "RETURN_NOTICE");
        qatar.post(qatar.registrar(), API + "/returnees", Samples.registration(passport))
                .problem(409, "IdentifierAlreadyRegistered"); // the notice registered the worker in Qatar's registry

        // our request about a worker both registries know (the notice's worker is registered in Qatar's registry
        // by the notice itself), and Qatar's officer's answer, which comes back over REST too
        String known = Samples.passportNumber();
        String ourKnown = nepal.register(known);
        String theirNumber = qatar.register(known);
        String request = nepal.sendEmploymentRecordRequest(qatar, ourKnown, agreementId, CLAIM_PURPOSE);
        assertOverRest(nepal, qatar, agreementId, request, "EMPLOYMENT_RECORD_REQUEST");
        JsonObject received = qatar.awaitEmploymentRequest("INBOUND", request);
        String theirAnswer = queued(qatar.answerEmploymentRecordRequest(
                qatar.socialSecurityOfficer(), received.getString("id"), PartnerMessages.recordsFound(theirNumber)));
        assertOverRest(qatar, nepal, agreementId, theirAnswer, "EMPLOYMENT_RECORD_RESPONSE");
        JsonObject answered = answered(nepal, request);
        assertEquals(
                57, answered.getJsonArray("records").getJsonObject(0).getInt("contributionMonths"), answered::toString);

        // Qatar's request, and our answer to it
        String theirRequest = qatar.sendEmploymentRecordRequest(nepal, theirNumber, agreementId, CLAIM_PURPOSE);
        assertOverRest(qatar, nepal, agreementId, theirRequest, "EMPLOYMENT_RECORD_REQUEST");
        JsonObject ourInbound = nepal.awaitEmploymentRequest("INBOUND", theirRequest);
        String ourAnswer = queued(nepal.answerEmploymentRecordRequest(
                nepal.registrar(), ourInbound.getString("id"), PartnerMessages.refusedForWantOfConsent()));
        assertOverRest(nepal, qatar, agreementId, ourAnswer, "EMPLOYMENT_RECORD_RESPONSE");
        JsonObject refused = answered(qatar, theirRequest);
        assertEquals("NO_CONSENT", refused.getString("refusalCode"), refused::toString);
    }

    /** A consent under which Qatar received data is revoked: the notice goes over REST. */
    @Test
    void aRevokedConsentIsToldOverRest() {
        JsonArrayBuilder scope = Json.createArrayBuilder()
                .add(Agreements.row(
                        "OUTBOUND", "EMPLOYMENT_RECORD_REQUEST", "IDENTITY", CLAIM_PURPOSE, "CONSENT_REQUIRED"))
                .add(Agreements.row("INBOUND", "EMPLOYMENT_RECORD_REQUEST", "IDENTITY", CLAIM_PURPOSE, "AGREEMENT"));
        TwoRegistries.bothWays(scope, "CONSENT_REVOKED", CLAIM_PURPOSE, "IDENTITY");
        String agreementId = registries.overRest("Two registries over REST: consent", scope);
        String rn = nepal.register(Samples.passportNumber());
        String consentId = Consents.recorded(rn, qatar.operator(), CLAIM_PURPOSE, List.of("IDENTITY"));
        String request = nepal.sendEmploymentRecordRequest(qatar, rn, agreementId, CLAIM_PURPOSE);
        assertOverRest(nepal, qatar, agreementId, request, "EMPLOYMENT_RECORD_REQUEST");

        Consents.revoke(consentId);
        JsonObject sent = nepal.awaitLogEntry(
                agreementId,
                "a verified CONSENT_REVOKED",
                e -> "OUTBOUND".equals(e.getString("direction"))
                        && "CONSENT_REVOKED".equals(e.getString("messageType"))
                        && "RECEIPT_VERIFIED".equals(e.getString("reason", null)));
        assertOverRest(nepal, qatar, agreementId, sent.getString("messageId"), "CONSENT_REVOKED");
    }

    /** The State A rules as the registry of {@code country} holds them. */
    private static JsonObject ruleSet(String country) {
        return Json.createObjectBuilder(SocialSecurityIT.stateA())
                .add("country", country)
                .build();
    }

    private static JsonObject certifiedPeriods(Side institution, String from, String to) {
        return TwoRegistries.certifiedPeriods(
                "REF-" + UUID.randomUUID().toString().substring(0, 8),
                institution.country(),
                institution.operator(),
                from,
                to);
    }

    /**
     * {@code claimant}'s officer opens a claim of a new returnee with {@code partner} and asks it for the periods; the
     * request crosses over REST. Answers the claim's id.
     */
    private static String periodsAskedOverRest(Side claimant, Side partner, String agreementId, String reason) {
        String claimId = claimant.openClaim(
                claimant.register(Samples.passportNumber()),
                agreementId,
                partner,
                "Old-age pension with periods abroad");
        String requestId = claimant.requestPeriods(claimId, reason);
        assertOverRest(claimant, partner, agreementId, requestId, "INSURANCE_PERIOD_REQUEST");
        return claimId;
    }

    /** {@code answering}'s officer finds the claimant's period request and answers it; the answer crosses over REST. */
    private static void answeredOverRest(
            Side answering, Side claimant, String agreementId, String claimId, JsonObject periods) {
        JsonObject item = answering.awaitPeriodRequest(claimant, claimId);
        String answerId = answering
                .answerPeriodRequest(item.getString("requestId"), periods)
                .getString("answerMessageId");
        assertOverRest(answering, claimant, agreementId, answerId, "INSURANCE_PERIOD_ANSWER");
    }

    /**
     * A claim both ways: our period request reaches Qatar over REST, Qatar's certified answer comes back over REST,
     * our decision goes over REST; Qatar's period request reaches us, and our answer goes over REST.
     */
    @Test
    void periodRequestsAnswersAndTheDecisionCrossAsTheRestTwin() {
        JsonArrayBuilder scope = Json.createArrayBuilder();
        TwoRegistries.bothWays(scope, "INSURANCE_PERIOD_REQUEST", CLAIM_PURPOSE, "IDENTITY");
        TwoRegistries.bothWays(scope, "INSURANCE_PERIOD_ANSWER", CLAIM_PURPOSE, "SOCIAL_SECURITY");
        TwoRegistries.bothWays(scope, "CLAIM_DECISION", CLAIM_PURPOSE, "SOCIAL_SECURITY");
        String agreementId = registries.overRest("Two registries over REST: claims", scope);
        nepal.putSection(agreementId, ruleSet("NPL"));
        qatar.putSection(agreementId, ruleSet("QAT"));

        // our claim: the period request goes to Qatar over REST
        String claimId = periodsAskedOverRest(nepal, qatar, agreementId, "Qatar");

        // Qatar's officer answers; the answer comes back over REST and lands on our claim
        answeredOverRest(qatar, nepal, agreementId, claimId, certifiedPeriods(qatar, "1998-01-01", "2021-12-31"));
        nepal.awaitClaim(claimId, "PERIODS_RECEIVED");

        // our decision goes to Qatar over REST
        String decisionId = nepal.approve(claimId, SocialSecurityIT.period("NPL", "1980-01-01", "1997-12-31"))
                .getString("decisionMessageId");
        assertOverRest(nepal, qatar, agreementId, decisionId, "CLAIM_DECISION");

        // Qatar's claim asks us; our officer's answer goes over REST
        String theirClaim = periodsAskedOverRest(qatar, nepal, agreementId, "Nepal");
        answeredOverRest(nepal, qatar, agreementId, theirClaim, certifiedPeriods(nepal, "1980-01-01", "1997-12-31"));
        assertTrue(
                nepal.messageLog(agreementId).stream()
                        .filter(e -> "OUTBOUND".equals(e.getString("direction")))
                        .allMatch(e -> "REST".equals(e.getString("transport", null))),
                "every attempt of ours under this agreement went over REST");
    }
}
