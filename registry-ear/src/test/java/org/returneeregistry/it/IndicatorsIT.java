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
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;

/**
 * The M&E indicators on the deployed registry, proven on a known population built through the real
 * interfaces: 26 returns notified by a mission, all in one year no other test reports returns in (so the
 * tables asked for that year count this population alone), then assessed, planned, referred and followed up
 * by the operator's registrar, referrals accepted by the ministry. Every indicator's value and every withheld
 * cell — small and complementary — is asserted, and the CSV and SDMX-CSV forms render the same table.
 *
 * <p>The population ({@code i} is the person's index):
 *
 * <pre>
 *   sex × destination: male QAT i0–8 (9), male MYS i9–14 (6), female QAT i15–22 (8), female MYS i23–25 (3)
 *   age at return 40: i0–2; 30: the others
 *   plan goal: i0–7, i9–14, i15–21, i23–24 (23)
 *   social assessment: all; a document missing i0–9, a network i0–6; a later one with none missing i0–5
 *   economic assessment with skills: i0–7 (skills answered, which is no skills profile)
 *   skills profile recorded: i0–11 (12), i0 in two versions
 *   positive psychosocial screening and a PSYCHOSOCIAL referral: i0–5; accepted by the ministry: i0–4
 *   follow-up contact REACHED: i0–19
 *   every notification's MEDICAL need: a HEALTH referral (26), sent to the ministry; the ministry accepts
 *     i0–10 and reports SERVICE_PROVIDED for i0–5 and NOT_REACHABLE for i6–8 (i9–10 stay ACCEPTED)
 * </pre>
 *
 * <p>So the referrals by outcome (the reported outcome, or the status while none is): SERVICE_PROVIDED 6,
 * NOT_REACHABLE 3, ACCEPTED 2 + 5 = 7, SENT 15 + 1 = 16; 32 in all.
 */
class IndicatorsIT extends DeployedRegistry {

    private static final String INDICATORS = API + "/indicators";
    private static final String CASES = API + "/cases";
    private static final int N = 26;

    private static int year;
    private static LocalDate returned;
    private static String range;

    @BeforeAll
    static void aKnownPopulation() {
        year = ThreadLocalRandom.current().nextInt(1976, 2006);
        returned = LocalDate.of(year, 6, 15);
        range = "&from=" + year + "-01-01&to=" + year + "-12-31";
        String district = "Indicators " + UUID.randomUUID().toString().substring(0, 8);
        // the ministry's system, registered with the registry, receives the PSYCHOSOCIAL referrals
        String ministry = Callers.ministrySystem().organisation();
        for (int i = 0; i < N; i++) {
            boolean male = i < 15;
            String destination = (i <= 8 || (i >= 15 && i <= 22)) ? "QAT" : "MYS";
            int age = i <= 2 ? 40 : 30;
            JsonObject notification = Samples.notification(Samples.notificationId(), Samples.passportNumber());
            notification = Samples.with(notification, "/person/sex", male ? "1" : "2");
            notification = Samples.with(notification, "/person/name/familyName", Samples.familyName());
            notification = Samples.with(notification, "/person/dateOfBirth", (year - age) + "-01-10");
            notification = Samples.with(notification, "/person/homeDistrict", district);
            notification = Samples.with(notification, "/employment/destinationCountry", destination);
            notification = Samples.with(notification, "/expectedArrivalDate", returned.toString());
            notification = Samples.with(notification, "/employment/departureDate", (year - 3) + "-03-01");
            notification = Samples.with(
                    notification, "/employment/endDate", returned.minusDays(5).toString());
            String registryNumber = RegistryApi.submitNew(notification).getString("registryNumber");
            String caseId = caseOf(registryNumber);

            assess(caseId, "SOCIAL", social(i <= 9, i <= 6)).expect(201);
            if (i <= 5) {
                assess(caseId, "SOCIAL", social(false, i <= 6)).expect(201);
            }
            if (i <= 7) {
                assess(caseId, "ECONOMIC", economic()).expect(201);
            }
            if (i <= 5) {
                JsonObject screening = assess(caseId, "PSYCHOSOCIAL_SCREENING", distressed())
                        .expect(201)
                        .json();
                assertTrue(screening.getBoolean("positive"), screening::toString);
                String referralId;
                if (screening.containsKey("referral") && !screening.isNull("referral")) {
                    referralId = screening.getString("referral");
                } else {
                    referralId = RegistryApi.postJson(
                                    API + "/referrals",
                                    Json.createObjectBuilder()
                                            .add("registryNumber", registryNumber)
                                            .add("service", "PSYCHOSOCIAL")
                                            .add("recipient", ministry)
                                            .add("reason", "Positive screening")
                                            .build())
                            .expect(201)
                            .json()
                            .getString("referralId");
                    post(
                                    CASES + "/" + caseId + "/referrals",
                                    Json.createObjectBuilder().add("referralId", referralId))
                            .expect(200);
                }
                if (i <= 4) {
                    String recipient = RegistryApi.get(API + "/referrals/" + referralId)
                            .expect(200)
                            .json()
                            .getString("recipient");
                    RegistryApi.sendAs(
                                    Callers.ministrySystem(recipient),
                                    HttpRequest.newBuilder(
                                                    RegistryApi.uri(API + "/referrals/" + referralId + "/acceptance"))
                                            .header("Accept", JSON)
                                            .POST(BodyPublishers.noBody()))
                            .expect(200);
                }
            }
            if (i <= 11) {
                put(CASES + "/" + caseId + "/skills-profile", skillsProfile("7212", "First interview"))
                        .expect(200);
                if (i == 0) {
                    put(CASES + "/" + caseId + "/skills-profile", skillsProfile("7233", "A second trade"))
                            .expect(200);
                }
            }
            String health = healthReferralOf(caseId);
            JsonObject healthReferral =
                    RegistryApi.get(API + "/referrals/" + health).expect(200).json();
            if ("UNROUTED".equals(healthReferral.getString("status"))) {
                healthReferral = post(
                                API + "/referrals/" + health + "/routing",
                                Json.createObjectBuilder().add("recipient", ministry))
                        .expect(200)
                        .json();
            }
            assertEquals("SENT", healthReferral.getString("status"), healthReferral::toString);
            if (i <= 10) {
                Caller recipient = Callers.ministrySystem(healthReferral.getString("recipient"));
                RegistryApi.sendAs(
                                recipient,
                                HttpRequest.newBuilder(RegistryApi.uri(API + "/referrals/" + health + "/acceptance"))
                                        .header("Accept", JSON)
                                        .POST(BodyPublishers.noBody()))
                        .expect(200);
                if (i <= 8) {
                    RegistryApi.sendAs(
                                    recipient,
                                    HttpRequest.newBuilder(RegistryApi.uri(API + "/referrals/" + health + "/outcome"))
                                            .header("Content-Type", JSON)
                                            .header("Accept", JSON)
                                            .POST(BodyPublishers.ofString(Json.createObjectBuilder()
                                                    .add("outcome", i <= 5 ? "SERVICE_PROVIDED" : "NOT_REACHABLE")
                                                    .build()
                                                    .toString())))
                            .expect(200);
                }
            }
            boolean goal = i <= 7 || (i >= 9 && i <= 14) || (i >= 15 && i <= 21) || i == 23 || i == 24;
            if (goal) {
                post(
                                CASES + "/" + caseId + "/goals",
                                Json.createObjectBuilder()
                                        .add("dimension", "ECONOMIC")
                                        .add("level", "INDIVIDUAL")
                                        .add("description", "Work as a certified welder"))
                        .expect(200);
            }
            if (i <= 19) {
                post(
                                CASES + "/" + caseId + "/follow-ups",
                                Json.createObjectBuilder()
                                        .add(
                                                "contactedOn",
                                                LocalDate.now(ZoneOffset.UTC).toString())
                                        .add("outcome", "REACHED"))
                        .expect(200);
            }
        }
    }

    @Test
    void everyIndicatorHasItsValueForThePopulation() {
        assertPercentage("DOC_SUPPORT_SOUGHT", 10, 26, "38.5");
        assertPercentage("DOC_SUPPORT_RECEIVED", 6, 10, "60.0");
        assertPercentage("FOLLOW_UP_CONTACTED", 20, 26, "76.9");
        assertPercentage("HEALTH_SCREENING", 6, 26, "23.1");
        assertCount("PSYCHOSOCIAL_REFERRED", 6);
        assertCount("MHPSS_REGISTERED", 5);
        assertCount("COMMUNITY_LINKED", 7);
        assertCount("PLANS_DEVELOPED", 23);
        assertCount("SKILLS_PROFILES", 12);
        assertCount("REFERRALS", 32);
        JsonObject days = total("DAYS_TO_FIRST_ASSESSMENT");
        assertEquals("PUBLISHED", days.getString("status"), days::toString);
        assertEquals(26, days.getInt("count"));
        long expected = ChronoUnit.DAYS.between(returned, LocalDate.now(ZoneOffset.UTC));
        long median = days.getJsonNumber("value").bigDecimalValue().longValue();
        assertTrue(Math.abs(median - expected) <= 1, "median " + median + ", expected " + expected);
    }

    @Test
    void aTwoWayTableWithholdsTheSmallCellAndItsComplementsAndKeepsTheMargins() {
        JsonObject table = table("PLANS_DEVELOPED", "sex,destination", "");
        Map<List<String>, JsonObject> cells = cells(table);
        assertEquals(9, cells.size(), table::toString);
        assertEquals("SUPPRESSED_SMALL", cells.get(List.of("2", "MYS")).getString("status"), "2 women to MYS");
        for (List<String> complement : List.of(List.of("1", "QAT"), List.of("1", "MYS"), List.of("2", "QAT"))) {
            JsonObject cell = cells.get(complement);
            assertEquals("SUPPRESSED_COMPLEMENTARY", cell.getString("status"), complement + " " + cell);
            assertFalse(cell.containsKey("value") && !cell.isNull("value"), "a withheld cell has no figure");
        }
        assertValue(cells, List.of("1", "_T"), 14);
        assertValue(cells, List.of("2", "_T"), 9);
        assertValue(cells, List.of("_T", "QAT"), 15);
        assertValue(cells, List.of("_T", "MYS"), 8);
        assertValue(cells, List.of("_T", "_T"), 23);
    }

    @Test
    void aOneWayTableWithholdsTheSmallCellAndTheNextSmallest() {
        Map<List<String>, JsonObject> cells = cells(table("PLANS_DEVELOPED", "ageBand", ""));
        assertEquals("SUPPRESSED_SMALL", cells.get(List.of("35-44")).getString("status"), "three aged 40");
        assertEquals("SUPPRESSED_COMPLEMENTARY", cells.get(List.of("25-34")).getString("status"));
        assertValue(cells, List.of("_T"), 23);

        Map<List<String>, JsonObject> services = cells(table("REFERRALS", "service", ""));
        assertValue(services, List.of("HEALTH"), 26);
        assertValue(services, List.of("PSYCHOSOCIAL"), 6);
        assertValue(services, List.of("_T"), 32);

        Map<List<String>, JsonObject> outcomes = cells(table("REFERRALS", "outcome", ""));
        assertEquals(5, outcomes.size(), outcomes::toString);
        assertEquals("SUPPRESSED_SMALL", outcomes.get(List.of("NOT_REACHABLE")).getString("status"), "3 not reachable");
        assertEquals(
                "SUPPRESSED_COMPLEMENTARY",
                outcomes.get(List.of("SERVICE_PROVIDED")).getString("status"),
                "the next smallest, 6, so that the 3 cannot be subtracted from the total");
        assertValue(outcomes, List.of("ACCEPTED"), 7);
        assertValue(outcomes, List.of("SENT"), 16);
        assertValue(outcomes, List.of("_T"), 32);

        Map<List<String>, JsonObject> skillsBySex = cells(table("SKILLS_PROFILES", "sex", ""));
        // all 12 profiles are men's: the women's 0 is small, so the men's 12 is withheld too (total minus it)
        assertEquals("SUPPRESSED_SMALL", skillsBySex.get(List.of("2")).getString("status"), "no woman: 0");
        assertEquals("SUPPRESSED_COMPLEMENTARY", skillsBySex.get(List.of("1")).getString("status"));
        assertValue(skillsBySex, List.of("_T"), 12);

        Map<List<String>, JsonObject> bySex = cells(table("DOC_SUPPORT_SOUGHT", "sex", ""));
        // men: 10 of 15 sought support; women: 0 of 11 (numerator small), so the men's cell is withheld too
        assertEquals("SUPPRESSED_SMALL", bySex.get(List.of("2")).getString("status"));
        assertEquals("SUPPRESSED_COMPLEMENTARY", bySex.get(List.of("1")).getString("status"));
        assertEquals(
                new BigDecimal("38.5"),
                bySex.get(List.of("_T")).getJsonNumber("value").bigDecimalValue());

        Map<List<String>, JsonObject> byYear = cells(table("PLANS_DEVELOPED", "quarter", ""));
        assertValue(byYear, List.of(year + "-Q2"), 23);
    }

    @Test
    void csvAndSdmxCsvRenderTheSameTable() {
        JsonObject json = table("PLANS_DEVELOPED", "sex,destination", "");
        List<JsonObject> cells = json.getJsonArray("cells").getValuesAs(JsonObject.class);

        Answer csvAnswer = RegistryApi.sendAs(
                        Callers.auditor(),
                        HttpRequest.newBuilder(
                                        RegistryApi.uri(INDICATORS + "/PLANS_DEVELOPED?by=sex,destination" + range))
                                .header("Accept", "text/csv")
                                .GET())
                .expect(200);
        assertTrue(csvAnswer.header("Content-Type").orElseThrow().startsWith("text/csv"), csvAnswer::toString);
        String csv = csvAnswer.body();
        List<String[]> rows = rows(csv);
        assertEquals(
                List.of("indicator", "sex", "destination", "status", "count", "numerator", "value"),
                Arrays.asList(rows.get(0)));
        assertEquals(cells.size(), rows.size() - 1);
        for (int k = 0; k < cells.size(); k++) {
            JsonObject cell = cells.get(k);
            String[] row = rows.get(k + 1);
            assertEquals("PLANS_DEVELOPED", row[0]);
            assertEquals(strings(cell.getJsonArray("categories")), List.of(row[1], row[2]));
            assertEquals(cell.getString("status"), row[3]);
            assertEquals(figure(cell), row[6]);
        }

        Answer sdmxAnswer = RegistryApi.sendAs(
                        Callers.auditor(),
                        HttpRequest.newBuilder(RegistryApi.uri(
                                        INDICATORS + "/PLANS_DEVELOPED?by=sex,destination&format=sdmx-csv" + range))
                                .header("Accept", "*/*")
                                .GET())
                .expect(200);
        assertTrue(
                sdmxAnswer.header("Content-Type").orElseThrow().startsWith("application/vnd.sdmx.data+csv"),
                sdmxAnswer::toString);
        String sdmx = sdmxAnswer.body();
        List<String[]> obs = rows(sdmx);
        List<String> header = Arrays.asList(obs.get(0));
        assertEquals("DATAFLOW", header.get(0));
        int sex = header.indexOf("SEX");
        int destination = header.indexOf("COUNTERPART_AREA");
        int value = header.indexOf("OBS_VALUE");
        int status = header.indexOf("OBS_STATUS");
        int conf = header.indexOf("CONF_STATUS");
        int period = header.indexOf("TIME_PERIOD");
        assertTrue(sex > 0 && destination > 0 && value > 0 && status > 0 && conf > 0 && period > 0, header::toString);
        assertEquals(cells.size(), obs.size() - 1);
        for (int k = 0; k < cells.size(); k++) {
            JsonObject cell = cells.get(k);
            String[] row = obs.get(k + 1);
            assertEquals("RR:DF_REINTEGRATION_INDICATORS(1.0)", row[0]);
            assertEquals(strings(cell.getJsonArray("categories")), List.of(row[sex], row[destination]));
            assertEquals(figure(cell), row[value]);
            String expectedStatus = cell.getString("status");
            assertEquals(expectedStatus.equals("PUBLISHED") ? "A" : "Q", row[status]);
            assertEquals(
                    switch (expectedStatus) {
                        case "SUPPRESSED_SMALL" -> "C";
                        case "SUPPRESSED_COMPLEMENTARY" -> "D";
                        default -> "F";
                    },
                    row[conf]);
            assertEquals(year + "-01-01/" + year + "-12-31", row[period]);
        }
    }

    @Test
    void whoMayReadIsDecidedAsAPurpose() {
        String path = INDICATORS + "/PLANS_DEVELOPED?by=sex" + range;
        RegistryApi.sendAs(Callers.auditor(), get(path)).expect(200);
        RegistryApi.sendAs(Callers.registryAdmin(), get(path)).expect(200);
        RegistryApi.sendAs(Callers.ministrySystem(), get(path + "&purpose=STATISTICS"))
                .expect(200);
        RegistryApi.sendAs(Callers.ministrySystem(), get(path)).problem(400, "PurposeRequired");
        RegistryApi.sendAs(Callers.ministrySystem(), get(path + "&purpose=HEALTH_FOLLOW_UP"))
                .problem(403, "PurposeNotPermitted");
        RegistryApi.sendAs(Callers.registrar(), get(path)).problem(403, "NotAuthorized");
        JsonArray catalogue = RegistryApi.sendAs(Callers.auditor(), get(INDICATORS))
                .expect(200)
                .array();
        assertEquals(11, catalogue.size());
        assertTrue(catalogue.getValuesAs(JsonObject.class).stream()
                .allMatch(i -> i.getJsonObject("source").getInt("module") == 6));
    }

    @Test
    void badQueriesAreRefusedWithTheirCodes() {
        Caller auditor = Callers.auditor();
        RegistryApi.sendAs(auditor, get(INDICATORS + "/PLANS_DEVELOPED?by=shoeSize"))
                .problem(422, "UnknownDimension");
        RegistryApi.sendAs(auditor, get(INDICATORS + "/PLANS_DEVELOPED?by=service"))
                .problem(422, "UnknownDimension");
        RegistryApi.sendAs(auditor, get(INDICATORS + "/PLANS_DEVELOPED?by=sex,district,destination"))
                .problem(400, "ValidationFailed");
        RegistryApi.sendAs(auditor, get(INDICATORS + "/PLANS_DEVELOPED?by=year,month"))
                .problem(400, "ValidationFailed");
        RegistryApi.sendAs(auditor, get(INDICATORS + "/PLANS_DEVELOPED?from=yesterday"))
                .problem(400, "ValidationFailed");
        RegistryApi.sendAs(auditor, get(INDICATORS + "/PLANS_DEVELOPED?format=xlsx"))
                .problem(400, "ValidationFailed");
        RegistryApi.sendAs(auditor, get(INDICATORS + "/SHOE_SIZES")).problem(404, "UnknownIndicator");
    }

    // ---- helpers ----

    private static void assertPercentage(String id, long numerator, long denominator, String value) {
        JsonObject cell = total(id);
        assertEquals("PUBLISHED", cell.getString("status"), id + " " + cell);
        assertEquals(numerator, cell.getJsonNumber("numerator").longValue(), id);
        assertEquals(denominator, cell.getJsonNumber("count").longValue(), id);
        assertEquals(new BigDecimal(value), cell.getJsonNumber("value").bigDecimalValue(), id);
    }

    private static void assertCount(String id, long value) {
        JsonObject cell = total(id);
        assertEquals("PUBLISHED", cell.getString("status"), id + " " + cell);
        assertEquals(value, cell.getJsonNumber("value").longValue(), id);
    }

    private static void assertValue(Map<List<String>, JsonObject> cells, List<String> key, long value) {
        JsonObject cell = cells.get(key);
        assertEquals("PUBLISHED", cell.getString("status"), key + " " + cell);
        assertEquals(value, cell.getJsonNumber("value").longValue(), key.toString());
    }

    private static JsonObject total(String id) {
        JsonArray cells = table(id, "", "").getJsonArray("cells");
        assertEquals(1, cells.size(), cells::toString);
        return cells.getJsonObject(0);
    }

    private static JsonObject table(String id, String by, String extra) {
        return RegistryApi.sendAs(Callers.auditor(), get(INDICATORS + "/" + id + "?by=" + by + range + extra))
                .expect(200)
                .json();
    }

    private static Map<List<String>, JsonObject> cells(JsonObject table) {
        Map<List<String>, JsonObject> out = new HashMap<>();
        for (JsonObject c : table.getJsonArray("cells").getValuesAs(JsonObject.class)) {
            out.put(strings(c.getJsonArray("categories")), c);
        }
        return out;
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : a) {
            out.add(((jakarta.json.JsonString) v).getString());
        }
        return out;
    }

    private static String figure(JsonObject cell) {
        return cell.containsKey("value") && !cell.isNull("value")
                ? cell.getJsonNumber("value").bigDecimalValue().toPlainString()
                : "";
    }

    private static List<String[]> rows(String csv) {
        List<String[]> out = new ArrayList<>();
        for (String line : csv.split("\r\n")) {
            if (!line.isEmpty()) {
                out.add(line.split(",", -1));
            }
        }
        return out;
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

    private static Answer post(String path, JsonObjectBuilder body) {
        return RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(path))
                .header("Content-Type", JSON)
                .header("Accept", JSON)
                .POST(BodyPublishers.ofString(body.build().toString())));
    }

    private static Answer put(String path, JsonObjectBuilder body) {
        return RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(path))
                .header("Content-Type", JSON)
                .header("Accept", JSON)
                .PUT(BodyPublishers.ofString(body.build().toString())));
    }

    /** The HEALTH referral the notification's MEDICAL need made, linked to the case. */
    private static String healthReferralOf(String caseId) {
        JsonObject c = RegistryApi.get(CASES + "/" + caseId).expect(200).json();
        List<String> health = new ArrayList<>();
        for (JsonValue id : c.getJsonArray("referrals")) {
            String referralId = ((jakarta.json.JsonString) id).getString();
            if ("HEALTH"
                    .equals(RegistryApi.get(API + "/referrals/" + referralId)
                            .expect(200)
                            .json()
                            .getString("service"))) {
                health.add(referralId);
            }
        }
        assertEquals(1, health.size(), c::toString);
        return health.get(0);
    }

    private static JsonObjectBuilder skillsProfile(String isco, String reason) {
        return Json.createObjectBuilder()
                .add(
                        "occupations",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("isco", isco)
                                        .add("years", 4)))
                .add("certificates", Json.createArrayBuilder())
                .add("priorLearning", Json.createObjectBuilder().add("status", "NOT_STARTED"))
                .add("reason", reason);
    }

    private static Answer assess(String caseId, String questionnaire, JsonArrayBuilder answers) {
        return post(
                CASES + "/" + caseId + "/assessments",
                Json.createObjectBuilder()
                        .add("questionnaire", questionnaire)
                        .add("version", 1)
                        .add("answers", answers));
    }

    private static JsonObject answer(String question, JsonValue value) {
        return Json.createObjectBuilder()
                .add("question", question)
                .add("value", value)
                .build();
    }

    private static JsonArrayBuilder social(boolean documentMissing, boolean network) {
        JsonArrayBuilder a = Json.createArrayBuilder()
                .add(answer(
                        "documentsHeld",
                        Json.createArrayBuilder().add("NATIONAL_ID").build()))
                .add(answer("housing", Json.createValue("WITH_FAMILY")))
                .add(answer("dependants", Json.createValue(1)))
                .add(answer("familyRelations", Json.createValue("SUPPORTIVE")))
                .add(answer("healthCareAccess", JsonValue.TRUE))
                .add(answer("welfareSchemeEnrolled", JsonValue.FALSE))
                .add(answer("communityNetwork", network ? JsonValue.TRUE : JsonValue.FALSE));
        if (documentMissing) {
            a.add(answer(
                    "documentsMissing",
                    Json.createArrayBuilder().add("PASSPORT").build()));
        }
        return a;
    }

    private static JsonArrayBuilder economic() {
        return Json.createArrayBuilder()
                .add(answer("employmentStatus", Json.createValue("UNEMPLOYED_SEEKING")))
                .add(answer("monthlyIncome", Json.createValue(12000)))
                .add(answer("debtOutstanding", Json.createValue(0)))
                .add(answer("recruitmentFeesOwed", JsonValue.FALSE))
                .add(answer(
                        "skills", Json.createArrayBuilder().add("CONSTRUCTION").build()));
    }

    private static JsonArrayBuilder distressed() {
        String often = "NEARLY_EVERY_DAY";
        return Json.createArrayBuilder()
                .add(answer("nervousOrAnxious", Json.createValue(often)))
                .add(answer("uncontrolledWorry", Json.createValue(often)))
                .add(answer("littleInterest", Json.createValue("SEVERAL_DAYS")))
                .add(answer("downOrHopeless", Json.createValue("NOT_AT_ALL")));
    }
}
