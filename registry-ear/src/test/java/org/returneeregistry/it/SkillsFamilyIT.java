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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;

/**
 * Skills profiles on the deployed registry: recorded by the case worker on the returnee's case, kept in
 * versions with who, when and why, every bad input refused with nothing written, and read by a ministry only
 * through the consent decision point (category SKILLS) — denied without a consent, disclosed with one, both
 * in the decision log.
 */
class SkillsFamilyIT extends DeployedRegistry {

    private static final String CASES = API + "/cases";

    private String district;
    private Caller centre;

    @BeforeEach
    void aResourceCentreOfItsOwn() {
        district = "District " + token(8);
        centre = Callers.resourceCentre("NPL-MRC-" + token(6), district);
    }

    @Test
    void aSkillsProfileIsRecordedInVersionsAndDisclosedOnlyThroughTheDecisionPoint() {
        String registryNumber = registeredIn(district);
        String caseId = caseOf(registryNumber);
        String skills = CASES + "/" + caseId + "/skills-profile";
        as(centre, get(skills)).problem(404, "NotFound");

        JsonObject first = put(centre, skills, profile("7212", 6, "NOT_STARTED", null, "First interview"))
                .expect(200)
                .json();
        assertEquals(1, first.getJsonObject("current").getInt("version"));
        assertEquals("7212", occupation(first.getJsonObject("current")).getString("isco"));
        assertEquals(0, first.getJsonArray("history").size());
        JsonObject second = put(centre, skills, profile("7212", 6, "CERTIFIED", "Level 2 welder", "RPL done"))
                .expect(200)
                .json();
        JsonObject current = second.getJsonObject("current");
        assertEquals(2, current.getInt("version"));
        assertEquals("CERTIFIED", current.getJsonObject("priorLearning").getString("status"));
        assertEquals("RPL done", current.getString("reason"));
        assertEquals(centre.organisation(), current.getString("organisation"));
        assertEquals(1, second.getJsonArray("history").size());
        assertEquals(
                "NOT_STARTED",
                second.getJsonArray("history")
                        .getJsonObject(0)
                        .getJsonObject("priorLearning")
                        .getString("status"),
                "the earlier version is kept");
        assertEquals(second, as(centre, get(skills)).expect(200).json());

        Caller otherCentre = Callers.resourceCentre("NPL-MRC-" + token(6), "District " + token(8));
        as(otherCentre, get(skills)).problem(404, "NotFound");
        put(otherCentre, skills, profile("7212", 1, "NOT_STARTED", null, "Not mine"))
                .problem(404, "NotFound");

        Caller ministry = Callers.ministrySystem();
        as(ministry, disclosure(registryNumber)).problem(403, "NoConsent");
        Consents.recorded(registryNumber, ministry.organisation(), "REINTEGRATION_SERVICES", List.of("SKILLS"));
        JsonObject disclosed =
                as(ministry, disclosure(registryNumber)).expect(200).json();
        assertEquals(List.of("SKILLS"), strings(disclosed.getJsonArray("grantedCategories")));
        JsonObject section = disclosed.getJsonObject("skills");
        assertEquals(2, section.getInt("version"));
        assertEquals("CERTIFIED", section.getString("priorLearningStatus"));
        assertEquals(
                "7212", section.getJsonArray("occupations").getJsonObject(0).getString("isco"));
        assertFalse(disclosed.containsKey("identity"), "only the category granted");

        JsonObject log = RegistryApi.decisions(registryNumber, "");
        List<JsonObject> skillsDecisions = log.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("organisation").equals(ministry.organisation()))
                .filter(d -> strings(d.getJsonArray("requested")).equals(List.of("SKILLS")))
                .toList();
        assertEquals(
                List.of("PERMIT", "DENY"),
                skillsDecisions.stream().map(d -> d.getString("outcome")).toList(),
                log::toString);
    }

    @Test
    void everyBadSkillsProfileIsItsOwnErrorAndWritesNothing() {
        String registryNumber = registeredIn(district);
        String skills = CASES + "/" + caseOf(registryNumber) + "/skills-profile";
        put(centre, skills, profile("7212", 3, "NOT_STARTED", null, "Baseline")).expect(200);

        assertViolation(put(centre, skills, profile("72120", 3, "ASSESSED", null, "x")), "occupations[0].isco");
        assertViolation(put(centre, skills, profile("7212", 61, "ASSESSED", null, "x")), "occupations[0].years");
        assertViolation(put(centre, skills, profile("7212", 3, "PENDING", null, "x")), "priorLearning.status");
        assertViolation(
                put(centre, skills, profile("7212", 3, "NOT_STARTED", "Certified", "x")), "priorLearning.outcome");
        assertViolation(put(centre, skills, profile("7212", 3, "ASSESSED", null, null)), "reason");
        assertViolation(put(centre, skills, profile("7212", 3, "ASSESSED", null, "a bell \u0007 rings")), "reason");
        JsonObjectBuilder future = profile("7212", 3, "ASSESSED", null, "x")
                .add(
                        "certificates",
                        Json.createArrayBuilder()
                                .add(certificate(LocalDate.now(ZoneOffset.UTC)
                                        .plusDays(3)
                                        .toString())));
        assertViolation(put(centre, skills, future), "certificates[0].issuedOn");
        var many = Json.createArrayBuilder();
        for (int i = 0; i < 21; i++) {
            many.add(Json.createObjectBuilder().add("isco", "9312").add("years", 1));
        }
        assertViolation(
                put(centre, skills, profile("7212", 3, "ASSESSED", null, "x").add("occupations", many)), "occupations");

        JsonObject kept = as(centre, get(skills)).expect(200).json();
        assertEquals(1, kept.getJsonObject("current").getInt("version"), "nothing written");
        assertEquals(0, kept.getJsonArray("history").size());
    }

    @Test
    void familyMembersAreRecordedInVersionsAndDisclosedOnlyThroughTheDecisionPoint() {
        String registryNumber = registeredIn(district);
        String family = CASES + "/" + caseOf(registryNumber) + "/family";
        as(centre, get(family)).problem(404, "NotFound");

        JsonObject first = put(
                        centre,
                        family,
                        Json.createObjectBuilder()
                                .add(
                                        "members",
                                        Json.createArrayBuilder()
                                                .add(member("SPOUSE", "Sita", "1990-02-11", "2", true, null))
                                                .add(member("CHILD", "Ram", "2016-08-01", "1", true, true)))
                                .add("reason", "Household at the first interview"))
                .expect(200)
                .json();
        assertEquals(2, first.getJsonObject("current").getJsonArray("members").size());
        JsonObject second = put(
                        centre,
                        family,
                        Json.createObjectBuilder()
                                .add(
                                        "members",
                                        Json.createArrayBuilder()
                                                .add(member("SPOUSE", "Sita", "1990-02-11", "2", true, null))
                                                .add(member("CHILD", "Ram", "2016-08-01", "1", true, true))
                                                .add(member("PARENT", "Hari", "1955-01-01", "1", true, null)))
                                .add("reason", "The father moved in"))
                .expect(200)
                .json();
        assertEquals(2, second.getJsonObject("current").getInt("version"));
        assertEquals(1, second.getJsonArray("history").size());
        JsonObject child =
                second.getJsonObject("current").getJsonArray("members").getJsonObject(1);
        assertEquals("CHILD", child.getString("relationship"));
        assertTrue(child.getBoolean("inSchool"));
        assertEquals(second, as(centre, get(family)).expect(200).json());

        String ministry = Callers.ministrySystem().organisation();
        as(Callers.ministrySystem(), disclosure(registryNumber, "FAMILY")).problem(403, "NoConsent");
        Consents.recorded(registryNumber, ministry, "REINTEGRATION_SERVICES", List.of("FAMILY"));
        JsonObject disclosed = as(Callers.ministrySystem(), disclosure(registryNumber, "FAMILY"))
                .expect(200)
                .json();
        assertEquals(
                3, disclosed.getJsonObject("family").getJsonArray("members").size());
        assertFalse(disclosed.containsKey("skills"), "only the category granted");
        assertEquals(
                List.of("PERMIT", "DENY"),
                RegistryApi.decisions(registryNumber, "").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(d -> d.getString("organisation").equals(ministry))
                        .map(d -> d.getString("outcome"))
                        .toList());

        // bad input: each its own violation, nothing written
        assertViolation(
                put(centre, family, household(member("COUSIN_TWICE", "A", "2000-01-01", "1", false, null))),
                "members[0].relationship");
        assertViolation(
                put(centre, family, household(member("CHILD", "A", "2000-01-01", "7", false, null))), "members[0].sex");
        assertViolation(
                put(centre, family, household(member("CHILD", "A\u0007B", "2000-01-01", "1", false, null))),
                "members[0].givenName");
        assertViolation(
                put(
                        centre,
                        family,
                        household(member(
                                "CHILD",
                                "A",
                                LocalDate.now(ZoneOffset.UTC).plusDays(1).toString(),
                                "1",
                                false,
                                null))),
                "members[0].dateOfBirth");
        var many = Json.createArrayBuilder();
        for (int i = 0; i < 31; i++) {
            many.add(member("OTHER_RELATIVE", "R" + i, "2000-01-01", "1", false, null));
        }
        assertViolation(
                put(
                        centre,
                        family,
                        Json.createObjectBuilder().add("members", many).add("reason", "x")),
                "members");
        assertEquals(
                2,
                as(centre, get(family))
                        .expect(200)
                        .json()
                        .getJsonObject("current")
                        .getInt("version"),
                "nothing written");
    }

    // ---- helpers ----

    private static JsonObjectBuilder household(JsonObjectBuilder member) {
        return Json.createObjectBuilder()
                .add("members", Json.createArrayBuilder().add(member))
                .add("reason", "Correction");
    }

    private static JsonObjectBuilder member(
            String relationship, String givenName, String born, String sex, boolean dependant, Boolean inSchool) {
        JsonObjectBuilder m = Json.createObjectBuilder()
                .add("relationship", relationship)
                .add("givenName", givenName)
                .add("familyName", "Thapa")
                .add("dateOfBirth", born)
                .add("sex", sex)
                .add("dependant", dependant);
        if (inSchool != null) {
            m.add("inSchool", inSchool);
        }
        return m;
    }

    private static void assertViolation(Answer answer, String field) {
        JsonObject problem = answer.problem(400, "ValidationFailed");
        assertTrue(
                problem.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                        .anyMatch(v -> field.equals(v.getString("field"))),
                problem::toString);
    }

    private static JsonObjectBuilder profile(String isco, int years, String rpl, String outcome, String reason) {
        JsonObjectBuilder prior = Json.createObjectBuilder().add("status", rpl);
        if (outcome != null) {
            prior.add("outcome", outcome);
        }
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add(
                        "occupations",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("isco", isco)
                                        .add("title", "Welder")
                                        .add("years", years)))
                .add("certificates", Json.createArrayBuilder().add(certificate("2019-06-30")))
                .add("priorLearning", prior);
        if (reason != null) {
            body.add("reason", reason);
        }
        return body;
    }

    private static JsonObjectBuilder certificate(String issuedOn) {
        return Json.createObjectBuilder()
                .add("issuer", "Qatar Welding Institute")
                .add("title", "Welding, level 1")
                .add("issuedOn", issuedOn);
    }

    private static JsonObject occupation(JsonObject version) {
        return version.getJsonArray("occupations").getJsonObject(0);
    }

    private static String registeredIn(String district) {
        JsonObject registration = Samples.with(
                Samples.registration(Samples.passportNumber()), "/person/homeDistrict", Json.createValue(district));
        return RegistryApi.register(registration).getString("registryNumber");
    }

    private static String caseOf(String registryNumber) {
        JsonArray cases = RegistryApi.get(RegistryApi.query(CASES, "registryNumber", registryNumber))
                .expect(200)
                .array();
        assertEquals(1, cases.size(), cases::toString);
        return cases.getJsonObject(0).getString("caseId");
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(RegistryApi.uri(path))
                .header("Accept", JSON)
                .GET();
    }

    private static HttpRequest.Builder disclosure(String registryNumber) {
        return disclosure(registryNumber, "SKILLS");
    }

    private static HttpRequest.Builder disclosure(String registryNumber, String category) {
        return get(RegistryApi.query(
                API + "/returnees/" + registryNumber + "/disclosure",
                "purpose",
                "REINTEGRATION_SERVICES",
                "category",
                category));
    }

    private static Answer as(Caller caller, HttpRequest.Builder request) {
        return RegistryApi.sendAs(caller, request);
    }

    private static Answer put(Caller caller, String path, JsonObjectBuilder body) {
        return as(
                caller,
                HttpRequest.newBuilder(RegistryApi.uri(path))
                        .header("Content-Type", JSON)
                        .header("Accept", JSON)
                        .PUT(BodyPublishers.ofString(body.build().toString())));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static String token(int length) {
        return UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, length)
                .toUpperCase(Locale.ROOT);
    }
}
