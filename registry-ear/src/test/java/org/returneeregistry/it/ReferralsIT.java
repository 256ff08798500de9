package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.schemas.referral.v1.Referral;
import org.returneeregistry.schemas.referral.v1.ReferralPage;
import org.returneeregistry.schemas.referral.v1.ReferralQuery;
import org.returneeregistry.schemas.referral.v1.ReferralSummary;
import org.returneeregistry.schemas.wsdl.v1.ReferralPort;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * Referrals on the deployed registry with real tokens: routes set by a registry-admin, referrals born
 * of a mission's urgent needs (once, however often the notification is replayed) and of a registrar's
 * assessment, and the ministries' side over REST and over the SOAP client generated from the WSDL —
 * each ministry seeing only what is addressed to it.
 *
 * <p>HEALTH is routed to the ministry of {@link Callers#ministrySystem()} and SHELTER to a second
 * ministry before each test; PSYCHOSOCIAL is never routed, so its referrals wait for a registrar.
 */
class ReferralsIT extends DeployedRegistry {

    private static final String HEALTH_MINISTRY = Callers.MINISTRY;
    private static final String WELFARE_MINISTRY = "NPL-MOWCSC";
    private static final String REFERRALS = API + "/referrals";

    private Caller health;
    private Caller welfare;

    @BeforeEach
    void routeHealthAndShelter() {
        health = Callers.ministrySystem();
        welfare = Callers.ministrySystem(WELFARE_MINISTRY);
        route("HEALTH", HEALTH_MINISTRY).expect(200);
        route("SHELTER", WELFARE_MINISTRY).expect(200);
    }

    @Test
    void anAdministratorRoutesAServiceToAnActiveOrganisationOnly() {
        JsonObject routed = route("HEALTH", HEALTH_MINISTRY).expect(200).json();
        assertEquals("HEALTH", routed.getString("service"));
        assertEquals("HEALTH_FOLLOW_UP", routed.getString("purpose"));
        assertEquals(HEALTH_MINISTRY, routed.getString("recipient"));

        JsonArray routes = RegistryApi.get(API + "/referral-routes").expect(200).array();
        assertTrue(
                routes.getValuesAs(JsonObject.class).stream()
                        .anyMatch(r -> r.getString("service").equals("SHELTER")
                                && r.getString("recipient").equals(WELFARE_MINISTRY)),
                routes::toString);

        assertEquals(
                List.of("recipient"),
                RegistryApi.violationFields(route("LEGAL_AID", "ZZZ-NOBODY").problem(400, "ValidationFailed")));
        assertEquals(
                List.of("service"),
                RegistryApi.violationFields(route("DENTIST", HEALTH_MINISTRY).problem(400, "ValidationFailed")));
        assertFalse(
                RegistryApi.get(API + "/referral-routes").expect(200).body().contains("LEGAL_AID"),
                "a refused route is not written");
        RegistryApi.sendAs(Callers.registrar(), routeRequest("HEALTH", WELFARE_MINISTRY))
                .problem(403, "NotAuthorized");
    }

    @Test
    void urgentNeedsOfANotificationBecomeReferralsOnceHoweverOftenItIsReplayed() {
        JsonObject notification = notificationWithNeeds("MEDICAL", "SHELTER", "REPATRIATION_OF_REMAINS");
        String registryNumber = RegistryApi.submitNew(notification).getString("registryNumber");

        List<JsonObject> referrals = referralsOf(registryNumber);
        assertEquals(
                Set.of("HEALTH->" + HEALTH_MINISTRY, "SHELTER->" + WELFARE_MINISTRY),
                referrals.stream()
                        .map(r -> r.getString("service") + "->" + r.getString("recipient"))
                        .collect(Collectors.toSet()),
                "one referral per routed need; none for the repatriation of remains");
        assertTrue(referrals.stream().allMatch(r -> r.getString("status").equals("SENT")));

        JsonObject healthReferral = RegistryApi.get(REFERRALS + "/" + idOf(referrals, "HEALTH"))
                .expect(200)
                .json();
        assertEquals("Urgent need reported by mission " + Samples.MISSION, healthReferral.getString("reason"));
        assertEquals("NOTIFICATION", healthReferral.getString("source"));
        assertEquals(
                Samples.MISSION + "/" + notification.getString("notificationId"),
                healthReferral.getString("notification"));
        assertEquals("HEALTH_FOLLOW_UP", healthReferral.getString("purpose"));
        assertFalse(
                healthReferral.toString().toLowerCase().contains("back injury"),
                "the mission's note on the need is not copied into the referral: " + healthReferral);

        RegistryApi.postJson(API + "/return-notifications", notification).expect(200);
        assertEquals(2, referralsOf(registryNumber).size(), "a replay creates no referral");
    }

    @Test
    void aMinistrySeesOnlyItsReferralsAcceptsThemAndReportsTheOutcome() {
        String registryNumber = RegistryApi.submitNew(notificationWithNeeds("MEDICAL", "SHELTER"))
                .getString("registryNumber");
        List<JsonObject> referrals = referralsOf(registryNumber);
        String healthId = idOf(referrals, "HEALTH");
        String shelterId = idOf(referrals, "SHELTER");

        Answer listed = RegistryApi.sendAs(health, get(RegistryApi.query(REFERRALS, "registryNumber", registryNumber)))
                .expect(200);
        assertEquals(List.of(healthId), ids(listed.array()), "the health ministry sees its referral only");
        Answer all = RegistryApi.sendAs(health, get(RegistryApi.query(REFERRALS, "pageSize", "100")))
                .expect(200);
        assertTrue(
                all.array().getValuesAs(JsonObject.class).stream()
                        .allMatch(r -> HEALTH_MINISTRY.equals(r.getString("recipient"))),
                all::toString);
        assertFalse(ids(all.array()).contains(shelterId));
        assertTrue(
                all.links().containsKey("first") && all.header("X-Total-Count").isPresent(), all::toString);

        RegistryApi.sendAs(welfare, get(REFERRALS + "/" + healthId)).problem(404, "NotFound");
        RegistryApi.sendAs(welfare, post(REFERRALS + "/" + healthId + "/acceptance", "{}"))
                .problem(404, "NotFound");
        RegistryApi.sendAs(health, get(REFERRALS + "/" + shelterId)).problem(404, "NotFound");

        JsonObject accepted = RegistryApi.sendAs(health, post(REFERRALS + "/" + healthId + "/acceptance", ""))
                .expect(200)
                .json();
        assertEquals("ACCEPTED", accepted.getString("status"));
        RegistryApi.sendAs(health, post(REFERRALS + "/" + healthId + "/acceptance", ""))
                .problem(409, "ReferralStatusConflict");
        RegistryApi.sendAs(health, post(REFERRALS + "/" + healthId + "/decline", "{\"reason\":\"Too late\"}"))
                .problem(409, "ReferralStatusConflict");

        JsonObject completed = RegistryApi.sendAs(
                        health,
                        post(
                                REFERRALS + "/" + healthId + "/outcome",
                                "{\"outcome\":\"SERVICE_PROVIDED\",\"note\":\"Seen at the district hospital\"}"))
                .expect(200)
                .json();
        assertEquals("COMPLETED", completed.getString("status"));
        assertEquals("SERVICE_PROVIDED", completed.getString("outcome"));
        assertFalse(
                completed.containsKey("outcomeNote"),
                "without consent covering HEALTH the ministry's view carries no free text: " + completed);
        assertEquals(
                "Seen at the district hospital",
                RegistryApi.get(REFERRALS + "/" + healthId).expect(200).json().getString("outcomeNote"),
                "the note is kept; registrars see it");
        List<JsonObject> history = completed.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("SENT", "ACCEPTED", "COMPLETED"),
                history.stream().map(h -> h.getString("status")).toList());
        assertEquals(HEALTH_MINISTRY, history.get(2).getString("actorOrganisation"));
        assertEquals(Samples.MISSION, history.get(0).getString("actorOrganisation"));

        assertEquals(
                "SENT",
                RegistryApi.get(REFERRALS + "/" + shelterId).expect(200).json().getString("status"),
                "the other ministry's referral is untouched");
    }

    @Test
    void aNeedWithoutRouteWaitsForARegistrarToRouteIt() {
        String registryNumber =
                RegistryApi.submitNew(notificationWithNeeds("PSYCHOSOCIAL")).getString("registryNumber");
        JsonObject unrouted = referralsOf(registryNumber).get(0);
        String id = unrouted.getString("referralId");
        assertEquals("UNROUTED", unrouted.getString("status"));
        assertFalse(unrouted.containsKey("recipient") && !unrouted.isNull("recipient"), unrouted::toString);
        RegistryApi.sendAs(health, get(REFERRALS + "/" + id)).problem(404, "NotFound");
        RegistryApi.sendAs(health, post(REFERRALS + "/" + id + "/routing", "{\"recipient\":\"NPL-MOHP\"}"))
                .problem(403, "NotAuthorized");
        RegistryApi.postJson(REFERRALS + "/" + id + "/routing", json("{\"recipient\":\"ZZZ-NOBODY\"}"))
                .problem(400, "ValidationFailed");

        JsonObject routed = RegistryApi.postJson(
                        REFERRALS + "/" + id + "/routing", json("{\"recipient\":\"" + WELFARE_MINISTRY + "\"}"))
                .expect(200)
                .json();

        assertEquals("SENT", routed.getString("status"));
        assertEquals(WELFARE_MINISTRY, routed.getString("recipient"));
        assertEquals(
                "SENT",
                RegistryApi.sendAs(welfare, get(REFERRALS + "/" + id))
                        .expect(200)
                        .json()
                        .getString("status"));
        RegistryApi.postJson(REFERRALS + "/" + id + "/routing", json("{\"recipient\":\"" + HEALTH_MINISTRY + "\"}"))
                .problem(409, "ReferralStatusConflict");
    }

    @Test
    void aRegistrarRefersToTheRoutedRecipientAndMayRepeatTheRequestUnderItsKey() {
        String registryNumber = registeredReturnee();
        JsonObject body = json("{\"registryNumber\":\"" + registryNumber + "\",\"service\":\"HEALTH\","
                + "\"reason\":\"Back pain after a fall at work; assessment of 2026-03-02\"}");
        String key = UUID.randomUUID().toString();

        Answer first = RegistryApi.send(postWithKey(REFERRALS, body, key)).expect(201);
        JsonObject referral = first.json();
        assertEquals(HEALTH_MINISTRY, referral.getString("recipient"), "the route's recipient");
        assertEquals("ASSESSMENT", referral.getString("source"));
        assertTrue(
                first.header("Location").orElse("").endsWith("/referrals/" + referral.getString("referralId")),
                first::toString);

        Answer repeated = RegistryApi.send(postWithKey(REFERRALS, body, key)).expect(200);
        assertEquals(referral.getString("referralId"), repeated.json().getString("referralId"));
        RegistryApi.send(postWithKey(REFERRALS, Samples.with(body, "/reason", "Another reason"), key))
                .problem(422, "IdempotencyKeyReused");
        assertEquals(1, referralsOf(registryNumber).size(), "one referral for one key");

        JsonObject named = RegistryApi.postJson(REFERRALS, Samples.with(body, "/recipient", WELFARE_MINISTRY))
                .expect(201)
                .json();
        assertEquals(WELFARE_MINISTRY, named.getString("recipient"), "a recipient named wins over the route");

        RegistryApi.postJson(REFERRALS, Samples.with(body, "/service", "PSYCHOSOCIAL"))
                .problem(409, "NoReferralRoute");
        assertEquals(2, referralsOf(registryNumber).size());
    }

    @Test
    void badInputIsRefusedWithEveryViolationAndNothingWritten() {
        String registryNumber = registeredReturnee();

        JsonObject invalid = RegistryApi.postJson(
                        REFERRALS,
                        json("{\"registryNumber\":\"RR-42\",\"service\":\"DENTIST\","
                                + "\"recipient\":\"npl-mohp\",\"reason\":\"\"}"))
                .problem(400, "ValidationFailed");
        assertEquals(
                Set.of("registryNumber", "service", "recipient", "reason"),
                Set.copyOf(RegistryApi.violationFields(invalid)));

        String wrongCheckDigit = registryNumber.substring(0, 13) + ((registryNumber.charAt(13) - '0' + 1) % 10);
        assertEquals(
                List.of("registryNumber"),
                RegistryApi.violationFields(RegistryApi.postJson(
                                REFERRALS,
                                json("{\"registryNumber\":\"" + wrongCheckDigit
                                        + "\",\"service\":\"HEALTH\",\"reason\":\"Check\"}"))
                        .problem(400, "ValidationFailed")));
        Callers.mission(Samples.MISSION); // registered, but a mission: its systems never receive referrals
        JsonObject toAMission = RegistryApi.postJson(
                        REFERRALS,
                        json("{\"registryNumber\":\"" + registryNumber + "\",\"service\":\"HEALTH\",\"recipient\":\""
                                + Samples.MISSION + "\",\"reason\":\"Check\"}"))
                .problem(400, "ValidationFailed");
        assertEquals(
                "RecipientRole",
                toAMission.getJsonArray("violations").getJsonObject(0).getString("rule"));
        assertEquals(List.of(), referralsOf(registryNumber), "nothing written for a refused referral");

        String unknown = unknownRegistryNumber();
        RegistryApi.postJson(
                        REFERRALS,
                        json("{\"registryNumber\":\"" + unknown + "\",\"service\":\"HEALTH\","
                                + "\"reason\":\"Check\"}"))
                .problem(404, "NotFound");
        assertEquals(List.of(), referralsOf(unknown), "nothing written for an unknown returnee");

        RegistryApi.get(RegistryApi.query(REFERRALS, "status", "OPEN", "page", "x"))
                .problem(400, "ValidationFailed");

        String id = RegistryApi.postJson(
                        REFERRALS,
                        json("{\"registryNumber\":\"" + registryNumber
                                + "\",\"service\":\"HEALTH\",\"reason\":\"Check\"}"))
                .expect(201)
                .json()
                .getString("referralId");
        assertEquals(
                List.of("reason"),
                RegistryApi.violationFields(RegistryApi.sendAs(health, post(REFERRALS + "/" + id + "/decline", "{}"))
                        .problem(400, "ValidationFailed")));
        RegistryApi.sendAs(health, post(REFERRALS + "/" + id + "/acceptance", ""))
                .expect(200);
        assertEquals(
                List.of("outcome"),
                RegistryApi.violationFields(
                        RegistryApi.sendAs(health, post(REFERRALS + "/" + id + "/outcome", "{\"outcome\":\"DONE\"}"))
                                .problem(400, "ValidationFailed")));
        assertEquals(
                List.of("note"),
                RegistryApi.violationFields(
                        RegistryApi.sendAs(health, post(REFERRALS + "/" + id + "/outcome", "{\"outcome\":\"OTHER\"}"))
                                .problem(400, "ValidationFailed")));
        assertEquals(
                List.of("note"),
                RegistryApi.violationFields(RegistryApi.sendAs(
                                health,
                                post(REFERRALS + "/" + id + "/outcome", "{\"outcome\":\"OTHER\",\"note\":\"   \"}"))
                        .problem(400, "ValidationFailed")));
        RegistryApi.sendAs(health, get(REFERRALS + "/not-a-referral-id")).problem(404, "NotFound");

        JsonObject unchanged = RegistryApi.get(REFERRALS + "/" + id).expect(200).json();
        assertEquals("ACCEPTED", unchanged.getString("status"), "the refused reports changed nothing");
        assertEquals(2, unchanged.getJsonArray("history").size());
    }

    @Test
    void aMinistryListsAcceptsAndDeclinesThroughTheSoapClient() throws RegistryFault {
        String registryNumber = registeredReturnee();
        String first = createHealthReferral(registryNumber);
        String second = createHealthReferral(registryNumber);
        ReferralPort port = RegistryApi.referralPort(health);

        ReferralQuery query = new ReferralQuery();
        query.setRegistryNumber(registryNumber);
        query.setStatus("SENT");
        ReferralPage page = port.listReferrals(query);
        assertEquals(
                Set.of(first, second),
                page.getReferral().stream().map(ReferralSummary::getReferralId).collect(Collectors.toSet()));
        assertEquals(2, page.getTotalCount());

        Referral accepted = port.acceptReferral(first);
        assertEquals("ACCEPTED", accepted.getStatus());
        assertEquals("HEALTH_FOLLOW_UP", accepted.getPurpose());
        Referral declined = port.declineReferral(second, "No capacity in the district");
        assertEquals("DECLINED", declined.getStatus());
        assertNull(
                declined.getDeclineReason(),
                "without consent covering HEALTH the ministry's view carries no free text");
        assertEquals(
                "No capacity in the district",
                RegistryApi.get(REFERRALS + "/" + second).expect(200).json().getString("declineReason"),
                "the reason is kept; registrars see it");

        assertEquals("ReferralStatusConflict", faultCode(() -> port.acceptReferral(second)));
        assertEquals(
                "ValidationFailed", faultCode(() -> port.declineReferral(first, null)), "the schema requires a reason");
        assertEquals("ValidationFailed", faultCode(() -> port.reportReferralOutcome(first, "DONE", null)));
        assertEquals(
                "NotFound", faultCode(() -> RegistryApi.referralPort(welfare).getReferral(first)));
        assertEquals("ACCEPTED", port.getReferral(first).getStatus());
        Referral completed = port.reportReferralOutcome(first, "REFERRED_ONWARD", "To the provincial hospital");
        assertEquals("COMPLETED", completed.getStatus());
        assertEquals(3, completed.getEvent().size());
    }

    // ---- helpers ----

    private static Answer route(String service, String recipient) {
        return RegistryApi.send(routeRequest(service, recipient));
    }

    private static HttpRequest.Builder routeRequest(String service, String recipient) {
        return HttpRequest.newBuilder(RegistryApi.uri(API + "/referral-routes/" + service))
                .header("Content-Type", JSON)
                .header("Accept", JSON)
                .PUT(BodyPublishers.ofString("{\"recipient\":\"" + recipient + "\"}"));
    }

    private static JsonObject notificationWithNeeds(String... needs) {
        var list = Json.createArrayBuilder();
        for (String need : needs) {
            list.add(Json.createObjectBuilder().add("need", need).add("note", "Needs follow-up for a back injury"));
        }
        return Samples.with(
                Samples.notification(Samples.notificationId(), Samples.passportNumber()), "/urgentNeeds", list.build());
    }

    /** Every referral of the returnee, as a registrar lists them. */
    private static List<JsonObject> referralsOf(String registryNumber) {
        return RegistryApi.get(RegistryApi.query(REFERRALS, "registryNumber", registryNumber, "pageSize", "100"))
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
    }

    private static String idOf(List<JsonObject> referrals, String service) {
        return referrals.stream()
                .filter(r -> r.getString("service").equals(service))
                .map(r -> r.getString("referralId"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + service + " referral in " + referrals));
    }

    private static List<String> ids(JsonArray referrals) {
        return referrals.getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("referralId"))
                .toList();
    }

    private static String registeredReturnee() {
        return RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
    }

    private static String createHealthReferral(String registryNumber) {
        return RegistryApi.postJson(
                        REFERRALS,
                        json("{\"registryNumber\":\"" + registryNumber
                                + "\",\"service\":\"HEALTH\",\"reason\":\"Follow-up\"}"))
                .expect(201)
                .json()
                .getString("referralId");
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(RegistryApi.uri(path))
                .header("Accept", JSON)
                .GET();
    }

    private static HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(RegistryApi.uri(path))
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .POST(BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder postWithKey(String path, JsonStructure body, String key) {
        return post(path, body.toString()).header("Idempotency-Key", key);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new java.io.StringReader(text)).readObject();
    }

    private interface SoapCall {
        Object call() throws RegistryFault;
    }

    private static String faultCode(SoapCall call) {
        RegistryFault fault = assertThrows(RegistryFault.class, call::call);
        return fault.getFaultInfo().getCode();
    }

    /** A well-formed registry number (valid check digit) far beyond any serial a test run reaches. */
    private static String unknownRegistryNumber() {
        return org.returneeregistry.shared.domain.RegistryNumber.fromSerial(99_990_000L)
                .value();
    }
}
