package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * Reintegration cases on the deployed registry, with real tokens: a case opened by a mission's
 * notification at the resource centre serving the returnee's district, assessed with the published
 * questionnaires, planned, linked to referrals, followed up and closed — every bad input refused with its
 * own code and nothing written — and the trafficking and GBV screening read by the case worker alone,
 * every refusal in the decision log.
 *
 * <p>Each test serves districts of its own with resource centres of its own, so cases other tests open
 * never land at them. The test domain counts follow-ups from the return (ItEnvironment): the sample
 * notification's return in 2025 leaves every scheduled follow-up overdue.
 */
class CasesIT extends DeployedRegistry {

    private static final String CASES = API + "/cases";

    private String district;
    private String centreCode;
    private Caller centre;

    @BeforeEach
    void aResourceCentreOfItsOwn() {
        district = "District " + token(8);
        centreCode = "NPL-MRC-" + token(6);
        centre = Callers.resourceCentre(centreCode, district);
    }

    @Test
    void aCaseRunsFromNotificationToClosureWithAssessmentsAPlanReferralsAndFollowUps() {
        JsonObject notification = notificationIn(district);
        String registryNumber = RegistryApi.submitNew(notification).getString("registryNumber");

        JsonArray listed = as(centre, get(RegistryApi.query(CASES, "registryNumber", registryNumber)))
                .expect(200)
                .array();
        assertEquals(1, listed.size(), listed::toString);
        String caseId = listed.getJsonObject(0).getString("caseId");
        JsonObject opened = as(centre, get(CASES + "/" + caseId)).expect(200).json();
        assertEquals("OPEN", opened.getString("status"));
        assertEquals("NOTIFICATION", opened.getString("openedBy"));
        assertEquals(
                Samples.MISSION + "/" + notification.getString("notificationId"), opened.getString("notification"));
        assertEquals(centreCode, opened.getString("centre"), "held by the centre serving the home district");
        assertTrue(absent(opened, "worker"), opened::toString);
        assertEquals(6, opened.getJsonArray("followUps").size());
        assertEquals(
                LocalDate.parse("2025-04-05"),
                LocalDate.parse(
                        opened.getJsonArray("followUps").getJsonObject(0).getString("dueOn")),
                "monthly from the return");
        Set<String> fromNotification = RegistryApi.get(
                        RegistryApi.query(API + "/referrals", "registryNumber", registryNumber))
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(r -> r.getString("referralId"))
                .collect(Collectors.toSet());
        assertEquals(1, fromNotification.size(), "the MEDICAL need made one referral");
        assertEquals(fromNotification, Set.copyOf(strings(opened.getJsonArray("referrals"))));

        JsonObject assigned = post(centre, CASES + "/" + caseId + "/assignment", Json.createObjectBuilder())
                .expect(200)
                .json();
        String worker = assigned.getString("worker");
        Answer overdue =
                as(centre, get(API + "/overdue-follow-ups?pageSize=100")).expect(200);
        assertEquals("6", overdue.header("X-Total-Count").orElseThrow(), overdue::toString);
        assertTrue(overdue.array().getValuesAs(JsonObject.class).stream()
                .allMatch(o -> o.getString("caseId").equals(caseId)
                        && o.getString("worker").equals(worker)));

        String key = UUID.randomUUID().toString();
        JsonObject economic = assessUnder(key, caseId, "ECONOMIC", economicAnswers("UNEMPLOYED_SEEKING", 12000))
                .expect(201)
                .json();
        JsonObject repeated = assessUnder(key, caseId, "ECONOMIC", economicAnswers("UNEMPLOYED_SEEKING", 12000))
                .expect(200)
                .json();
        assertEquals(economic.getInt("number"), repeated.getInt("number"), "a repeat answers the first assessment");
        assessUnder(key, caseId, "ECONOMIC", economicAnswers("EMPLOYED", 12000)).problem(422, "IdempotencyKeyReused");
        assertEquals(18, economic.getInt("score"));
        assertTrue(absent(economic, "baseline"), economic::toString);
        JsonObject screening = assess(centre, caseId, "PSYCHOSOCIAL_SCREENING", psychosocialAnswers("NEARLY_EVERY_DAY"))
                .expect(201)
                .json();
        assertTrue(screening.getBoolean("positive"));
        assertEquals("PSYCHOSOCIAL", screening.getString("suggestedReferral"), "no route: the referral is suggested");
        JsonObject later = assess(centre, caseId, "ECONOMIC", economicAnswers("EMPLOYED", 30000))
                .expect(201)
                .json();
        assertEquals(1, later.getInt("baseline"));
        assertEquals(18, later.getInt("baselineScore"));
        assertEquals(later.getInt("score") - 18, later.getInt("change"));
        assertTrue(later.getInt("change") > 0, later::toString);

        String ministry = Callers.ministrySystem().organisation();
        post(
                        centre,
                        CASES + "/" + caseId + "/goals",
                        Json.createObjectBuilder()
                                .add("dimension", "ECONOMIC")
                                .add("level", "INDIVIDUAL")
                                .add("description", "A job as a certified welder"))
                .expect(200);
        post(
                        centre,
                        CASES + "/" + caseId + "/actions",
                        Json.createObjectBuilder()
                                .add("goal", 1)
                                .add("description", "Skills test and certificate")
                                .add("responsible", ministry)
                                .add("dueOn", today().plusDays(30).toString()))
                .expect(200);
        String referralId = RegistryApi.postJson(
                        API + "/referrals",
                        Json.createObjectBuilder()
                                .add("registryNumber", registryNumber)
                                .add("service", "EMPLOYMENT")
                                .add("recipient", ministry)
                                .add("reason", "Job placement for the plan's first goal")
                                .build())
                .expect(201)
                .json()
                .getString("referralId");
        JsonObject planned = post(
                        centre,
                        CASES + "/" + caseId + "/referrals",
                        Json.createObjectBuilder().add("referralId", referralId))
                .expect(200)
                .json();
        assertTrue(strings(planned.getJsonArray("referrals")).contains(referralId));
        post(centre, CASES + "/" + caseId + "/notes", Json.createObjectBuilder().add("text", "Met the family"))
                .expect(200);
        JsonObject followedUp = post(
                        centre,
                        CASES + "/" + caseId + "/follow-ups",
                        Json.createObjectBuilder()
                                .add("contactedOn", today().toString())
                                .add("outcome", "REACHED"))
                .expect(200)
                .json();
        JsonObject first = followedUp.getJsonArray("followUps").getJsonObject(0);
        assertEquals("REACHED", first.getString("outcome"));
        assertFalse(first.getBoolean("overdue"));
        assertEquals(
                "5",
                as(centre, get(API + "/overdue-follow-ups"))
                        .expect(200)
                        .header("X-Total-Count")
                        .orElseThrow());

        JsonObject before = as(centre, get(CASES + "/" + caseId)).expect(200).json();
        post(
                        centre,
                        CASES + "/" + caseId + "/closure",
                        Json.createObjectBuilder().add("outcome", "GOALS_MET"))
                .problem(422, "CaseHasOpenActions");
        assertEquals(
                before, as(centre, get(CASES + "/" + caseId)).expect(200).json(), "a refused closure writes nothing");
        post(
                        centre,
                        CASES + "/" + caseId + "/actions/1/end",
                        Json.createObjectBuilder().add("done", true))
                .expect(200);
        JsonObject closed = post(
                        centre,
                        CASES + "/" + caseId + "/closure",
                        Json.createObjectBuilder().add("outcome", "GOALS_MET"))
                .expect(200)
                .json();
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals("GOALS_MET", closed.getString("outcome"));
        post(centre, CASES + "/" + caseId + "/notes", Json.createObjectBuilder().add("text", "One more"))
                .problem(409, "CaseStatusConflict");
        assertEquals(
                "0",
                as(centre, get(API + "/overdue-follow-ups"))
                        .expect(200)
                        .header("X-Total-Count")
                        .orElseThrow());

        List<String> history = closed.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("type"))
                .toList();
        assertEquals(
                List.of(
                        "OPENED",
                        "REFERRAL_LINKED",
                        "ASSIGNED",
                        "ASSESSED",
                        "ASSESSED",
                        "ASSESSED",
                        "GOAL_ADDED",
                        "ACTION_ADDED",
                        "REFERRAL_LINKED",
                        "NOTE",
                        "FOLLOWED_UP",
                        "ACTION_DONE",
                        "CLOSED"),
                history);
        assertTrue(closed.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .skip(2)
                .allMatch(e -> e.getString("organisation").equals(centreCode) && e.containsKey("at")));
    }

    @Test
    void everyBadInputIsItsOwnErrorAndWritesNothing() {
        String registryNumber = RegistryApi.submitNew(notificationIn(district)).getString("registryNumber");
        String caseId = caseOf(registryNumber);
        post(centre, CASES + "/" + caseId + "/assignment", Json.createObjectBuilder())
                .expect(200);
        post(
                        centre,
                        CASES + "/" + caseId + "/goals",
                        Json.createObjectBuilder()
                                .add("dimension", "SOCIAL")
                                .add("level", "COMMUNITY")
                                .add("description", "A support group"))
                .expect(200);
        post(
                        centre,
                        CASES + "/" + caseId + "/actions",
                        Json.createObjectBuilder()
                                .add("goal", 1)
                                .add("description", "Introduce to the returnees' group")
                                .add("responsible", centreCode)
                                .add("dueOn", today().plusDays(14).toString()))
                .expect(200);
        JsonObject before = as(centre, get(CASES + "/" + caseId)).expect(200).json();
        LocalDate openedOn = LocalDate.parse(before.getString("openedOn"));

        assess(centre, caseId, "ECONOMIC", 99, economicAnswers("EMPLOYED", 1000))
                .problem(422, "UnknownQuestionnaire");
        assess(centre, caseId, "HOUSEHOLD_BUDGET", 1, economicAnswers("EMPLOYED", 1000))
                .problem(422, "UnknownQuestionnaire");
        JsonObject outside = assess(
                        centre,
                        caseId,
                        "ECONOMIC",
                        1,
                        Json.createArrayBuilder()
                                .add(answer("employmentStatus", Json.createValue("RETIRED")))
                                .add(answer("monthlyIncome", Json.createValue(-1)))
                                .add(answer("debtOutstanding", Json.createValue(0)))
                                .add(answer("recruitmentFeesOwed", Json.createValue("no")))
                                .add(answer("yearsWorkedAbroad", Json.createValue(2.5)))
                                .add(answer("favouriteColour", Json.createValue("blue"))))
                .problem(400, "ValidationFailed");
        Map<String, String> rules = outside.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(v -> v.getString("field"), v -> v.getString("rule")));
        assertEquals(
                Map.of(
                        "answers[0].value", "AnswerOption",
                        "answers[1].value", "AnswerRange",
                        "answers[3].value", "AnswerType",
                        "answers[4].value", "AnswerType",
                        "answers[5].question", "UnknownQuestion"),
                rules);
        post(
                        centre,
                        CASES + "/" + caseId + "/follow-ups",
                        Json.createObjectBuilder()
                                .add("contactedOn", openedOn.minusDays(1).toString())
                                .add("outcome", "REACHED"))
                .problem(422, "FollowUpBeforeCaseOpened");
        assertEquals(
                List.of("contactedOn"),
                RegistryApi.violationFields(post(
                                centre,
                                CASES + "/" + caseId + "/follow-ups",
                                Json.createObjectBuilder()
                                        .add("contactedOn", today().plusDays(1).toString())
                                        .add("outcome", "REACHED"))
                        .problem(400, "ValidationFailed")));
        assertEquals(
                List.of("outcome"),
                RegistryApi.violationFields(post(
                                centre,
                                CASES + "/" + caseId + "/follow-ups",
                                Json.createObjectBuilder()
                                        .add("contactedOn", today().toString())
                                        .add("outcome", "WAVED"))
                        .problem(400, "ValidationFailed")));
        post(
                        centre,
                        CASES + "/" + caseId + "/closure",
                        Json.createObjectBuilder().add("outcome", "GOALS_PARTLY_MET"))
                .problem(422, "CaseHasOpenActions");
        assertEquals(
                List.of("outcome"),
                RegistryApi.violationFields(post(
                                centre,
                                CASES + "/" + caseId + "/closure",
                                Json.createObjectBuilder().add("outcome", "VANISHED"))
                        .problem(400, "ValidationFailed")));
        assertEquals(
                List.of("goal"),
                RegistryApi.violationFields(post(
                                centre,
                                CASES + "/" + caseId + "/actions",
                                Json.createObjectBuilder()
                                        .add("goal", 7)
                                        .add("description", "No such goal")
                                        .add("responsible", centreCode)
                                        .add("dueOn", today().toString()))
                        .problem(400, "ValidationFailed")));
        RegistryApi.sendAs(
                        centre,
                        HttpRequest.newBuilder(RegistryApi.uri(CASES + "/" + caseId + "/notes"))
                                .header("Content-Type", JSON)
                                .POST(BodyPublishers.ofString("{\"text\":")))
                .problem(400, "MalformedRequest");
        post(
                        centre,
                        CASES,
                        Json.createObjectBuilder()
                                .add("registryNumber", registryNumber)
                                .add("reason", "Again"))
                .problem(409, "CaseAlreadyOpen");

        assertEquals(before, as(centre, get(CASES + "/" + caseId)).expect(200).json(), "nothing refused was written");
        assertEquals(
                1,
                as(centre, get(RegistryApi.query(CASES, "registryNumber", registryNumber)))
                        .expect(200)
                        .array()
                        .size());
        JsonArray questionnaires =
                as(centre, get(API + "/questionnaires")).expect(200).array();
        assertEquals(
                Set.of("ECONOMIC", "SOCIAL", "PSYCHOSOCIAL_SCREENING", "VULNERABILITY_SCREENING"),
                questionnaires.getValuesAs(JsonObject.class).stream()
                        .map(q -> q.getString("code"))
                        .collect(Collectors.toSet()));
        as(centre, get(API + "/questionnaires/ECONOMIC/99")).problem(422, "UnknownQuestionnaire");
    }

    @Test
    void theScreeningIsReadByTheCaseWorkerAloneAndEveryRefusalIsLogged() {
        Caller otherCentre = Callers.resourceCentre("NPL-MRC-" + token(6), "District " + token(8));
        String registryNumber = RegistryApi.submitNew(notificationIn(district)).getString("registryNumber");
        String caseId = caseOf(registryNumber);
        post(centre, CASES + "/" + caseId + "/assignment", Json.createObjectBuilder())
                .expect(200);
        JsonObject recorded = assess(centre, caseId, "VULNERABILITY_SCREENING", vulnerabilityAnswers(true))
                .expect(201)
                .json();
        assertFalse(recorded.getBoolean("withheld"));
        String assessment = CASES + "/" + caseId + "/assessments/" + recorded.getInt("number");

        JsonObject seen = as(centre, get(assessment)).expect(200).json();
        assertFalse(seen.getBoolean("withheld"));
        assertEquals("true", answers(seen).get("traffickingIndicators"));
        assertEquals("false", answers(seen).get("genderBasedViolence"));
        assertEquals(2, seen.getInt("points"));
        assertTrue(seen.getBoolean("positive"));

        JsonObject operatorView = RegistryApi.get(assessment).expect(200).json();
        assertTrue(operatorView.getBoolean("withheld"));
        assertFalse(answers(operatorView).containsKey("traffickingIndicators"), operatorView::toString);
        assertFalse(answers(operatorView).containsKey("genderBasedViolence"), operatorView::toString);
        assertEquals("true", answers(operatorView).get("unpaidWages"), "the ordinary answers are shown");
        assertTrue(
                absent(operatorView, "score") && absent(operatorView, "positive") && absent(operatorView, "points"),
                operatorView::toString);
        assertTrue(operatorView.containsKey("decision"));

        as(otherCentre, get(CASES + "/" + caseId)).problem(404, "NotFound");
        as(otherCentre, get(assessment)).problem(404, "NotFound");
        as(otherCentre, disclosure(registryNumber)).problem(403, "SpecialCategoryRestricted");
        as(Callers.ministrySystem(), disclosure(registryNumber)).problem(403, "SpecialCategoryRestricted");

        JsonObject log = RegistryApi.decisions(registryNumber, "");
        Set<String> denied = log.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("reason").equals("SPECIAL_CATEGORY_RESTRICTED"))
                .peek(d -> assertEquals(List.of("PROTECTION_SCREENING"), strings(d.getJsonArray("requested"))))
                .map(d -> d.getString("organisation"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(Callers.OPERATOR, otherCentre.organisation(), Callers.MINISTRY), denied, log::toString);
        Set<String> permitted = log.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("reason").equals("CASE_WORKER"))
                .map(d -> d.getString("organisation"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(centreCode), permitted, log::toString);

        post(
                        centre,
                        CASES + "/" + caseId + "/transfer",
                        Json.createObjectBuilder()
                                .add("centre", otherCentre.organisation())
                                .add("reason", "The returnee moved"))
                .expect(200);
        as(centre, get(assessment)).problem(404, "NotFound");
        assertTrue(
                as(otherCentre, get(assessment)).expect(200).json().getBoolean("withheld"),
                "no case worker at the new centre yet");
        post(otherCentre, CASES + "/" + caseId + "/assignment", Json.createObjectBuilder())
                .expect(200);
        assertEquals(
                "true",
                answers(as(otherCentre, get(assessment)).expect(200).json()).get("traffickingIndicators"));
    }

    @Test
    void aRegistrationOpensACaseAtTheCentreOfTheDistrictAndAnotherCentreCannotActOnIt() {
        JsonObject registration = Samples.with(
                Samples.registration(Samples.passportNumber()), "/person/homeDistrict", Json.createValue(district));
        String registryNumber = RegistryApi.register(registration).getString("registryNumber");
        String caseId = caseOf(registryNumber);
        JsonObject opened = as(centre, get(CASES + "/" + caseId)).expect(200).json();
        assertEquals("REGISTRATION", opened.getString("openedBy"));
        assertEquals(6, opened.getJsonArray("followUps").size());

        Caller otherCentre = Callers.resourceCentre("NPL-MRC-" + token(6), "District " + token(8));
        post(
                        otherCentre,
                        CASES + "/" + caseId + "/notes",
                        Json.createObjectBuilder().add("text", "Not mine"))
                .problem(404, "NotFound");
        post(
                        otherCentre,
                        CASES + "/" + caseId + "/assignment",
                        Json.createObjectBuilder().add("worker", "someone"))
                .problem(404, "NotFound");
        assertEquals(
                0,
                as(otherCentre, get(RegistryApi.query(CASES, "registryNumber", registryNumber)))
                        .expect(200)
                        .array()
                        .size(),
                "another centre lists none of this centre's cases");
        assertEquals(opened, as(centre, get(CASES + "/" + caseId)).expect(200).json());
    }

    // ---- helpers ----

    private static String token(int length) {
        return UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, length)
                .toUpperCase(Locale.ROOT);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The sample notification (a MEDICAL need, unpaid wages, a return in 2025) of a person living in {@code district}. */
    private static JsonObject notificationIn(String district) {
        return Samples.with(
                Samples.notification(Samples.notificationId(), Samples.passportNumber()),
                "/person/homeDistrict",
                Json.createValue(district));
    }

    /** The returnee's one case, as the operator's registrar lists it. */
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
        return get(RegistryApi.query(
                API + "/returnees/" + registryNumber + "/disclosure",
                "purpose",
                "REINTEGRATION_SERVICES",
                "category",
                "PROTECTION_SCREENING"));
    }

    private static Answer as(Caller caller, HttpRequest.Builder request) {
        return RegistryApi.sendAs(caller, request);
    }

    private static Answer post(Caller caller, String path, jakarta.json.JsonObjectBuilder body) {
        return as(
                caller,
                HttpRequest.newBuilder(RegistryApi.uri(path))
                        .header("Content-Type", JSON)
                        .header("Accept", JSON)
                        .POST(BodyPublishers.ofString(body.build().toString())));
    }

    /** An assessment by this test's centre under an Idempotency-Key. */
    private Answer assessUnder(String key, String caseId, String questionnaire, JsonArrayBuilder answers) {
        return as(
                centre,
                HttpRequest.newBuilder(RegistryApi.uri(CASES + "/" + caseId + "/assessments"))
                        .header("Content-Type", JSON)
                        .header("Accept", JSON)
                        .header("Idempotency-Key", key)
                        .POST(BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("questionnaire", questionnaire)
                                .add("version", 1)
                                .add("answers", answers)
                                .build()
                                .toString())));
    }

    private static Answer assess(Caller caller, String caseId, String questionnaire, JsonArrayBuilder answers) {
        return assess(caller, caseId, questionnaire, 1, answers);
    }

    private static Answer assess(
            Caller caller, String caseId, String questionnaire, int version, JsonArrayBuilder answers) {
        return post(
                caller,
                CASES + "/" + caseId + "/assessments",
                Json.createObjectBuilder()
                        .add("questionnaire", questionnaire)
                        .add("version", version)
                        .add("answers", answers));
    }

    private static JsonObject answer(String question, JsonValue value) {
        return Json.createObjectBuilder()
                .add("question", question)
                .add("value", value)
                .build();
    }

    private static JsonArrayBuilder economicAnswers(String status, int income) {
        return Json.createArrayBuilder()
                .add(answer("employmentStatus", Json.createValue(status)))
                .add(answer("monthlyIncome", Json.createValue(income)))
                .add(answer("debtOutstanding", Json.createValue(150000)))
                .add(answer("recruitmentFeesOwed", JsonValue.TRUE))
                .add(answer(
                        "skills", Json.createArrayBuilder().add("CONSTRUCTION").build()));
    }

    private static JsonArrayBuilder psychosocialAnswers(String often) {
        return Json.createArrayBuilder()
                .add(answer("nervousOrAnxious", Json.createValue(often)))
                .add(answer("uncontrolledWorry", Json.createValue(often)))
                .add(answer("littleInterest", Json.createValue("SEVERAL_DAYS")))
                .add(answer("downOrHopeless", Json.createValue("NOT_AT_ALL")));
    }

    private static JsonArrayBuilder vulnerabilityAnswers(boolean trafficking) {
        return Json.createArrayBuilder()
                .add(answer("traffickingIndicators", trafficking ? JsonValue.TRUE : JsonValue.FALSE))
                .add(answer("genderBasedViolence", JsonValue.FALSE))
                .add(answer("debtBondage", JsonValue.FALSE))
                .add(answer("disability", JsonValue.FALSE))
                .add(answer("unpaidWages", JsonValue.TRUE))
                .add(answer("minorDependants", Json.createValue(0)));
    }

    private static Map<String, String> answers(JsonObject assessment) {
        return assessment.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("question"), a -> a.getString("value")));
    }

    private static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
