package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.Outboxes.awaitMessage;
import static org.returneeregistry.it.support.Outboxes.hasStatus;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
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
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.PartnerPeer;
import org.returneeregistry.it.support.PartnerPeer.Signing;
import org.returneeregistry.it.support.PartnerReceiver;
import org.returneeregistry.it.support.PartnerReceiver.Receipts;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.schemas.socialsecurity.v1.Claim;
import org.returneeregistry.schemas.socialsecurity.v1.ClaimRequest;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.schemas.wsdl.v1.SocialSecurityPort;

/**
 * A social security portability claim end to end through the deployed registry: an officer opens it (idempotent on
 * its key), submits it and asks the partner institution for periods; the request goes out signed over the partner
 * exchange to a receiver built on WSS4J, which verifies it and answers a signed receipt; the partner's certified
 * periods come back signed to the inbound endpoint and land on the claim; the officer adds the home record,
 * assesses and decides, and the decision carries the engine's computation. A silent partner is reminded with a
 * real re-sent request; a partner institution reads only the claims addressed to it; bad moves and unasked answers
 * are refused with their codes and nothing written.
 */
class SocialSecurityClaimIT extends DeployedRegistry {

    private static final String CLAIMS = API + "/social-security/claims";
    private static final String SOAP = "/soap/PartnerExchangeService";
    private static final String PARTNER = Callers.PARTNER;
    private static final String PURPOSE = "SOCIAL_SECURITY_CLAIM";
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final Pattern FAULT_CODE = Pattern.compile("<(?:\\w+:)?code>([A-Za-z]+)</(?:\\w+:)?code>");

    private static PartnerPeer peer;
    private static PartnerReceiver partner;
    private static String agreement;

    @BeforeAll
    static void anAgreementWithASectionAndThePartnersEndpoint() throws Exception {
        Callers.partnerInstitution();
        peer = PartnerPeer.withNewKey("EC", null, 365);
        partner = PartnerReceiver.start(peer, PARTNER, Receipts.SIGNED);
        // the registry reminds a silent partner by itself: an hour is longer than any test here waits
        agreement = agreementWith("PT1H", "P30D");
    }

    /** A social security agreement in force with the partner, its certificate and endpoint, and the times. */
    static String agreementWith(String remindAfter, String timeOutAfter) throws Exception {
        return agreementWith(remindAfter, timeOutAfter, null, null, null);
    }

    /**
     * As {@link #agreementWith(String, String)}; with {@code second} not null, a second institution of the partner
     * country is a party too, with its own certificate and endpoint.
     */
    static String agreementWith(
            String remindAfter, String timeOutAfter, String second, PartnerPeer secondPeer, String secondUrl)
            throws Exception {
        var parties = Agreements.parties();
        if (second != null) {
            parties.add(Json.createObjectBuilder().add("country", "QAT").add("institution", second));
        }
        JsonObject body = Agreements.registration("Social security claims " + UUID.randomUUID())
                .add("parties", parties)
                .add("type", "SOCIAL_SECURITY")
                .add(
                        "scope",
                        Json.createArrayBuilder()
                                .add(Agreements.row(
                                        "OUTBOUND", "INSURANCE_PERIOD_REQUEST", "IDENTITY", PURPOSE, "AGREEMENT"))
                                .add(Agreements.row(
                                        "INBOUND", "INSURANCE_PERIOD_ANSWER", "SOCIAL_SECURITY", PURPOSE, "AGREEMENT"))
                                .add(Agreements.row(
                                        "INBOUND", "INSURANCE_PERIOD_REQUEST", "IDENTITY", PURPOSE, "AGREEMENT"))
                                .add(Agreements.row(
                                        "OUTBOUND", "INSURANCE_PERIOD_ANSWER", "SOCIAL_SECURITY", PURPOSE, "AGREEMENT"))
                                .add(Agreements.row(
                                        "OUTBOUND", "CLAIM_DECISION", "SOCIAL_SECURITY", PURPOSE, "AGREEMENT"))
                                .add(Agreements.row(
                                        "INBOUND", "CLAIM_DECISION", "SOCIAL_SECURITY", PURPOSE, "AGREEMENT")))
                .build();
        String id = Agreements.send(Callers.registryAdmin(), "POST", API + "/agreements", body.toString())
                .expect(201)
                .json()
                .getString("agreementId");
        Agreements.post(id, "/entry-into-force", Agreements.reason("Ratified")).expect(200);
        Agreements.attach(id, peer.pem());
        if (second != null) {
            Agreements.post(
                            id,
                            "/certificates",
                            Json.createObjectBuilder()
                                    .add("institution", second)
                                    .add("pem", secondPeer.pem())
                                    .add("reason", "Exchange signing key")
                                    .build())
                    .expect(201);
            Agreements.send(
                            Callers.registryAdmin(),
                            "PUT",
                            API + "/agreements/" + id + "/endpoints/" + second + "/SOAP",
                            Json.createObjectBuilder()
                                    .add("url", secondUrl)
                                    .add("reason", "Partner's exchange endpoint")
                                    .build()
                                    .toString())
                    .expect(200);
        }
        JsonObject section = Json.createObjectBuilder(SocialSecurityIT.stateA())
                .add(
                        "periodRequests",
                        Json.createObjectBuilder()
                                .add("remindAfter", remindAfter)
                                .add("timeOutAfter", timeOutAfter))
                .build();
        SocialSecurityIT.section(
                        id,
                        "PUT",
                        Json.createObjectBuilder()
                                .add("document", section)
                                .add("reason", "Protocol rules")
                                .build())
                .expect(200);
        Agreements.send(
                        Callers.registryAdmin(),
                        "PUT",
                        API + "/agreements/" + id + "/endpoints/" + PARTNER + "/SOAP",
                        Json.createObjectBuilder()
                                .add("url", partner.url())
                                .add("reason", "Partner's exchange endpoint")
                                .build()
                                .toString())
                .expect(200);
        return id;
    }

    @org.junit.jupiter.api.AfterAll
    static void stopThePartner() {
        if (partner != null) {
            partner.close();
        }
    }

    private static String newReturnee() {
        return RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
    }

    private static JsonObject claimBody(String registryNumber) {
        return claimBody(registryNumber, agreement);
    }

    private static JsonObject claimBody(String registryNumber, String agreementId) {
        return Json.createObjectBuilder()
                .add("registryNumber", registryNumber)
                .add("benefit", "OLD_AGE")
                .add("agreementId", agreementId)
                .add("partnerInstitution", PARTNER)
                .add("claimantKind", "RETURNEE")
                .add("reason", "Old-age pension with periods in Qatar")
                .build();
    }

    private static RegistryApi.Answer create(JsonObject body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(RegistryApi.uri(CLAIMS))
                .header("Content-Type", JSON)
                .header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return RegistryApi.sendAs(Callers.socialSecurityOfficer(), request);
    }

    private static RegistryApi.Answer act(String claimId, String step, JsonObject body) {
        return Agreements.send(
                Callers.socialSecurityOfficer(),
                "POST",
                CLAIMS + "/" + claimId + "/" + step,
                (body == null ? Json.createObjectBuilder().build() : body).toString());
    }

    private static RegistryApi.Answer read(Caller caller, String claimId) {
        return Agreements.send(caller, "GET", CLAIMS + "/" + claimId, null);
    }

    private static String opened(String registryNumber) {
        return create(claimBody(registryNumber), null).expect(201).json().getString("claimId");
    }

    /** The partner's certified periods for the claim, answering the request {@code correlationId}. */
    private static String answer(String messageId, String correlationId, String claimId, String periods) {
        return answer(agreement, messageId, correlationId, claimId, periods);
    }

    private static String answer(
            String agreementId, String messageId, String correlationId, String claimId, String periods) {
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
                        %s
                    </x:answer>
                </x:InsurancePeriodAnswer>
                </S:Body>
                </S:Envelope>
                """.formatted(
                messageId, correlationId, agreementId, PARTNER, Callers.OPERATOR, Instant.now(), claimId, periods);
    }

    private static final String QATAR_CAREER = """
            <x:period>
                <x:reference>GOSI-7781</x:reference>
                <x:institution>QAT-GOSI</x:institution>
                <x:from>1998-01-01</x:from>
                <x:to>2021-12-31</x:to>
                <x:periodType>COMPULSORY_EMPLOYED</x:periodType>
            </x:period>""";

    private static RegistryApi.Answer sendSigned(String envelope) {
        return RegistryApi.sendAs(
                Callers.partnerInstitution(),
                HttpRequest.newBuilder(RegistryApi.uri(SOAP))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                peer.sign(envelope, Signing.BODY_AND_TIMESTAMP), StandardCharsets.UTF_8)));
    }

    private static void assertFault(RegistryApi.Answer answer, String code) {
        assertEquals(500, answer.status(), answer::toString);
        Matcher m = FAULT_CODE.matcher(answer.body());
        assertTrue(m.find(), answer::toString);
        assertEquals(code, m.group(1), answer::toString);
    }

    private static List<String> statuses(JsonObject claim) {
        return claim.getJsonArray("transitions").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("to"))
                .toList();
    }

    @Test
    void aClaimRunsFromOpeningThroughThePartnersSignedAnswerToADecisionWithItsComputation() throws Exception {
        String rn = newReturnee();
        String key = UUID.randomUUID().toString();
        JsonObject created = create(claimBody(rn), key).expect(201).json();
        String claimId = created.getString("claimId");
        assertEquals("DRAFT", created.getString("status"));
        // the same key and body answer the same claim; the same key with another body is refused
        assertEquals(claimId, create(claimBody(rn), key).expect(200).json().getString("claimId"));
        JsonObject other = Json.createObjectBuilder(claimBody(rn))
                .add("benefit", "INVALIDITY")
                .build();
        create(other, key).problem(422, "IdempotencyKeyReused");

        act(claimId, "submission", null).expect(200);
        int sentBefore = partner.received().size();
        JsonObject requested = act(claimId, "period-requests", Agreements.reason("Periods in Qatar"))
                .expect(200)
                .json();
        assertEquals("PERIODS_REQUESTED", requested.getString("status"));
        String requestId = requested.getString("requestMessageId");

        // the request goes out signed; the partner verifies it and its signed receipt is verified by the registry
        awaitMessage(PARTNER, requestId, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
        PartnerReceiver.Received got = partner.received().stream()
                .filter(r -> requestId.equals(r.messageId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the partner got no request " + requestId));
        assertTrue(got.signatureValid(), got::soap);
        assertEquals("InsurancePeriodRequest", got.operation());
        assertTrue(got.soap().contains(claimId), got::soap);
        assertTrue(partner.received().size() > sentBefore);

        // the partner answers signed: its certified periods land on the claim, which moves to PERIODS_RECEIVED
        String answerId = UUID.randomUUID().toString();
        String certified = answer(answerId, requestId, claimId, QATAR_CAREER);
        RegistryApi.Answer receipt = sendSigned(certified);
        assertEquals(200, receipt.status(), receipt::toString);
        assertTrue(receipt.body().contains("ACCEPTED"), receipt::toString);
        // the same answer again is answered as already received and takes nothing in twice
        RegistryApi.Answer again = sendSigned(certified);
        assertEquals(200, again.status(), again::toString);
        assertTrue(again.body().contains("ALREADY_RECEIVED"), again::toString);
        JsonObject received =
                read(Callers.socialSecurityOfficer(), claimId).expect(200).json();
        assertEquals("PERIODS_RECEIVED", received.getString("status"));
        List<JsonObject> periods = received.getJsonArray("periods").getValuesAs(JsonObject.class);
        assertEquals(1, periods.size(), received::toString);
        assertEquals("PARTNER_CERTIFIED", periods.get(0).getJsonObject("period").getString("source"));
        assertEquals(answerId, periods.get(0).getString("messageId"));

        // the home institution's record, then assessment and decision
        act(
                        claimId,
                        "periods",
                        Json.createObjectBuilder()
                                .add(
                                        "periods",
                                        Json.createArrayBuilder()
                                                .add(SocialSecurityIT.period("NPL", "1980-01-01", "1997-12-31")))
                                .build())
                .expect(200);
        act(claimId, "assessment", null).expect(200);
        JsonObject decided = act(
                        claimId,
                        "decision",
                        Json.createObjectBuilder()
                                .add("decision", "APPROVED")
                                .add("reason", "Entitled on totalised periods")
                                .build())
                .expect(200)
                .json();
        assertEquals("APPROVED", decided.getString("status"));
        JsonObject decision = decided.getJsonObject("decision");
        assertEquals("ENTITLED", decision.getString("outcome"), decided::toString);
        assertEquals(
                0,
                new BigDecimal("360.00")
                        .compareTo(decision.getJsonNumber("payableAmount").bigDecimalValue()));
        assertEquals("PRO_RATA", decision.getString("payableBasis"));
        assertEquals(
                0,
                new BigDecimal("42")
                        .compareTo(decision.getJsonNumber("totalisedPeriods").bigDecimalValue()));
        assertEquals(1, decision.getInt("sectionVersion"));
        assertTrue(
                decision.getJsonArray("trace").getValuesAs(JsonObject.class).stream()
                        .anyMatch(t -> t.getString("text").contains("own 18 ÷ fixed denominator 40 = 360")),
                decided::toString);
        assertEquals(
                List.of("DRAFT", "SUBMITTED", "PERIODS_REQUESTED", "PERIODS_RECEIVED", "UNDER_ASSESSMENT", "APPROVED"),
                statuses(decided));
        // the decision goes to the partner signed, with its computation, and the partner's signed receipt is verified
        String decisionId = decided.getString("decisionMessageId");
        awaitMessage(PARTNER, decisionId, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
        PartnerReceiver.Received told = partner.received().stream()
                .filter(r -> decisionId.equals(r.messageId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the partner got no decision " + decisionId));
        assertTrue(told.signatureValid(), told::soap);
        assertEquals("ClaimDecision", told.operation());
        assertTrue(told.soap().contains(claimId) && told.soap().contains("APPROVED"), told::soap);
        assertTrue(told.soap().contains("own 18 ÷ fixed denominator 40 = 360"), told::soap);
        assertEquals(
                "DELIVERED",
                read(Callers.socialSecurityOfficer(), claimId)
                        .expect(200)
                        .json()
                        .getString("decisionDelivery"));
        Claim overSoap =
                RegistryApi.socialSecurityPort(Callers.socialSecurityOfficer()).getClaim(claimId);
        assertEquals(decisionId, overSoap.getDecisionMessageId());
        assertEquals("DELIVERED", overSoap.getDecisionDelivery());
        JsonObject last = decided.getJsonArray("transitions").getJsonObject(5);
        assertEquals("Entitled on totalised periods", last.getString("reason"));
        assertTrue(last.getString("by").contains("ssofficer.demo"), last::toString);

        // bad moves are refused with their code, and nothing is written
        act(
                        claimId,
                        "decision",
                        Json.createObjectBuilder()
                                .add("decision", "REJECTED")
                                .add("reason", "Again")
                                .build())
                .problem(409, "ClaimStatusConflict");
        act(claimId, "submission", null).problem(409, "ClaimStatusConflict");
        JsonObject unchanged =
                read(Callers.socialSecurityOfficer(), claimId).expect(200).json();
        assertEquals(decided.getJsonArray("transitions"), unchanged.getJsonArray("transitions"));
        assertEquals(decided.getJsonNumber("version"), unchanged.getJsonNumber("version"));

        // reopened on appeal, with a reason
        act(claimId, "reopening", Json.createObjectBuilder().build()).problem(400, "ValidationFailed");
        assertEquals(
                "REOPENED",
                act(claimId, "reopening", Agreements.reason("Appeal lodged"))
                        .expect(200)
                        .json()
                        .getString("status"));
    }

    @Test
    void anOfficerRemindsASilentPartnerWithARealResentRequest() {
        String claimId = opened(newReturnee());
        act(claimId, "submission", null).expect(200);
        String first = act(claimId, "period-requests", null).expect(200).json().getString("requestMessageId");
        awaitMessage(PARTNER, first, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));

        JsonObject reminded = act(claimId, "reminders", null).expect(200).json();
        assertEquals(1, reminded.getInt("remindersSent"));
        assertEquals("PERIODS_REQUESTED", reminded.getString("status"));
        assertEquals("WAITING", reminded.getString("awaiting"));
        String second = reminded.getString("requestMessageId");
        assertFalse(first.equals(second), "a reminder is a new message");
        awaitMessage(PARTNER, second, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
        PartnerReceiver.Received resent = partner.received().stream()
                .filter(r -> second.equals(r.messageId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the reminder did not reach the partner"));
        assertTrue(resent.signatureValid(), resent::soap);
        assertTrue(resent.soap().contains("reminder>1<"), resent::soap);

        // reminded and still silent: overdue, counted by the query itself, not by a filter of one page
        RegistryApi.Answer overdue = Agreements.send(
                        Callers.socialSecurityOfficer(), "GET", CLAIMS + "?overdue=true&pageSize=100", null)
                .expect(200);
        List<String> ids = overdue.array().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("claimId"))
                .toList();
        assertTrue(ids.contains(claimId), ids::toString);
        assertEquals(String.valueOf(ids.size()), overdue.header("X-Total-Count").orElseThrow(), overdue::toString);
        RegistryApi.Answer one = Agreements.send(
                        Callers.socialSecurityOfficer(), "GET", CLAIMS + "?overdue=true&pageSize=1", null)
                .expect(200);
        assertEquals(1, one.array().size());
        assertEquals(String.valueOf(ids.size()), one.header("X-Total-Count").orElseThrow(), one::toString);
    }

    @Test
    void aSilentPartnerIsRemindedAndTimedOutByTheRegistryItself() throws Exception {
        String quick = agreementWith("PT3S", "PT9S");
        String claimId =
                create(claimBody(newReturnee(), quick), null).expect(201).json().getString("claimId");
        act(claimId, "submission", null).expect(200);
        String first = act(claimId, "period-requests", null).expect(200).json().getString("requestMessageId");

        // at remindAfter the registry re-sends the request on its own: a new signed message the partner receives
        JsonObject reminded = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> read(Callers.socialSecurityOfficer(), claimId)
                                .expect(200)
                                .json(),
                        c -> c.getInt("remindersSent") >= 1);
        String second = reminded.getString("requestMessageId");
        assertFalse(first.equals(second), "a reminder is a new message");
        awaitMessage(PARTNER, second, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
        assertTrue(
                partner.received().stream()
                        .filter(r -> second.equals(r.messageId()))
                        .allMatch(r -> r.signatureValid() && r.soap().contains("reminder>1<")),
                "the reminder went out signed with its number");

        // at timeOutAfter the claim stops waiting: a move of the registry's own, with its reason
        JsonObject timedOut = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> read(Callers.socialSecurityOfficer(), claimId)
                                .expect(200)
                                .json(),
                        c -> "PERIODS_TIMED_OUT".equals(c.getString("status")));
        JsonObject move = timedOut.getJsonArray("transitions").getValuesAs(JsonObject.class).stream()
                .filter(t -> "TIME_OUT".equals(t.getString("action")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(timedOut.toString()));
        assertEquals("PERIODS_REQUESTED", move.getString("from"));
        assertTrue(move.getString("reason").contains(PARTNER), move::toString);
        assertTrue(move.getString("by").startsWith("registry"), move::toString);
        assertEquals(
                1,
                statuses(timedOut).stream().filter("PERIODS_TIMED_OUT"::equals).count());
        List<String> overdue = Agreements.send(
                        Callers.socialSecurityOfficer(), "GET", CLAIMS + "?overdue=true&pageSize=100", null)
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(c -> c.getString("claimId"))
                .toList();
        assertTrue(overdue.contains(claimId), overdue::toString);

        // a late answer to the first request is still taken in
        RegistryApi.Answer late = sendSigned(answer(quick, UUID.randomUUID().toString(), first, claimId, QATAR_CAREER));
        assertEquals(200, late.status(), late::toString);
        JsonObject received =
                read(Callers.socialSecurityOfficer(), claimId).expect(200).json();
        assertEquals("PERIODS_RECEIVED", received.getString("status"));
        assertEquals(1, received.getJsonArray("periods").size());
    }

    @Test
    void aPartnerInstitutionReadsOnlyTheClaimsAddressedToIt() {
        String claimId = opened(newReturnee());

        JsonObject seen =
                read(Callers.partnerInstitution(), claimId).expect(200).json();
        assertEquals(claimId, seen.getString("claimId"));
        List<String> listed = Agreements.send(Callers.partnerInstitution(), "GET", CLAIMS + "?pageSize=100", null)
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(c -> c.getString("partnerInstitution"))
                .distinct()
                .toList();
        assertEquals(List.of(PARTNER), listed);
        // the partner's read is decided on the partner channel
        List<JsonObject> decisions = RegistryApi.decisions(seen.getString("registryNumber"), "&organisation=" + PARTNER)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(
                decisions.stream()
                        .anyMatch(d ->
                                "PARTNER".equals(d.getString("channel")) && "PERMIT".equals(d.getString("outcome"))),
                decisions::toString);

        // a partner reads; it does not act
        act(claimId, "submission", null).expect(200);
        RegistryApi.Answer moved = Agreements.send(
                Callers.partnerInstitution(), "POST", CLAIMS + "/" + claimId + "/withdrawal", "{\"reason\":\"x\"}");
        moved.problem(403, "NotAuthorized");

        // another partner institution sees nothing: the claim is unknown to it
        String other = "QAT-XCLM" + Math.abs(UUID.randomUUID().hashCode() % 100000);
        Callers.registered(other, "PARTNER_INSTITUTION", "QAT", "partner-institution");
        Caller stranger = new Caller(Callers.clientId(other), other, false, "partner-institution");
        read(stranger, claimId).problem(404, "NotFound");
        assertEquals(
                0,
                Agreements.send(stranger, "GET", CLAIMS, null)
                        .expect(200)
                        .array()
                        .size());
        assertEquals(
                "SUBMITTED",
                read(Callers.socialSecurityOfficer(), claimId)
                        .expect(200)
                        .json()
                        .getString("status"));
    }

    @Test
    void badInputAndUnaskedAnswersAreRefusedWithNothingWritten() {
        String rn = newReturnee();
        JsonObject survivorWithoutName = Json.createObjectBuilder(claimBody(rn))
                .add("claimantKind", "SURVIVOR")
                .add("benefit", "SURVIVORS")
                .build();
        create(survivorWithoutName, null).problem(400, "ValidationFailed");
        create(Json.createObjectBuilder(claimBody(rn)).add("benefit", "HOLIDAY").build(), null)
                .problem(400, "ValidationFailed");
        String noSection =
                Agreements.registered("No section " + UUID.randomUUID()).getString("agreementId");
        create(
                        Json.createObjectBuilder(claimBody(rn))
                                .add("agreementId", noSection)
                                .build(),
                        null)
                .problem(422, "NoSocialSecuritySection");
        create(
                        Json.createObjectBuilder(claimBody(rn))
                                .add("partnerInstitution", "ARE-NOPE")
                                .build(),
                        null)
                .problem(422, "InstitutionNotParty");

        // decided before its periods came: refused
        String claimId = opened(rn);
        act(claimId, "submission", null).expect(200);
        act(claimId, "period-requests", null).expect(200);
        act(
                        claimId,
                        "decision",
                        Json.createObjectBuilder()
                                .add("decision", "APPROVED")
                                .add("reason", "Too early")
                                .build())
                .problem(409, "ClaimStatusConflict");

        // a partner answer for a claim it was not asked about: refused, nothing taken in
        String draft = opened(rn);
        assertFault(
                sendSigned(answer(UUID.randomUUID().toString(), "req-1", draft, QATAR_CAREER)),
                "ClaimNotAwaitingAnswer");
        JsonObject untouched =
                read(Callers.socialSecurityOfficer(), draft).expect(200).json();
        assertEquals("DRAFT", untouched.getString("status"));
        assertEquals(0, untouched.getJsonArray("periods").size());

        // periods with to before from: refused as a whole, the claim still waits
        act(claimId, "period-requests", null).problem(409, "ClaimStatusConflict");
        String awaiting = read(Callers.socialSecurityOfficer(), claimId)
                .expect(200)
                .json()
                .getString("requestMessageId");
        String backwards = QATAR_CAREER.replace("<x:to>2021-12-31</x:to>", "<x:to>1990-12-31</x:to>");
        assertFault(sendSigned(answer(UUID.randomUUID().toString(), awaiting, claimId, backwards)), "ValidationFailed");
        JsonObject still =
                read(Callers.socialSecurityOfficer(), claimId).expect(200).json();
        assertEquals("PERIODS_REQUESTED", still.getString("status"));
        assertEquals(0, still.getJsonArray("periods").size());
        assertEquals(List.of("DRAFT", "SUBMITTED", "PERIODS_REQUESTED"), statuses(still), () -> still.getJsonArray(
                        "transitions")
                .getValuesAs(JsonObject.class)
                .toString());
    }

    private static final String REQUESTS = API + "/social-security/period-requests";

    /** The partner's signed request for the periods of its claim {@code partnerClaim}. */
    private static String periodRequest(String messageId, String partnerClaim, String passport, Integer reminder) {
        return """
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:x="https://schemas.returneeregistry.org/exchange/v1" xmlns:c="https://schemas.returneeregistry.org/common/v1">
                <S:Header/>
                <S:Body>
                <x:InsurancePeriodRequest>
                    <x:envelope>
                        <x:messageId>%s</x:messageId>
                        <x:agreementId>%s</x:agreementId>
                        <x:senderInstitution>%s</x:senderInstitution>
                        <x:recipientInstitution>%s</x:recipientInstitution>
                        <x:timestamp>%s</x:timestamp>
                        <x:messageType>INSURANCE_PERIOD_REQUEST</x:messageType>
                        <x:purpose>SOCIAL_SECURITY_CLAIM</x:purpose>
                        <x:dataCategory>IDENTITY</x:dataCategory>
                    </x:envelope>
                    <x:query>
                        <x:claimId>%s</x:claimId>
                        <x:benefit>OLD_AGE</x:benefit>
                        <x:identifier><c:type>PASSPORT</c:type><c:number>%s</c:number><c:issuingCountry>NPL</c:issuingCountry></x:identifier>
                        %s
                    </x:query>
                </x:InsurancePeriodRequest>
                </S:Body>
                </S:Envelope>
                """.formatted(
                        messageId,
                        agreement,
                        PARTNER,
                        Callers.OPERATOR,
                        Instant.now(),
                        partnerClaim,
                        passport,
                        reminder == null ? "" : "<x:reminder>" + reminder + "</x:reminder>");
    }

    /** The partner's signed decision on its claim {@code partnerClaim}. */
    private static String claimDecision(String messageId, String partnerClaim, String decision) {
        return """
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:x="https://schemas.returneeregistry.org/exchange/v1">
                <S:Header/>
                <S:Body>
                <x:ClaimDecision>
                    <x:envelope>
                        <x:messageId>%s</x:messageId>
                        <x:agreementId>%s</x:agreementId>
                        <x:senderInstitution>%s</x:senderInstitution>
                        <x:recipientInstitution>%s</x:recipientInstitution>
                        <x:timestamp>%s</x:timestamp>
                        <x:messageType>CLAIM_DECISION</x:messageType>
                        <x:purpose>SOCIAL_SECURITY_CLAIM</x:purpose>
                        <x:dataCategory>SOCIAL_SECURITY</x:dataCategory>
                    </x:envelope>
                    <x:decision>
                        <x:claimId>%s</x:claimId>
                        <x:decision>%s</x:decision>
                        <x:outcome>ENTITLED</x:outcome>
                        <x:payableAmount>120.50</x:payableAmount>
                        <x:payableBasis>PRO_RATA</x:payableBasis>
                        <x:decidedAt>%s</x:decidedAt>
                        <x:traceStep><x:step>PRO_RATA</x:step><x:text>own 6 of 30 years</x:text></x:traceStep>
                    </x:decision>
                </x:ClaimDecision>
                </S:Body>
                </S:Envelope>
                """.formatted(
                messageId, agreement, PARTNER, Callers.OPERATOR, Instant.now(), partnerClaim, decision, Instant.now());
    }

    private static JsonObject worklistItem(String partnerClaim) {
        return Agreements.send(
                        Callers.socialSecurityOfficer(),
                        "GET",
                        REQUESTS + "?sender=" + PARTNER + "&status=OPEN&pageSize=100",
                        null)
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(r -> partnerClaim.equals(r.getString("partnerClaimId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no worklist item for " + partnerClaim));
    }

    private static RegistryApi.Answer answerRequest(String requestId, JsonObject body) {
        return Agreements.send(
                Callers.socialSecurityOfficer(), "POST", REQUESTS + "/" + requestId + "/answer", body.toString());
    }

    private static JsonObject homePeriods(String from, String to, String unit) {
        JsonObject period = Json.createObjectBuilder()
                .add("reference", "SSF-881")
                .add("country", "NPL")
                .add("institution", "NPL-SSF")
                .add("from", from)
                .add("to", to)
                .add("type", "COMPULSORY_EMPLOYED")
                .add("relevance", Json.createArrayBuilder().add("OLD_AGE"))
                .add("total", Json.createObjectBuilder().add("amount", 24).add("unit", unit))
                .build();
        return Json.createObjectBuilder()
                .add("periods", Json.createArrayBuilder().add(period))
                .build();
    }

    @Test
    void aPartnersPeriodRequestIsAnsweredByTheOfficerAndTheAnswerGoesOutSigned() {
        String partnerClaim = "QAT-CLAIM-" + UUID.randomUUID();
        String passport = Samples.passportNumber();
        String first = UUID.randomUUID().toString();
        RegistryApi.Answer taken = sendSigned(periodRequest(first, partnerClaim, passport, null));
        assertEquals(200, taken.status(), taken::toString);
        assertTrue(taken.body().contains("ACCEPTED"), taken::toString);

        // on the worklist of the institution's officers, with whom it is about
        JsonObject item = worklistItem(partnerClaim);
        String requestId = item.getString("requestId");
        assertEquals("OPEN", item.getString("status"));
        assertEquals(PARTNER, item.getString("senderInstitution"));
        assertEquals(passport, item.getJsonArray("identifiers").getJsonObject(0).getString("number"));
        assertEquals(first, item.getString("latestMessageId"));

        // the partner re-sends its request: a reminder on the same item, not a second one
        String reminder = UUID.randomUUID().toString();
        assertEquals(
                200,
                sendSigned(periodRequest(reminder, partnerClaim, passport, 1)).status());
        JsonObject reminded = Agreements.send(Callers.socialSecurityOfficer(), "GET", REQUESTS + "/" + requestId, null)
                .expect(200)
                .json();
        assertEquals(1, reminded.getInt("remindersReceived"));
        assertEquals(reminder, reminded.getString("latestMessageId"));
        assertEquals(
                1,
                Agreements.send(
                                Callers.socialSecurityOfficer(),
                                "GET",
                                REQUESTS + "?sender=" + PARTNER + "&pageSize=100",
                                null)
                        .expect(200)
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(r -> partnerClaim.equals(r.getString("partnerClaimId")))
                        .count());

        // bad answers are refused, each with its code, and nothing is sent or written
        answerRequest(requestId, homePeriods("2010-01-01", "2009-12-31", "MONTHS"))
                .problem(400, "ValidationFailed");
        answerRequest(requestId, homePeriods("2008-01-01", "2009-12-31", "FORTNIGHTS"))
                .problem(400, "ValidationFailed");
        JsonObject qatarPeriod = Json.createObjectBuilder(homePeriods("2008-01-01", "2009-12-31", "MONTHS"))
                .add("refusal", "NO_PERIODS")
                .build();
        answerRequest(requestId, qatarPeriod).problem(400, "ValidationFailed");
        answerRequest(
                        requestId,
                        Json.createObjectBuilder().add("refusal", "BORED").build())
                .problem(400, "ValidationFailed");
        answerRequest(requestId, Json.createObjectBuilder().build()).problem(400, "ValidationFailed");
        JsonObject foreign = Json.createObjectBuilder()
                .add(
                        "periods",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder(homePeriods("2008-01-01", "2009-12-31", "MONTHS")
                                                .getJsonArray("periods")
                                                .getJsonObject(0))
                                        .add("country", "QAT")))
                .build();
        answerRequest(requestId, foreign).problem(400, "ValidationFailed");
        JsonObject still = Agreements.send(Callers.socialSecurityOfficer(), "GET", REQUESTS + "/" + requestId, null)
                .expect(200)
                .json();
        assertEquals("OPEN", still.getString("status"));
        assertEquals(reminded.getJsonNumber("version"), still.getJsonNumber("version"));

        // the officer answers: a signed InsurancePeriodAnswer naming the latest request goes to the partner
        JsonObject answer = homePeriods("2008-01-01", "2009-12-31", "MONTHS");
        JsonObject answered = answerRequest(requestId, answer).expect(200).json();
        assertEquals("ANSWERED", answered.getString("status"));
        String answerId = answered.getString("answerMessageId");
        assertTrue(answered.getString("answeredBy").contains("ssofficer.demo"), answered::toString);
        awaitMessage(PARTNER, answerId, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
        PartnerReceiver.Received got = partner.received().stream()
                .filter(r -> answerId.equals(r.messageId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the partner got no answer " + answerId));
        assertTrue(got.signatureValid(), got::soap);
        assertEquals("InsurancePeriodAnswer", got.operation());
        assertTrue(got.soap().contains("correlationId>" + reminder + "<"), got::soap);
        assertTrue(got.soap().contains(partnerClaim) && got.soap().contains("2009-12-31"), got::soap);
        assertEquals(
                "DELIVERED",
                Agreements.send(Callers.socialSecurityOfficer(), "GET", REQUESTS + "/" + requestId, null)
                        .expect(200)
                        .json()
                        .getString("answerDelivery"));

        // the same answer again changes nothing and sends nothing; another answer is refused
        JsonObject again = answerRequest(requestId, answer).expect(200).json();
        assertEquals(answerId, again.getString("answerMessageId"));
        answerRequest(
                        requestId,
                        Json.createObjectBuilder().add("refusal", "NO_PERIODS").build())
                .problem(409, "PeriodRequestAnswered");

        // the partner's decision on its claim is recorded on the request, with its computation
        String decisionId = UUID.randomUUID().toString();
        RegistryApi.Answer decisionTaken = sendSigned(claimDecision(decisionId, partnerClaim, "APPROVED"));
        assertEquals(200, decisionTaken.status(), decisionTaken::toString);
        JsonObject concluded = Agreements.send(Callers.socialSecurityOfficer(), "GET", REQUESTS + "/" + requestId, null)
                .expect(200)
                .json();
        JsonObject decision = concluded.getJsonObject("decision");
        assertEquals(decisionId, decision.getString("messageId"));
        assertEquals("APPROVED", decision.getString("decision"));
        assertEquals(
                0,
                new BigDecimal("120.50")
                        .compareTo(decision.getJsonNumber("payableAmount").bigDecimalValue()));
        assertEquals(
                "own 6 of 30 years",
                decision.getJsonArray("trace").getJsonObject(0).getString("text"));
    }

    @Test
    void aRefusalGoesOutWithItsCodeAndUnaskedDecisionsAreRefused() throws RegistryFault {
        String partnerClaim = "QAT-CLAIM-" + UUID.randomUUID();
        assertEquals(
                200,
                sendSigned(periodRequest(UUID.randomUUID().toString(), partnerClaim, Samples.passportNumber(), null))
                        .status());
        String requestId = worklistItem(partnerClaim).getString("requestId");
        // OTHER needs its reason
        answerRequest(
                        requestId,
                        Json.createObjectBuilder().add("refusal", "OTHER").build())
                .problem(400, "ValidationFailed");
        JsonObject refused = answerRequest(
                        requestId,
                        Json.createObjectBuilder()
                                .add("refusal", "PERSON_NOT_FOUND")
                                .add("reason", "No insured person with this passport")
                                .build())
                .expect(200)
                .json();
        assertEquals("REFUSED", refused.getString("status"));
        assertEquals("PERSON_NOT_FOUND", refused.getString("refusal"));
        String answerId = refused.getString("answerMessageId");
        awaitMessage(PARTNER, answerId, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
        PartnerReceiver.Received got = partner.received().stream()
                .filter(r -> answerId.equals(r.messageId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the partner got no refusal " + answerId));
        assertTrue(got.signatureValid() && got.soap().contains("PERSON_NOT_FOUND"), got::soap);

        // the SOAP service reads the same request and refuses a second, different answer with the same code
        SocialSecurityPort officer = RegistryApi.socialSecurityPort(Callers.socialSecurityOfficer());
        org.returneeregistry.schemas.socialsecurity.v1.PeriodRequest overSoap = officer.getPeriodRequest(requestId);
        assertEquals("REFUSED", overSoap.getStatus());
        assertEquals(answerId, overSoap.getAnswerMessageId());
        assertTrue(officer.listPeriodRequests("REFUSED", null, 100).getPeriodRequest().stream()
                .anyMatch(r -> requestId.equals(r.getRequestId())));
        RegistryFault twice = org.junit.jupiter.api.Assertions.assertThrows(
                RegistryFault.class, () -> officer.answerPeriodRequest(requestId, List.of(), "NO_PERIODS", null));
        assertEquals("PeriodRequestAnswered", twice.getFaultInfo().getCode());
        RegistryFault noReason = org.junit.jupiter.api.Assertions.assertThrows(
                RegistryFault.class, () -> officer.answerPeriodRequest(requestId, List.of(), "OTHER", null));
        assertEquals("ValidationFailed", noReason.getFaultInfo().getCode());

        // a decision on a claim the partner never asked about, or with an unknown decision: refused, nothing kept
        assertFault(
                sendSigned(claimDecision(UUID.randomUUID().toString(), "QAT-CLAIM-" + UUID.randomUUID(), "APPROVED")),
                "ClaimNotAwaitingAnswer");
        assertFault(sendSigned(claimDecision(UUID.randomUUID().toString(), partnerClaim, "MAYBE")), "ValidationFailed");
        JsonObject undecided = Agreements.send(Callers.socialSecurityOfficer(), "GET", REQUESTS + "/" + requestId, null)
                .expect(200)
                .json();
        assertTrue(!undecided.containsKey("decision") || undecided.isNull("decision"), undecided::toString);

        // a partner institution's token does not read the worklist; an unknown id is not found
        Agreements.send(Callers.partnerInstitution(), "GET", REQUESTS + "/" + requestId, null)
                .problem(403, "NotAuthorized");
        Agreements.send(Callers.socialSecurityOfficer(), "GET", REQUESTS + "/" + UUID.randomUUID(), null)
                .problem(404, "NotFound");
        Agreements.send(Callers.socialSecurityOfficer(), "GET", REQUESTS + "?status=LOST", null)
                .problem(400, "ValidationFailed");
    }

    @Test
    void periodsAddedThroughRestAreCheckedAndNothingIsWritten() {
        String claimId = opened(newReturnee());
        JsonObject backwards = Json.createObjectBuilder()
                .add(
                        "periods",
                        Json.createArrayBuilder().add(SocialSecurityIT.period("NPL", "1997-12-31", "1980-01-01")))
                .build();
        act(claimId, "periods", backwards).problem(400, "ValidationFailed");
        JsonObject unknownUnit = Json.createObjectBuilder()
                .add(
                        "periods",
                        Json.createArrayBuilder()
                                .add(SocialSecurityIT.period("NPL", "1980-01-01", "1997-12-31")
                                        .add(
                                                "total",
                                                Json.createObjectBuilder()
                                                        .add("amount", 10)
                                                        .add("unit", "FORTNIGHTS"))))
                .build();
        act(claimId, "periods", unknownUnit).problem(400, "ValidationFailed");
        JsonObject unchanged =
                read(Callers.socialSecurityOfficer(), claimId).expect(200).json();
        assertEquals(0, unchanged.getJsonArray("periods").size());
        assertEquals(1, unchanged.getJsonArray("transitions").size());
    }

    @Test
    void theSoapServiceOpensMovesAndReadsClaimsAndRefusesBadMovesWithTheirCodes() throws RegistryFault {
        SocialSecurityPort officer = RegistryApi.socialSecurityPort(Callers.socialSecurityOfficer());
        ClaimRequest request = new ClaimRequest();
        request.setRegistryNumber(newReturnee());
        request.setBenefit("OLD_AGE");
        request.setAgreementId(agreement);
        request.setPartnerInstitution(PARTNER);
        request.setClaimantKind("RETURNEE");
        String key = UUID.randomUUID().toString();
        Claim opened = officer.createClaim(request, key);
        assertEquals("DRAFT", opened.getStatus());
        assertEquals(opened.getClaimId(), officer.createClaim(request, key).getClaimId());

        assertEquals(
                "SUBMITTED",
                officer.moveClaim(opened.getClaimId(), "SUBMIT", null).getStatus());
        RegistryFault conflict = org.junit.jupiter.api.Assertions.assertThrows(
                RegistryFault.class, () -> officer.moveClaim(opened.getClaimId(), "SUBMIT", null));
        assertEquals("ClaimStatusConflict", conflict.getFaultInfo().getCode());
        RegistryFault early = org.junit.jupiter.api.Assertions.assertThrows(
                RegistryFault.class, () -> officer.decideClaim(opened.getClaimId(), "APPROVED", "Too early", null));
        assertEquals("ClaimStatusConflict", early.getFaultInfo().getCode());
        Claim read = officer.getClaim(opened.getClaimId());
        assertEquals(2, read.getTransition().size());

        // the partner it is addressed to reads it; it does not move it
        SocialSecurityPort partnerPort = RegistryApi.socialSecurityPort(Callers.partnerInstitution());
        assertEquals("SUBMITTED", partnerPort.getClaim(opened.getClaimId()).getStatus());
        RegistryFault refused = org.junit.jupiter.api.Assertions.assertThrows(
                RegistryFault.class, () -> partnerPort.moveClaim(opened.getClaimId(), "WITHDRAW", "Not ours"));
        assertEquals("NotAuthorized", refused.getFaultInfo().getCode());
    }

    /** The second institution of the partner country in the two-institution claim: an employment-injury insurer. */
    private static final String INSURER = "QAT-EII";

    @Test
    void aClaimAsksTwoInstitutionsOfOneAgreementEachWithItsOwnSignedRequestAnswerAndDecision() throws Exception {
        PartnerPeer insurerPeer = PartnerPeer.withNewKey("EC", null, 365);
        Callers.registered(INSURER, "PARTNER_INSTITUTION", "QAT", "partner-institution");
        Caller insurerCaller = new Caller(Callers.clientId(INSURER), INSURER, false, "partner-institution");
        try (PartnerReceiver insurer = PartnerReceiver.start(insurerPeer, INSURER, Receipts.SIGNED)) {
            // one agreement, two institutions of Qatar: the pension fund and the employment-injury insurer
            String twoInstitutions = agreementWith("PT1H", "P30D", INSURER, insurerPeer, insurer.url());
            String rn = newReturnee();
            JsonObject body = Json.createObjectBuilder(claimBody(rn, twoInstitutions))
                    .remove("partnerInstitution")
                    .add(
                            "partnerInstitutions",
                            Json.createArrayBuilder().add(PARTNER).add(INSURER))
                    .build();
            JsonObject created = create(body, null).expect(201).json();
            String claimId = created.getString("claimId");
            assertEquals(PARTNER, created.getString("partnerInstitution"), "the first named is the claim's own");
            assertEquals(
                    List.of(PARTNER, INSURER),
                    created.getJsonArray("partnerInstitutions").getValuesAs(jakarta.json.JsonString.class).stream()
                            .map(jakarta.json.JsonString::getString)
                            .toList());
            // the same institution twice, or one that is not a party, is refused and nothing is written
            create(
                            Json.createObjectBuilder(body)
                                    .add(
                                            "partnerInstitutions",
                                            Json.createArrayBuilder()
                                                    .add(PARTNER)
                                                    .add(PARTNER))
                                    .build(),
                            null)
                    .problem(400, "ValidationFailed");
            create(
                            Json.createObjectBuilder(body)
                                    .add(
                                            "partnerInstitutions",
                                            Json.createArrayBuilder()
                                                    .add(PARTNER)
                                                    .add("QAT-NOT-A-PARTY"))
                                    .build(),
                            null)
                    .problem(422, "InstitutionNotParty");

            act(claimId, "submission", null).expect(200);
            JsonObject requested = act(claimId, "period-requests", Agreements.reason("Periods in Qatar"))
                    .expect(200)
                    .json();
            List<JsonObject> asked = requested.getJsonArray("partners").getValuesAs(JsonObject.class);
            assertEquals(2, asked.size(), requested::toString);
            String fundRequest = asked.get(0).getString("requestMessageId");
            String insurerRequest = asked.get(1).getString("requestMessageId");
            assertFalse(fundRequest.equals(insurerRequest), "each institution gets a request of its own");
            assertEquals(fundRequest, requested.getString("requestMessageId"));

            // each request reaches its own institution, signed
            awaitMessage(PARTNER, fundRequest, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
            awaitMessage(INSURER, insurerRequest, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
            PartnerReceiver.Received got = insurer.received().stream()
                    .filter(r -> insurerRequest.equals(r.messageId()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the insurer got no request " + insurerRequest));
            assertTrue(got.signatureValid(), got::soap);
            assertEquals("InsurancePeriodRequest", got.operation());
            assertTrue(partner.received().stream().noneMatch(r -> insurerRequest.equals(r.messageId())));

            // the fund answers first: the claim still waits for the insurer
            String fundAnswer = UUID.randomUUID().toString();
            RegistryApi.Answer fundReceipt =
                    sendSigned(answer(twoInstitutions, fundAnswer, fundRequest, claimId, QATAR_CAREER));
            assertEquals(200, fundReceipt.status(), fundReceipt::toString);
            JsonObject half =
                    read(Callers.socialSecurityOfficer(), claimId).expect(200).json();
            assertEquals("PERIODS_REQUESTED", half.getString("status"), half::toString);
            List<JsonObject> halfPartners = half.getJsonArray("partners").getValuesAs(JsonObject.class);
            assertEquals("ANSWERED", halfPartners.get(0).getString("standing"));
            assertEquals(fundAnswer, halfPartners.get(0).getString("answerMessageId"));
            assertEquals("WAITING", halfPartners.get(1).getString("standing"));
            // the insurer reads the claim addressed to it too
            assertEquals(
                    claimId, read(insurerCaller, claimId).expect(200).json().getString("claimId"));

            // the insurer answers: the claim has every answer and moves on
            String insurerAnswer = UUID.randomUUID().toString();
            String insurerEnvelope = answer(twoInstitutions, insurerAnswer, insurerRequest, claimId, """
                            <x:period>
                                <x:reference>EII-12</x:reference>
                                <x:institution>QAT-EII</x:institution>
                                <x:from>2022-01-01</x:from>
                                <x:to>2023-12-31</x:to>
                                <x:periodType>COMPULSORY_EMPLOYED</x:periodType>
                            </x:period>""")
                    .replace(
                            "<x:senderInstitution>" + PARTNER + "</x:senderInstitution>",
                            "<x:senderInstitution>" + INSURER + "</x:senderInstitution>");
            RegistryApi.Answer insurerReceipt = RegistryApi.sendAs(
                    insurerCaller,
                    HttpRequest.newBuilder(RegistryApi.uri(SOAP))
                            .header("Content-Type", "text/xml; charset=UTF-8")
                            .header("SOAPAction", "\"\"")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    insurerPeer.sign(insurerEnvelope, Signing.BODY_AND_TIMESTAMP),
                                    StandardCharsets.UTF_8)));
            assertEquals(200, insurerReceipt.status(), insurerReceipt::toString);
            assertTrue(insurerReceipt.body().contains("ACCEPTED"), insurerReceipt::toString);
            JsonObject received =
                    read(Callers.socialSecurityOfficer(), claimId).expect(200).json();
            assertEquals("PERIODS_RECEIVED", received.getString("status"), received::toString);
            assertEquals(
                    List.of(fundAnswer, insurerAnswer),
                    received.getJsonArray("periods").getValuesAs(JsonObject.class).stream()
                            .map(p -> p.getString("messageId"))
                            .toList());
            assertEquals(
                    1,
                    statuses(received).stream()
                            .filter("PERIODS_RECEIVED"::equals)
                            .count(),
                    "one move when the last answer came");

            // the engine totalises both institutions' periods; the decision goes to each of them
            act(claimId, "assessment", null).expect(200);
            JsonObject decided = act(
                            claimId,
                            "decision",
                            Json.createObjectBuilder()
                                    .add("decision", "APPROVED")
                                    .add("reason", "Entitled on totalised periods")
                                    .build())
                    .expect(200)
                    .json();
            assertTrue(
                    decided.getJsonObject("decision")
                            .getJsonArray("trace")
                            .toString()
                            .contains("QAT-EII"),
                    decided::toString);
            List<JsonObject> told = decided.getJsonArray("partners").getValuesAs(JsonObject.class);
            String fundDecision = told.get(0).getString("decisionMessageId");
            String insurerDecision = told.get(1).getString("decisionMessageId");
            assertFalse(fundDecision.equals(insurerDecision));
            awaitMessage(PARTNER, fundDecision, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
            awaitMessage(INSURER, insurerDecision, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
            assertTrue(insurer.received().stream()
                    .anyMatch(r -> insurerDecision.equals(r.messageId()) && r.signatureValid()));
        }
    }

    private static RegistryApi.Answer notices(Caller caller, String claimId) {
        return Agreements.send(caller, "GET", CLAIMS + "/" + claimId + "/notices", null);
    }

    private static java.net.http.HttpResponse<byte[]> notice(
            Caller caller, String claimId, String noticeId, String accept) throws Exception {
        return java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(RegistryApi.uri(CLAIMS + "/" + claimId + "/notices/" + noticeId))
                                .header("Accept", accept)
                                .header("Authorization", caller.bearer())
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject decision(String decision, String reason) {
        return Json.createObjectBuilder()
                .add("decision", decision)
                .add("reason", reason)
                .build();
    }

    @Test
    void aDecidedClaimGivesTheReturneeASignedNoticeThatVerifiesOfflineAndThatOnlyTheHomeInstitutionReads()
            throws Exception {
        String rn = newReturnee();
        String claimId = opened(rn);
        // an undecided claim has no notice, with its own code
        notices(Callers.registrar(), claimId).problem(422, "ClaimNotDecided");
        act(claimId, "submission", null).expect(200);
        act(
                        claimId,
                        "periods",
                        Json.createObjectBuilder()
                                .add(
                                        "periods",
                                        Json.createArrayBuilder()
                                                .add(SocialSecurityIT.period("NPL", "1980-01-01", "1997-12-31"))
                                                .add(SocialSecurityIT.period("QAT", "1998-01-01", "2021-12-31")
                                                        .add("source", "DECLARATION")))
                                .build())
                .expect(200);
        act(claimId, "assessment", null).expect(200);
        notices(Callers.registrar(), claimId).problem(422, "ClaimNotDecided");
        JsonObject decided = act(claimId, "decision", decision("APPROVED", "Entitled on totalised periods"))
                .expect(200)
                .json();
        List<JsonObject> trace =
                decided.getJsonObject("decision").getJsonArray("trace").getValuesAs(JsonObject.class);
        assertFalse(trace.isEmpty(), decided::toString);

        // issued with the decision: listed at once, read as PDF and as JWS by the operator's registrar
        List<JsonObject> listed =
                notices(Callers.registrar(), claimId).expect(200).array().getValuesAs(JsonObject.class);
        assertEquals(1, listed.size(), listed::toString);
        JsonObject issued = listed.get(0);
        String noticeId = issued.getString("noticeId");
        assertEquals("APPROVED", issued.getString("decision"));
        assertEquals(claimId, issued.getString("claimId"));
        java.net.http.HttpResponse<byte[]> jose =
                notice(Callers.registrar(), claimId, noticeId, "application/jose+json");
        assertEquals(200, jose.statusCode(), () -> new String(jose.body(), StandardCharsets.UTF_8));
        JsonObject flattened = Json.createReader(
                        new java.io.StringReader(new String(jose.body(), StandardCharsets.UTF_8)))
                .readObject();
        String payloadText = new String(
                java.util.Base64.getUrlDecoder().decode(flattened.getString("payload")), StandardCharsets.UTF_8);
        JsonObject payload =
                Json.createReader(new java.io.StringReader(payloadText)).readObject();
        assertEquals("returnee-registry-decision-notice/1", payload.getString("format"));
        assertEquals(noticeId, payload.getString("noticeId"));
        assertEquals(rn, payload.getString("registryNumber"));
        assertEquals(agreement, payload.getJsonObject("claim").getString("agreementId"));
        assertEquals("APPROVED", payload.getJsonObject("decision").getString("decision"));
        List<JsonObject> noticeTrace = payload.getJsonArray("trace").getValuesAs(JsonObject.class);
        assertEquals(trace.size(), noticeTrace.size());
        for (int i = 0; i < trace.size(); i++) {
            assertEquals(trace.get(i).getString("text"), noticeTrace.get(i).getString("text"));
        }
        assertTrue(payloadText.matches("(?s).*[\\u0900-\\u097F].*"), "the steps in Nepali too");
        java.net.http.HttpResponse<byte[]> pdf = notice(Callers.registrar(), claimId, noticeId, "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));

        // verified offline by the verifier jar in its own process, against the published keys; altered copies fail
        RegistryApi.Answer published = RegistryApi.getAnonymously(API + "/statement-keys", "application/jwk-set+json");
        assertEquals(200, published.status(), published::toString);
        java.nio.file.Path keys = java.nio.file.Path.of("target", "notice-it", "statement-keys.json");
        java.nio.file.Files.createDirectories(keys.getParent());
        java.nio.file.Files.writeString(keys, published.body(), StandardCharsets.UTF_8);
        StatementIT.Verified json = StatementIT.verifyOffline(jose.body(), "notice.json", keys);
        assertEquals(0, json.exit(), json.output());
        assertTrue(json.output().contains("Decision notice " + noticeId), json.output());
        byte[] alteredJson = Json.createObjectBuilder(flattened)
                .add(
                        "payload",
                        java.util.Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(payloadText
                                        .replace("\"decision\":\"APPROVED\"", "\"decision\":\"REJECTED\"")
                                        .getBytes(StandardCharsets.UTF_8)))
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        StatementIT.Verified brokenJson = StatementIT.verifyOffline(alteredJson, "notice-altered.json", keys);
        assertEquals(1, brokenJson.exit(), brokenJson.output());
        StatementIT.Verified signedPdf = StatementIT.verifyOffline(pdf.body(), "notice.pdf", keys);
        assertEquals(0, signedPdf.exit(), signedPdf.output());
        byte[] alteredPdf = pdf.body().clone();
        int at = new String(alteredPdf, StandardCharsets.ISO_8859_1).indexOf("/Title") + 8;
        assertTrue(at > 8);
        alteredPdf[at] ^= 0x01;
        StatementIT.Verified brokenPdf = StatementIT.verifyOffline(alteredPdf, "notice-altered.pdf", keys);
        assertEquals(1, brokenPdf.exit(), brokenPdf.output());

        // the public verification behind the QR code: valid, nothing personal
        String digest = issued.getString("digest");
        assertTrue(issued.getString("verificationUrl").endsWith(noticeId + "?digest=" + digest));
        RegistryApi.Answer valid =
                RegistryApi.getAnonymously(API + "/statement-verifications/" + noticeId + "?digest=" + digest, JSON);
        assertTrue(valid.json().getBoolean("valid"), valid::toString);
        assertFalse(valid.body().contains(rn), valid::toString);

        // a partner institution (it got the decision message), an auditor, a ministry and a mission may not read it
        notices(Callers.partnerInstitution(), claimId).problem(403, "NotAuthorized");
        assertEquals(
                403,
                notice(Callers.partnerInstitution(), claimId, noticeId, JSON).statusCode());
        notices(Callers.auditor(), claimId).problem(403, "NotAuthorized");
        notices(Callers.ministrySystem(), claimId).problem(403, "NotAuthorized");
        notices(Callers.missionOfficer(), claimId).problem(403, "NotAuthorized");
        // the home institution's officer passes the notice rule; the returnee's data is then decided by the decision
        // point, which refuses the operator's officer without consent or a legal basis and logs the refusal
        notices(Callers.socialSecurityOfficer(), claimId).expect(403);
        assertTrue(
                RegistryApi.decisions(rn, "&outcome=DENY").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(d -> Callers.OPERATOR.equals(d.getString("organisation", null))),
                () -> RegistryApi.decisions(rn, "&outcome=DENY").toString());
        // SOAP answers the same notices with both signed forms; a partner institution is refused there too
        org.returneeregistry.schemas.socialsecurity.v1.DecisionNotices overSoap =
                RegistryApi.socialSecurityPort(Callers.registrar()).getDecisionNotices(claimId);
        assertEquals(1, overSoap.getNotice().size());
        assertEquals(noticeId, overSoap.getNotice().get(0).getNoticeId());
        assertArrayEquals(pdf.body(), overSoap.getNotice().get(0).getSignedPdf());
        assertEquals(
                new String(jose.body(), StandardCharsets.UTF_8),
                overSoap.getNotice().get(0).getSignedJson());
        RegistryFault refused = org.junit.jupiter.api.Assertions.assertThrows(
                RegistryFault.class, () -> RegistryApi.socialSecurityPort(Callers.partnerInstitution())
                        .getDecisionNotices(claimId));
        assertEquals("NotAuthorized", refused.getFaultInfo().getCode());
        RegistryFault undecided = org.junit.jupiter.api.Assertions.assertThrows(
                RegistryFault.class,
                () -> RegistryApi.socialSecurityPort(Callers.registrar()).getDecisionNotices(opened(rn)));
        assertEquals("ClaimNotDecided", undecided.getFaultInfo().getCode());
        // an unknown claim, or a notice of another claim: not found
        notices(Callers.registrar(), UUID.randomUUID().toString()).problem(404, "NotFound");
        assertEquals(
                404,
                notice(Callers.registrar(), claimId, UUID.randomUUID().toString(), JSON)
                        .statusCode());

        // reopened and decided again: a new notice, the earlier one kept as issued
        act(claimId, "reopening", Agreements.reason("Appeal lodged")).expect(200);
        act(claimId, "assessment", null).expect(200);
        act(claimId, "decision", decision("REJECTED", "Appeal reviewed")).expect(200);
        List<JsonObject> both =
                notices(Callers.registrar(), claimId).expect(200).array().getValuesAs(JsonObject.class);
        assertEquals(
                List.of("REJECTED", "APPROVED"),
                both.stream().map(n -> n.getString("decision")).toList());
        assertEquals(noticeId, both.get(1).getString("noticeId"));
        assertArrayEquals(
                jose.body(),
                notice(Callers.registrar(), claimId, noticeId, "application/jose+json")
                        .body());
    }

    @Test
    void aPartnersPeriodRequestIsMatchedToOurReturneeForTheOfficersAndTheMatchIsNotSent() {
        // a returnee of ours holding the passport the partner names
        String passport = Samples.passportNumber();
        String rn = RegistryApi.register(Samples.registration(passport)).getString("registryNumber");
        String matched = "QAT-CLAIM-" + UUID.randomUUID();
        assertEquals(
                200,
                sendSigned(periodRequest(UUID.randomUUID().toString(), matched, passport, null))
                        .status());
        JsonObject match = worklistItem(matched).getJsonObject("match");
        assertEquals("MATCHED", match.getString("outcome"), match::toString);
        assertEquals(rn, match.getString("registryNumber"));
        // one request read alone says the same
        JsonObject one = Agreements.send(
                        Callers.socialSecurityOfficer(),
                        "GET",
                        REQUESTS + "/" + worklistItem(matched).getString("requestId"),
                        null)
                .expect(200)
                .json();
        assertEquals(rn, one.getJsonObject("match").getString("registryNumber"));

        // a passport none of our returnees holds: no match, no registry number
        String unknown = "QAT-CLAIM-" + UUID.randomUUID();
        assertEquals(
                200,
                sendSigned(periodRequest(UUID.randomUUID().toString(), unknown, Samples.passportNumber(), null))
                        .status());
        JsonObject none = worklistItem(unknown).getJsonObject("match");
        assertEquals("NO_MATCH", none.getString("outcome"), none::toString);
        assertFalse(none.containsKey("registryNumber") && !none.isNull("registryNumber"), none::toString);
        assertTrue(none.getJsonArray("candidates").isEmpty(), none::toString);

        // the partner is sent nothing of it: its answer carries no registry number
        String requestId = worklistItem(matched).getString("requestId");
        answerRequest(requestId, homePeriods("2008-01-01", "2009-12-31", "MONTHS"))
                .expect(200);
        String answerId = Agreements.send(Callers.socialSecurityOfficer(), "GET", REQUESTS + "/" + requestId, null)
                .expect(200)
                .json()
                .getString("answerMessageId");
        awaitMessage(PARTNER, answerId, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
        PartnerReceiver.Received sent = partner.received().stream()
                .filter(r -> answerId.equals(r.messageId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the partner got no answer " + answerId));
        assertFalse(sent.soap().contains(rn), sent::soap);
    }
}
