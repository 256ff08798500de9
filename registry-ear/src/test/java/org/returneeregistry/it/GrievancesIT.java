package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;

/**
 * Feedback and grievances on the deployed registry: recorded by a case worker against the case or anonymously,
 * handled through their statuses with every change kept, seen only by whom the rule names, and every bad input
 * refused with its code and nothing written.
 */
class GrievancesIT extends DeployedRegistry {

    private static final String GRIEVANCES = API + "/grievances";

    private Caller centre;
    private String caseId;

    @BeforeEach
    void aCaseAtAResourceCentreOfItsOwn() {
        String district = "District " + token(8);
        centre = Callers.resourceCentre("NPL-MRC-" + token(6), district);
        JsonObject registration = Samples.with(
                Samples.registration(Samples.passportNumber()), "/person/homeDistrict", Json.createValue(district));
        String registryNumber = RegistryApi.register(registration).getString("registryNumber");
        JsonArray cases = RegistryApi.get(RegistryApi.query(API + "/cases", "registryNumber", registryNumber))
                .expect(200)
                .array();
        caseId = cases.getJsonObject(0).getString("caseId");
    }

    @Test
    void aGrievanceIsRecordedOnceReviewedAnsweredAndClosedWithEveryChangeKept() {
        String key = UUID.randomUUID().toString();
        JsonObject recorded = record(centre, key, onCase("DELAY", "The welding course never started"))
                .expect(201)
                .json();
        String id = recorded.getString("grievanceId");
        assertEquals("RECEIVED", recorded.getString("status"));
        assertEquals(caseId, recorded.getString("caseId"));
        assertEquals(
                id,
                record(centre, key, onCase("DELAY", "The welding course never started"))
                        .expect(200)
                        .json()
                        .getString("grievanceId"),
                "a repeat answers the first");
        record(centre, key, onCase("DELAY", "Something else")).problem(422, "IdempotencyKeyReused");

        String one = GRIEVANCES + "/" + id;
        post(centre, one + "/response", Json.createObjectBuilder().add("response", "Too early"))
                .problem(409, "GrievanceStatusConflict");
        post(centre, one + "/review", Json.createObjectBuilder().add("reason", "Asked the training provider"))
                .expect(200);
        post(centre, one + "/response", Json.createObjectBuilder()).problem(400, "ValidationFailed");
        JsonObject responded = post(
                        centre,
                        one + "/response",
                        Json.createObjectBuilder().add("response", "The course starts on the 1st; you are enrolled"))
                .expect(200)
                .json();
        assertEquals("RESPONDED", responded.getString("status"));
        JsonObject closed = post(
                        Callers.registrar(),
                        one + "/closure",
                        Json.createObjectBuilder().add("reason", "The returnee confirmed"))
                .expect(200)
                .json();
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(
                List.of("RECEIVED", "UNDER_REVIEW", "RESPONDED", "CLOSED"),
                closed.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("status"))
                        .toList());
        assertEquals(
                Callers.OPERATOR,
                closed.getJsonArray("history").getJsonObject(3).getString("organisation"),
                "who closed it");
        post(centre, one + "/closure", Json.createObjectBuilder().add("reason", "Again"))
                .problem(409, "GrievanceStatusConflict");
    }

    @Test
    void anAnonymousGrievanceNamesNoOneAndOnlyTheRuleDecidesWhoSeesWhich() {
        JsonObject anonymous = record(
                        centre,
                        null,
                        Json.createObjectBuilder()
                                .add("anonymous", true)
                                .add("category", "SERVICE_QUALITY")
                                .add("description", "Staff at the desk were helpful but slow"))
                .expect(201)
                .json();
        assertTrue(anonymous.getBoolean("anonymous"));
        assertFalse(anonymous.containsKey("caseId") && !anonymous.isNull("caseId"), anonymous::toString);
        assertFalse(
                anonymous.containsKey("registryNumber") && !anonymous.isNull("registryNumber"), anonymous::toString);
        String anonymousId = anonymous.getString("grievanceId");
        JsonArray ofTheCase = as(centre, get(RegistryApi.query(GRIEVANCES, "caseId", caseId)))
                .expect(200)
                .array();
        assertTrue(
                ofTheCase.getValuesAs(JsonObject.class).stream()
                        .noneMatch(g -> g.getString("grievanceId").equals(anonymousId)),
                "an anonymous grievance is never linked to a case");

        String conduct = record(centre, null, onCase("STAFF_CONDUCT", "The case worker shouted at me"))
                .expect(201)
                .json()
                .getString("grievanceId");
        as(centre, get(GRIEVANCES + "/" + conduct)).problem(404, "NotFound");
        as(centre, get(GRIEVANCES + "/" + anonymousId)).expect(200);
        RegistryApi.get(GRIEVANCES + "/" + conduct).expect(200);

        Caller otherCentre = Callers.resourceCentre("NPL-MRC-" + token(6), "District " + token(8));
        as(otherCentre, get(GRIEVANCES + "/" + anonymousId)).problem(404, "NotFound");
        assertEquals(
                0,
                as(otherCentre, get(RegistryApi.query(GRIEVANCES, "caseId", caseId)))
                        .expect(200)
                        .array()
                        .size());
        record(otherCentre, null, onCase("DELAY", "Not their case")).problem(404, "NotFound");
        as(Callers.ministrySystem(), get(GRIEVANCES + "/" + anonymousId)).problem(403, "NotAuthorized");
    }

    @Test
    void everyBadGrievanceIsItsOwnErrorAndWritesNothing() {
        assertViolation(record(centre, null, onCase("GOSSIP", "x")), "category");
        assertViolation(record(centre, null, onCase("DELAY", "a bell \u0007 rings")), "description");
        assertViolation(record(centre, null, onCase("DELAY", "x".repeat(2001))), "description");
        assertViolation(
                record(
                        centre,
                        null,
                        Json.createObjectBuilder()
                                .add("anonymous", true)
                                .add("caseId", caseId)
                                .add("category", "DELAY")
                                .add("description", "Anonymous but linked")),
                "caseId");
        assertViolation(
                record(
                        centre,
                        null,
                        Json.createObjectBuilder()
                                .add("anonymous", false)
                                .add("category", "DELAY")
                                .add("description", "Not anonymous, no case")),
                "caseId");
        assertViolation(record(centre, "not a key!", onCase("DELAY", "x")), "Idempotency-Key");
        assertEquals(
                0,
                as(centre, get(RegistryApi.query(GRIEVANCES, "caseId", caseId)))
                        .expect(200)
                        .array()
                        .size(),
                "nothing written");
        as(centre, get(GRIEVANCES + "/" + UUID.randomUUID())).problem(404, "NotFound");
    }

    // ---- helpers ----

    private JsonObjectBuilder onCase(String category, String description) {
        return Json.createObjectBuilder()
                .add("caseId", caseId)
                .add("anonymous", false)
                .add("category", category)
                .add("description", description);
    }

    private static void assertViolation(Answer answer, String field) {
        JsonObject problem = answer.problem(400, "ValidationFailed");
        assertTrue(
                problem.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                        .anyMatch(v -> field.equals(v.getString("field"))),
                problem::toString);
    }

    private static Answer record(Caller caller, String key, JsonObjectBuilder body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(RegistryApi.uri(GRIEVANCES))
                .header("Content-Type", JSON)
                .header("Accept", JSON)
                .POST(BodyPublishers.ofString(body.build().toString()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return as(caller, request);
    }

    private static Answer post(Caller caller, String path, JsonObjectBuilder body) {
        return as(
                caller,
                HttpRequest.newBuilder(RegistryApi.uri(path))
                        .header("Content-Type", JSON)
                        .header("Accept", JSON)
                        .POST(BodyPublishers.ofString(body.build().toString())));
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(RegistryApi.uri(path))
                .header("Accept", JSON)
                .GET();
    }

    private static Answer as(Caller caller, HttpRequest.Builder request) {
        return RegistryApi.sendAs(caller, request);
    }

    private static String token(int length) {
        return UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, length)
                .toUpperCase(Locale.ROOT);
    }
}
