package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.schemas.common.v1.Identifier;
import org.returneeregistry.schemas.referral.v1.Referral;
import org.returneeregistry.schemas.returnee.v1.Correction;
import org.returneeregistry.schemas.returnee.v1.ReturneePage;
import org.returneeregistry.schemas.returnee.v1.ReturneeQuery;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * Every answer carrying a returnee's personal data goes through the consent decision point, with a
 * purpose, and is in the decision log: the registrars' search (REST and SOAP), the answer of a
 * correction, and the free text of a referral shown to its recipient. Also: list pages are bounded
 * (a huge page number is invalid input, not a failure), and concurrent corrections of one returnee
 * answer 200 or 409, never 500.
 */
class ReadsThroughDecisionPointIT extends DeployedRegistry {

    private static final String RETURNEES = API + "/returnees";
    private static final String REFERRALS = API + "/referrals";
    private static final String PURPOSE = "REINTEGRATION_SERVICES";

    // ---- search ----

    @Test
    void aSearchWithoutPurposeIsRefusedAndLoggedBeforeItRuns() {
        String passport = Samples.passportNumber();
        String registryNumber =
                RegistryApi.register(Samples.registration(passport)).getString("registryNumber");
        Instant before = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.MILLIS);

        RegistryApi.get(byPassport(passport, null)).problem(400, "PurposeRequired");

        List<JsonObject> refusals = denies(before).stream()
                .filter(d -> "PURPOSE_MISSING".equals(d.getString("reason")) && "REST".equals(d.getString("channel")))
                .toList();
        assertFalse(refusals.isEmpty(), "the refused search is in the decision log");
        assertEquals("NONE", refusals.get(0).getString("purpose"));
        assertEquals(
                0,
                RegistryApi.decisions(registryNumber, "").getInt("totalCount"),
                "a search refused before it ran decided nothing about the person it would have found");
        RegistryApi.get(byPassport(passport, "PAYROLL")).problem(400, "ValidationFailed");
    }

    @Test
    void aSearchDecidesAndLogsEveryHitItAnswersAndNoOther() {
        String family = Samples.familyName();
        Set<String> registered = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            registered.add(
                    RegistryApi.register(Samples.registration(Samples.passportNumber(), family, Samples.DATE_OF_BIRTH))
                            .getString("registryNumber"));
        }

        Answer page = RegistryApi.get(RegistryApi.query(
                        RETURNEES,
                        "familyName",
                        family,
                        "dateOfBirth",
                        Samples.DATE_OF_BIRTH,
                        "pageSize",
                        "2",
                        "purpose",
                        PURPOSE))
                .expect(200);

        List<String> shown = page.array().getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("registryNumber"))
                .toList();
        assertEquals(2, shown.size(), page::toString);
        assertEquals(List.of("3"), page.headers().allValues("X-Total-Count"));
        assertTrue(
                page.links().get("next").contains("purpose=" + PURPOSE),
                "the next page declares the purpose too: " + page);
        for (String registryNumber : shown) {
            JsonObject decision = only(RegistryApi.decisions(registryNumber, ""));
            assertEquals("PERMIT", decision.getString("outcome"), decision::toString);
            assertEquals("OPERATOR_RECORD_KEEPING", decision.getString("reason"), decision::toString);
            assertEquals(PURPOSE, decision.getString("purpose"), decision::toString);
            assertEquals(Callers.OPERATOR, decision.getString("organisation"), decision::toString);
            assertEquals("REST", decision.getString("channel"), decision::toString);
            assertEquals(Set.of("IDENTITY", "CONTACT"), codes(decision, "requested"), decision::toString);
            assertEquals(Set.of("IDENTITY", "CONTACT"), codes(decision, "granted"), decision::toString);
        }
        Set<String> notShown = new HashSet<>(registered);
        shown.forEach(notShown::remove);
        assertEquals(1, notShown.size());
        assertEquals(
                0,
                RegistryApi.decisions(notShown.iterator().next(), "").getInt("totalCount"),
                "a person the page did not show was not decided");
    }

    @Test
    void aSearchPageHoldsAtMostTwentyHits() {
        JsonObject tooLarge = RegistryApi.get(RegistryApi.query(
                        RETURNEES,
                        "familyName",
                        Samples.familyName(),
                        "dateOfBirth",
                        Samples.DATE_OF_BIRTH,
                        "pageSize",
                        "21",
                        "purpose",
                        PURPOSE))
                .problem(400, "ValidationFailed");
        assertEquals(List.of("pageSize"), RegistryApi.violationFields(tooLarge));
        RegistryApi.get(RegistryApi.query(
                        RETURNEES,
                        "familyName",
                        Samples.familyName(),
                        "dateOfBirth",
                        Samples.DATE_OF_BIRTH,
                        "pageSize",
                        "20",
                        "purpose",
                        PURPOSE))
                .expect(200);
    }

    @Test
    void soapFindReturneesDeclaresAPurposeAndEveryHitIsLogged() throws RegistryFault {
        String passport = Samples.passportNumber();
        String registryNumber =
                RegistryApi.register(Samples.registration(passport)).getString("registryNumber");
        ReturneeQuery query = new ReturneeQuery();
        Identifier id = new Identifier();
        id.setType("PASSPORT");
        id.setNumber(passport);
        id.setIssuingCountry(Samples.COUNTRY);
        query.setIdentifier(id);

        RegistryFault refused = assertThrows(
                RegistryFault.class, () -> RegistryApi.registryPort().findReturnees(query));
        assertEquals("PurposeRequired", refused.getFaultInfo().getCode());
        assertEquals(0, RegistryApi.decisions(registryNumber, "").getInt("totalCount"));

        query.setPurpose(PURPOSE);
        ReturneePage hits = RegistryApi.registryPort().findReturnees(query);
        assertEquals(
                List.of(registryNumber),
                hits.getReturnee().stream().map(h -> h.getRegistryNumber()).toList());
        JsonObject decision = only(RegistryApi.decisions(registryNumber, ""));
        assertEquals("PERMIT", decision.getString("outcome"), decision::toString);
        assertEquals("SOAP", decision.getString("channel"), decision::toString);
        assertEquals(PURPOSE, decision.getString("purpose"), decision::toString);

        query.setPageSize(21);
        RegistryFault tooLarge = assertThrows(
                RegistryFault.class, () -> RegistryApi.registryPort().findReturnees(query));
        assertEquals("ValidationFailed", tooLarge.getFaultInfo().getCode());
    }

    // ---- corrections ----

    @Test
    void aCorrectionWithoutPurposeIsRefusedLoggedAndCorrectsNothing() {
        String registryNumber = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        String corrections = RETURNEES + "/" + registryNumber + "/corrections";
        JsonObject correction = Json.createObjectBuilder()
                .add("reason", "Home district as on the citizenship certificate")
                .add("changes", Json.createObjectBuilder().add("homeDistrict", "Syangja"))
                .build();

        RegistryApi.postJson(corrections, correction).problem(400, "PurposeRequired");

        JsonObject refusal = only(RegistryApi.decisions(registryNumber, ""));
        assertEquals("DENY", refusal.getString("outcome"), refusal::toString);
        assertEquals("PURPOSE_MISSING", refusal.getString("reason"), refusal::toString);
        assertEquals(
                "Kaski",
                RegistryApi.returnee(registryNumber).getJsonObject("person").getString("homeDistrict"),
                "the refused correction changed nothing");

        JsonObject corrected = RegistryApi.postJson(
                        corrections, Samples.with(correction, "/purpose", Json.createValue(PURPOSE)))
                .expect(200)
                .json();
        assertEquals("Syangja", corrected.getJsonObject("person").getString("homeDistrict"));
        List<JsonObject> decisions = RegistryApi.decisions(registryNumber, "&outcome=PERMIT")
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(
                decisions.stream()
                        .anyMatch(d -> PURPOSE.equals(d.getString("purpose"))
                                && "OPERATOR_RECORD_KEEPING".equals(d.getString("reason"))),
                decisions::toString);
    }

    @Test
    void soapCorrectionWithoutPurposeIsRefusedAndCorrectsNothing() throws RegistryFault {
        String registryNumber = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        Correction correction = new Correction();
        correction.setRegistryNumber(registryNumber);
        correction.setReason("Family name as in the new passport");
        correction.setFamilyName("Magar");

        RegistryFault refused = assertThrows(
                RegistryFault.class, () -> RegistryApi.registryPort().correctReturnee(correction));
        assertEquals("PurposeRequired", refused.getFaultInfo().getCode());
        assertFalse(
                "Magar"
                        .equals(RegistryApi.returnee(registryNumber)
                                .getJsonObject("person")
                                .getJsonObject("name")
                                .getString("familyName")),
                "the refused correction changed nothing");

        correction.setPurpose(PURPOSE);
        assertEquals(
                "Magar",
                RegistryApi.registryPort()
                        .correctReturnee(correction)
                        .getPerson()
                        .getName()
                        .getFamilyName());
    }

    // ---- referral free text ----

    @Test
    void aRecipientSeesAReferralsFreeTextOnlyWhenTheCategoryItMayRevealIsGranted() throws RegistryFault {
        Caller ministry = Callers.ministrySystem();
        String registryNumber = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        String referralId = RegistryApi.postJson(
                        REFERRALS,
                        Json.createObjectBuilder()
                                .add("registryNumber", registryNumber)
                                .add("service", "HEALTH")
                                .add("recipient", Callers.MINISTRY)
                                .add("reason", "Suspected tuberculosis, coughing since March")
                                .build())
                .expect(201)
                .json()
                .getString("referralId");

        JsonObject withheld = RegistryApi.sendAs(ministry, get(REFERRALS + "/" + referralId))
                .expect(200)
                .json();
        assertEquals("SENT", withheld.getString("status"), withheld::toString);
        assertFalse(withheld.containsKey("reason"), withheld::toString);
        assertFalse(withheld.toString().contains("tuberculosis"), withheld::toString);
        JsonObject deny = RegistryApi.decisions(registryNumber, "&organisation=" + Callers.MINISTRY)
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("DENY", deny.getString("outcome"), deny::toString);
        assertEquals("HEALTH_FOLLOW_UP", deny.getString("purpose"), deny::toString);
        assertEquals(Set.of("HEALTH"), codes(deny, "requested"), deny::toString);

        JsonObject completed = RegistryApi.sendAs(ministry, post(REFERRALS + "/" + referralId + "/acceptance", ""))
                .expect(200)
                .json();
        assertFalse(completed.containsKey("reason"), completed::toString);
        completed = RegistryApi.sendAs(
                        ministry,
                        post(
                                REFERRALS + "/" + referralId + "/outcome",
                                "{\"outcome\":\"SERVICE_PROVIDED\",\"note\":\"Treated for tuberculosis at the district hospital\"}"))
                .expect(200)
                .json();
        assertEquals("COMPLETED", completed.getString("status"));
        assertFalse(completed.toString().contains("tuberculosis"), completed::toString);
        Referral overSoap = RegistryApi.referralPort(ministry).getReferral(referralId);
        assertNull(overSoap.getReason());
        assertNull(overSoap.getOutcomeNote());
        assertTrue(overSoap.getEvent().stream().allMatch(e -> e.getNote() == null));

        JsonObject registrarView =
                RegistryApi.get(REFERRALS + "/" + referralId).expect(200).json();
        assertEquals(
                "Suspected tuberculosis, coughing since March",
                registrarView.getString("reason"),
                "the registrars keeping the case see it whole");

        RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/consents"))
                                .header("Content-Type", JSON)
                                .header("Accept", JSON)
                                .POST(BodyPublishers.ofString(Json.createObjectBuilder()
                                        .add("registryNumber", registryNumber)
                                        .add("recipient", Callers.MINISTRY)
                                        .add(
                                                "purposes",
                                                Json.createArrayBuilder().add("HEALTH_FOLLOW_UP"))
                                        .add(
                                                "categories",
                                                Json.createArrayBuilder()
                                                        .add("IDENTITY")
                                                        .add("HEALTH"))
                                        .add("method", "ASSISTED")
                                        .add("evidenceHash", "cd".repeat(32))
                                        .add(
                                                "validUntil",
                                                Instant.now()
                                                        .plus(30, ChronoUnit.DAYS)
                                                        .toString())
                                        .add("noticeVersion", "2026-1")
                                        .build()
                                        .toString())))
                .expect(201);

        JsonObject granted = RegistryApi.sendAs(ministry, get(REFERRALS + "/" + referralId))
                .expect(200)
                .json();
        assertEquals("Suspected tuberculosis, coughing since March", granted.getString("reason"), granted::toString);
        assertEquals(
                "Treated for tuberculosis at the district hospital",
                granted.getString("outcomeNote"),
                granted::toString);
        JsonObject permit = RegistryApi.decisions(registryNumber, "&organisation=" + Callers.MINISTRY)
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("PERMIT", permit.getString("outcome"), permit::toString);
        assertEquals("CONSENT", permit.getString("reason"), permit::toString);
        assertEquals(
                "Suspected tuberculosis, coughing since March",
                RegistryApi.referralPort(ministry).getReferral(referralId).getReason());
    }

    // ---- paging ----

    @Test
    void aPageNumberBeyondTheBoundIsInvalidInputNotAFailure() {
        List<String> wrong = new ArrayList<>();
        String huge = Integer.toString(Integer.MAX_VALUE);
        record Listing(Caller caller, String path) {}
        for (Listing listing : List.of(
                new Listing(
                        Callers.registrar(),
                        RegistryApi.query(
                                RETURNEES,
                                "familyName",
                                "Thapa",
                                "dateOfBirth",
                                Samples.DATE_OF_BIRTH,
                                "purpose",
                                PURPOSE,
                                "page",
                                huge)),
                new Listing(Callers.registrar(), RegistryApi.query(REFERRALS, "page", huge)),
                new Listing(Callers.auditor(), RegistryApi.query(API + "/decision-log", "page", huge)),
                new Listing(Callers.auditor(), RegistryApi.query(API + "/audit-entries", "page", huge)),
                new Listing(Callers.registryAdmin(), RegistryApi.query(API + "/organisations", "page", huge)),
                new Listing(
                        Callers.registryAdmin(),
                        RegistryApi.query(API + "/outbox-messages", "page", huge, "pageSize", "100")))) {
            Answer answer = RegistryApi.sendAs(listing.caller(), get(listing.path()));
            if (answer.status() != 400
                    || !answer.body().contains("\"ValidationFailed\"")
                    || !answer.body().contains("\"page\"")) {
                wrong.add(listing.path() + " -> " + answer);
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        RegistryApi.sendAs(
                        Callers.auditor(),
                        get(RegistryApi.query(API + "/decision-log", "page", "10000", "pageSize", "100")))
                .expect(200);
    }

    // ---- concurrent corrections ----

    @Test
    void concurrentCorrectionsOfOneReturneeAnswer200Or409NeverAFailure() throws Exception {
        String registryNumber = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        String corrections = RETURNEES + "/" + registryNumber + "/corrections";
        int threads = 8;
        List<String> unexpected = new ArrayList<>();
        List<String> applied = new ArrayList<>();
        int conflicts = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            for (int round = 0; round < 10 && (round < 2 || conflicts == 0) && System.nanoTime() < deadline; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Answer>> answers = new ArrayList<>();
                List<String> districts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String district = "District-" + round + "-" + t;
                    districts.add(district);
                    JsonObject body = Json.createObjectBuilder()
                            .add("reason", "Concurrent correction " + district)
                            .add("purpose", PURPOSE)
                            .add("changes", Json.createObjectBuilder().add("homeDistrict", district))
                            .build();
                    answers.add(pool.submit(() -> {
                        start.await();
                        return RegistryApi.postJson(corrections, body);
                    }));
                }
                start.countDown();
                for (int t = 0; t < threads; t++) {
                    Answer answer = answers.get(t).get(60, TimeUnit.SECONDS);
                    if (answer.status() == 200) {
                        applied.add(districts.get(t));
                    } else if (answer.status() == 409) {
                        answer.problem(409, "StaleVersion");
                        conflicts++;
                    } else {
                        unexpected.add(answer.toString());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(
                unexpected.isEmpty(),
                () -> unexpected.size() + " answers neither 200 nor 409:\n" + String.join("\n", unexpected));
        assertTrue(conflicts > 0, "no two corrections raced; the test provoked nothing");
        JsonObject record = RegistryApi.returnee(registryNumber);
        assertTrue(applied.contains(record.getJsonObject("person").getString("homeDistrict")), record::toString);
        long corrected = RegistryApi.get(RETURNEES + "/" + registryNumber + "/history?purpose=" + PURPOSE)
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(h -> "CORRECTED".equals(h.getString("action")))
                .count();
        assertEquals(applied.size(), corrected, "every 200 is one correction in the history, and no 409 left one");
    }

    // ---- helpers ----

    private static String byPassport(String passport, String purpose) {
        return purpose == null
                ? RegistryApi.query(
                        RETURNEES,
                        "identifierType",
                        "PASSPORT",
                        "identifierNumber",
                        passport,
                        "issuingCountry",
                        Samples.COUNTRY)
                : RegistryApi.query(
                        RETURNEES,
                        "identifierType",
                        "PASSPORT",
                        "identifierNumber",
                        passport,
                        "issuingCountry",
                        Samples.COUNTRY,
                        "purpose",
                        purpose);
    }

    /** The operator's denied decisions since {@code from}, newest first. */
    private static List<JsonObject> denies(Instant from) {
        return RegistryApi.sendAs(
                        Callers.auditor(),
                        get(RegistryApi.query(
                                API + "/decision-log",
                                "organisation",
                                Callers.OPERATOR,
                                "outcome",
                                "DENY",
                                "from",
                                from.toString(),
                                "pageSize",
                                "100")))
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
    }

    private static JsonObject only(JsonObject decisions) {
        assertEquals(1, decisions.getInt("totalCount"), decisions::toString);
        return decisions.getJsonArray("items").getJsonObject(0);
    }

    private static Set<String> codes(JsonObject decision, String field) {
        return decision.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .collect(Collectors.toSet());
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
}
