package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.Outboxes.awaitMessage;
import static org.returneeregistry.it.support.Outboxes.hasStatus;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;
import static org.returneeregistry.it.support.RegistryApi.post;
import static org.returneeregistry.it.support.RegistryApi.returnee;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.GuideExamples;
import org.returneeregistry.it.support.GuideExamples.Written;
import org.returneeregistry.it.support.Outboxes;
import org.returneeregistry.it.support.PushReceiver;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;

/**
 * Every guide's examples are sent as written (see {@link GuideExamples}), so the guides cannot drift from
 * what the registry accepts and answers: the mission guide's notifications, the consent guide's recordings,
 * disclosure read, refusal, decision-log search and verification, the referral guide's assessment and a
 * ministry's day, the exchange guide's delivery endpoint and the push it describes, the identity guide's
 * registration of an organisation and its client-credentials token, the DCI guide's search and transaction
 * status. What a reader must change, the test
 * changes too: the token, the server's address, and identifiers and instants that name records of this run.
 */
class DocsExamplesIT extends DeployedRegistry {

    @Test
    void restAndSoapExamplesOfTheMissionGuideWork() {
        GuideExamples guide = GuideExamples.of("integrating-missions.md");

        Answer rest = post(API + "/return-notifications", JSON, JSON, guide.text("rest-notification"))
                .expect(201);
        JsonObject ack = rest.json();
        assertEquals("CREATED_NEW", ack.getString("match"), rest::toString);
        String registryNumber = ack.getString("registryNumber");

        // the SOAP example comes from the mission in Kuwait, with its own token, as the guide says
        Answer soap = RegistryApi.sendAs(
                        Callers.mission("NPL-EMB-KWI"),
                        HttpRequest.newBuilder(RegistryApi.uri("/soap/ReturnNotificationService"))
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .header("Accept", "text/xml")
                                .POST(HttpRequest.BodyPublishers.ofString(guide.text("soap-notification"))))
                .expect(200);
        assertTrue(soap.body().contains("registryNumber>" + registryNumber + "<"), soap::toString);
        assertTrue(soap.body().contains("MATCHED_EXISTING"), soap::toString);

        assertEquals(
                2,
                returnee(registryNumber).getJsonArray("returnEvents").size(),
                "one returnee, two return events: the guide says so");
    }

    /**
     * The consent recordings of docs/consent.md, as written but for the returnee (one the mission in
     * the example notified) and a validity that still lies ahead: the registrar's and the mission's.
     */
    @Test
    void consentRecordingExamplesOfTheConsentGuideWork() {
        GuideExamples guide = GuideExamples.of("consent.md");
        Callers.ministrySystem();
        String registryNumber = newReturnee();

        for (var example : Map.of(
                        "consent-registrar", Callers.registrar(), "consent-mission", Callers.mission(Samples.MISSION))
                .entrySet()) {
            Answer answer = recordConsent(guide, example.getKey(), example.getValue(), registryNumber);
            assertEquals(201, answer.status(), () -> example.getKey() + ": " + answer);
            assertEquals("ACTIVE", answer.json().getJsonObject("status").getString("code"), answer::toString);
        }
    }

    /**
     * The consent guide's reading and auditing: the disclosure call refused as the guide shows before any
     * consent, answered with the sections the guide shows once the registrar's consent is recorded; the
     * auditor's decision-log search (its window moved to now) finding the refusal; both verification calls.
     */
    @Test
    void readingAndAuditingExamplesOfTheConsentGuideWork() {
        GuideExamples guide = GuideExamples.of("consent.md");
        Caller ministry = Callers.ministrySystem();
        String registryNumber = newReturnee();
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        Written disclosure = guide.request("disclosure").with("{registryNumber}", registryNumber);

        JsonObject refused = disclosure.send(ministry.bearer()).problem(403, "NoConsent");
        JsonObject documentedRefusal = json(guide.text("no-consent-problem"));
        for (String field : List.of("type", "title", "status", "code")) {
            assertEquals(documentedRefusal.get(field), refused.get(field), () -> field + " of " + refused);
        }

        recordConsent(guide, "consent-registrar", Callers.registrar(), registryNumber)
                .expect(201);
        JsonObject read = disclosure.send(ministry.bearer()).expect(200).json();
        assertEquals(topLevelFields(guide.text("disclosure-answer")), read.keySet(), read::toString);
        assertEquals(registryNumber, read.getString("registryNumber"));
        assertEquals("HEALTH_FOLLOW_UP", read.getString("purpose"));
        assertEquals(
                List.of("IDENTITY", "HEALTH"),
                read.getJsonArray("grantedCategories").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());

        Answer search = guide.request("decision-log-search")
                .with("RR-2026-0001-3", registryNumber)
                .with("2026-11-01T00:00:00Z", from.toString())
                .with(
                        "2026-12-01T00:00:00Z",
                        Instant.now()
                                .plus(Duration.ofHours(1))
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString())
                .send(Callers.auditor().bearer())
                .expect(200);
        List<JsonObject> denials = search.array().getValuesAs(JsonObject.class);
        assertEquals(1, denials.size(), search::toString);
        assertEquals("NO_CONSENT", denials.get(0).getString("reason"));
        assertEquals("1", search.header("X-Total-Count").orElse(""), search::toString);
        assertTrue(search.header("Link").isPresent(), search::toString);

        List<Written> verifications = guide.requests("decision-log-verification");
        assertEquals(2, verifications.size(), verifications::toString);
        Set<String> documented =
                json(guide.text("decision-log-verification-answer")).keySet();
        // the decisions above are linked into the chain moments after they were written
        JsonObject whole = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> verifications
                                .get(0)
                                .send(Callers.auditor().bearer())
                                .expect(200)
                                .json(),
                        v -> v.getInt("entriesNotYetLinked", 0) == 0 && v.get("lastSequence") instanceof JsonNumber);
        assertTrue(whole.getBoolean("intact"), whole::toString);
        assertTrue(whole.keySet().containsAll(documented), () -> "documented " + documented + ", answered " + whole);
        long last = whole.getJsonNumber("lastSequence").longValue();
        long sliceFrom = Math.max(1, last - 9);
        JsonObject slice = verifications
                .get(1)
                .with("from=1001&to=2000", "from=" + sliceFrom + "&to=" + last)
                .send(Callers.auditor().bearer())
                .expect(200)
                .json();
        assertTrue(slice.getBoolean("intact"), slice::toString);
        assertEquals(sliceFrom, slice.getJsonNumber("fromSequence").longValue(), slice::toString);
        assertTrue(slice.keySet().containsAll(documented), () -> "documented " + documented + ", answered " + slice);
    }

    /**
     * The referral guide: a registrar's referral as written (for a returnee of this run, to the skills
     * authority the example names), then the ministry's day as its curl commands go: list what was sent,
     * accept it, report the outcome.
     */
    @Test
    void assessmentAndMinistryDayOfTheReferralGuideWork() {
        GuideExamples guide = GuideExamples.of("referrals.md");
        Caller skills = Callers.ministrySystem("NPL-CTEVT");
        String registryNumber = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");

        Answer created = RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/referrals"))
                                .header("Content-Type", JSON)
                                .header("Accept", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        guide.text("referral-assessment").replace("RR-0000-0042-7", registryNumber))))
                .expect(201);
        String id = created.json().getString("referralId");
        assertTrue(created.header("Location").orElse("").endsWith("/referrals/" + id), created::toString);
        assertEquals("SENT", created.json().getString("status"), created::toString);

        List<Written> day = guide.curls("ministry-day");
        assertEquals(3, day.size(), day::toString);
        Answer sent = day.get(0).send(skills.bearer()).expect(200);
        assertTrue(
                sent.array().getValuesAs(JsonObject.class).stream().anyMatch(r -> id.equals(r.getString("referralId"))),
                sent::toString);
        String writtenId = "0b6f1d2e-3c4a-4b5c-8d9e-0f1a2b3c4d5e";
        assertEquals(
                "ACCEPTED",
                day.get(1)
                        .with(writtenId, id)
                        .send(skills.bearer())
                        .expect(200)
                        .json()
                        .getString("status"));
        JsonObject completed =
                day.get(2).with(writtenId, id).send(skills.bearer()).expect(200).json();
        assertEquals("COMPLETED", completed.getString("status"), completed::toString);
    }

    /**
     * The case management guide: a resource centre registered as written (under a code and district of
     * this run), an assessment as written recorded on a case of that district, and a case worker's day as
     * its curl commands go: the overdue follow-ups (every one of a return in 2025), then one made.
     */
    @Test
    void resourceCentreAssessmentAndCaseWorkerDayOfTheCaseGuideWork() {
        GuideExamples guide = GuideExamples.of("case-management.md");
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        String district = "Guide district " + suffix;
        JsonObject centre = RegistryApi.sendAs(
                        Callers.registryAdmin(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/organisations"))
                                .header("Content-Type", JSON)
                                .header("Accept", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString(guide.text("register-resource-centre")
                                        .replace("NPL-MRC-KSK", "NPL-MRC-G" + suffix)
                                        .replace("\"Kaski\"", "\"" + district + "\""))))
                .expect(201)
                .json();
        assertEquals("MIGRANT_RESOURCE_CENTRE", centre.getString("type"));
        assertEquals(district, centre.getString("district"));

        Caller worker = Callers.resourceCentre("NPL-MRC-W" + suffix, "Worker district " + suffix);
        String registryNumber = RegistryApi.submitNew(Samples.with(
                        Samples.notification(Samples.notificationId(), Samples.passportNumber()),
                        "/person/homeDistrict",
                        Json.createValue("Worker district " + suffix)))
                .getString("registryNumber");
        String caseId = RegistryApi.sendAs(
                        worker,
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/cases?registryNumber=" + registryNumber))
                                .GET())
                .expect(200)
                .array()
                .getJsonObject(0)
                .getString("caseId");
        RegistryApi.sendAs(
                        worker,
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/cases/" + caseId + "/assignment"))
                                .header("Content-Type", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString("{}")))
                .expect(200);
        JsonObject assessed = RegistryApi.sendAs(
                        worker,
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/cases/" + caseId + "/assessments"))
                                .header("Content-Type", JSON)
                                .header("Accept", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString(guide.text("record-assessment"))))
                .expect(201)
                .json();
        assertEquals(18, assessed.getInt("score"), assessed::toString);

        List<Written> day = guide.curls("case-worker-day");
        assertEquals(2, day.size(), day::toString);
        Answer overdue = day.get(0).send(worker.bearer()).expect(200);
        assertEquals(6, overdue.array().size(), overdue::toString);
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        JsonObject followedUp = day.get(1)
                .with("5b0e3c8a-2f41-4a4e-9d0c-6a1f2b3c4d5e", caseId)
                .with("2026-12-06", today)
                .send(worker.bearer())
                .expect(200)
                .json();
        assertEquals(
                "REACHED", followedUp.getJsonArray("followUps").getJsonObject(0).getString("outcome"));
        assertEquals(5, day.get(0).send(worker.bearer()).expect(200).array().size());
    }

    /**
     * The exchange guide: the administrator's delivery-endpoint PUT as written (for an organisation of this
     * run, with hosts the test domain allows), read back; then a referral's push arrives as the guide shows
     * it: its headers, and a body with the fields of the example, no more and no fewer.
     */
    @Test
    void deliveryEndpointAndPushOfTheExchangeGuideWork() throws Exception {
        GuideExamples guide = GuideExamples.of("exchange.md");
        String code = Outboxes.ministry("NPL-DOCS-PUSH");
        Written put = guide.request("delivery-endpoint")
                .with("NPL-MOHP", code)
                .with("https://his.mohp.gov.np/", "https://127.0.0.1/")
                .with("hl7.mohp.gov.np", "127.0.0.1")
                .header("Content-Type", JSON)
                .header("Accept", JSON);
        JsonObject written = json(put.body());
        put.send(Callers.registryAdmin().bearer()).expect(200);
        JsonObject stored = RegistryApi.sendAs(
                        Callers.registryAdmin(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/delivery-endpoints/" + code))
                                .header("Accept", JSON)
                                .GET())
                .expect(200)
                .json();
        for (String field : written.keySet()) {
            assertEquals(written.get(field), stored.get(field), () -> field + " of " + stored);
        }

        Written push = guide.request("json-push");
        JsonObject documented = json(push.body());
        try (PushReceiver receiver = PushReceiver.start(0)) {
            Outboxes.setEndpoint(code, receiver.url(), null, null);
            String registryNumber = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                    .getString("registryNumber");
            String referral = RegistryApi.sendAs(
                            Callers.registrar(),
                            HttpRequest.newBuilder(RegistryApi.uri(API + "/referrals"))
                                    .header("Content-Type", JSON)
                                    .header("Accept", JSON)
                                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                            .add("registryNumber", registryNumber)
                                            .add("service", "HEALTH")
                                            .add("recipient", code)
                                            .add("reason", "Follow-up of a work injury")
                                            .build()
                                            .toString())))
                    .expect(201)
                    .json()
                    .getString("referralId");
            JsonObject message = Outboxes.messages(code).stream()
                    .filter(m -> "REFERRAL_CREATED".equals(m.getString("kind")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no referral message queued for " + code));
            awaitMessage(
                    code, message.getString("id"), Duration.ofSeconds(60), "DELIVERED", m -> hasStatus(m, "DELIVERED"));

            PushReceiver.Push received = receiver.push(message.getString("id"));
            assertEquals(push.headers().get("Content-Type"), received.contentType());
            JsonObject body = json(received.body());
            assertEquals(received.idempotencyKey(), body.getString("messageId"));
            assertEquals(documented.keySet(), body.keySet(), received::body);
            assertEquals(
                    documented.getJsonObject("data").keySet(),
                    body.getJsonObject("data").keySet(),
                    received::body);
            assertEquals(documented.getString("kind"), body.getString("kind"));
            assertEquals(code, body.getString("recipient"));
            assertEquals(referral, body.getJsonObject("data").getString("referralId"));
            assertEquals(registryNumber, body.getJsonObject("data").getString("registryNumber"));
            assertFalse(received.signature() == null || received.signature().isBlank(), "the push is signed");
        }
    }

    /**
     * The identity guide: an administrator registers an organisation as written (under a code of this run:
     * the example's embassy is registered already), and the organisation's system takes a token with the
     * curl command as written, from the test run's Keycloak, with the secret the registration answered.
     */
    @Test
    void organisationAndTokenExamplesOfTheIdentityGuideWork() {
        GuideExamples guide = GuideExamples.of("identity.md");
        String code = "NPL-EMB-DOCS";
        JsonObject registered = guide.request("register-organisation")
                .with("NPL-EMB-DOH", code)
                .send(Callers.registryAdmin().bearer())
                .expect(201)
                .json();
        JsonObject credentials = registered.getJsonObject("credentials");
        assertEquals(Callers.clientId(code), credentials.getString("clientId"), registered::toString);
        assertEquals(Callers.tokenEndpoint(), credentials.getString("tokenEndpoint"), registered::toString);

        List<Written> curl = guide.curls("client-credentials-token");
        assertEquals(1, curl.size(), curl::toString);
        Answer token = curl.get(0)
                .with("npl-emb-doh", credentials.getString("clientId"))
                .with("$SECRET", credentials.getString("clientSecret"))
                .with("https://idp.example.gov", Callers.keycloakUrl())
                .send(null)
                .expect(200);
        assertTrue(token.json().containsKey("expires_in"), token::toString);
        RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(API + "/code-lists"))
                        .header("Authorization", "Bearer " + token.json().getString("access_token"))
                        .GET())
                .expect(200);
    }

    /**
     * The agreement guide's examples: the registration, its entry into force, the partner's certificate and
     * endpoint, and the SOAP registration, as written but for the partner institution (the test run's), the
     * agreement's id and a certificate made now (a certificate printed in a guide expires).
     */
    @Test
    void agreementExamplesOfTheAgreementGuideWork() {
        GuideExamples guide = GuideExamples.of("agreements.md");
        Callers.partnerInstitution();
        String admin = Callers.registryAdmin().bearer();

        JsonObject registered = guide.request("register-agreement")
                .with("QAT-GRSIA", Callers.PARTNER)
                .send(admin)
                .expect(201)
                .json();
        assertEquals("DRAFT", registered.getString("status"), registered::toString);
        assertEquals(2, registered.getJsonArray("scope").size(), registered::toString);
        String id = registered.getString("agreementId");

        // the fresh certificate as the guide writes one in JSON: its line breaks as \n
        String pem = org.returneeregistry.testsupport.TestCertificates.signing()
                        .strip()
                        .replace("\r", "")
                        .replace("\n", "\\n")
                + "\\n";
        List<Written> requests = guide.requests("agreement-in-force");
        assertEquals(3, requests.size(), requests::toString);
        List<Answer> answers = requests.stream()
                .map(r -> r.with("7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2", id).with("QAT-GRSIA", Callers.PARTNER))
                .map(r -> new Written(
                        r.method(),
                        r.target(),
                        r.headers(),
                        r.body()
                                .replaceAll(
                                        "-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----\\\\n",
                                        java.util.regex.Matcher.quoteReplacement(pem))))
                .map(r -> r.send(admin))
                .toList();
        assertEquals("IN_FORCE", answers.get(0).expect(200).json().getString("status"));
        JsonObject withCertificate = answers.get(1).expect(201).json();
        assertEquals(1, withCertificate.getJsonArray("certificates").size(), withCertificate::toString);
        JsonObject withEndpoint = answers.get(2).expect(200).json();
        assertEquals(
                "https://exchange.grsia.example.qa/soap/PartnerExchange",
                withEndpoint.getJsonArray("endpoints").getJsonObject(0).getString("url"),
                withEndpoint::toString);

        Answer soap = RegistryApi.sendAs(
                        Callers.registryAdmin(),
                        HttpRequest.newBuilder(RegistryApi.uri("/soap/AgreementService"))
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .header("SOAPAction", "\"\"")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        guide.text("soap-register-agreement").replace("QAT-GRSIA", Callers.PARTNER))))
                .expect(200);
        assertTrue(
                soap.body().contains("<status>DRAFT</status>") || soap.body().contains(":status>DRAFT<"),
                soap::toString);
    }

    private static String newReturnee() {
        return RegistryApi.submitNew(Samples.notification(Samples.notificationId(), Samples.passportNumber()))
                .getString("registryNumber");
    }

    /**
     * The DCI guide's search and transaction status, as written but for the passport (a returnee of this run,
     * whose family a registrar recorded and whose consent to the welfare ministry covers IDENTITY and FAMILY), the
     * message ids (each message needs its own) and the transaction id: the answer has the fields the guide shows,
     * down to the household's related persons, and the status names the search.
     */
    @Test
    void searchAndStatusExamplesOfTheDciGuideWork() {
        GuideExamples guide = GuideExamples.of("dci.md");
        String welfareCode = "NPL-MOWCSC";
        Caller welfare = Callers.ministrySystem(welfareCode);
        String passport = Samples.passportNumber();
        String registryNumber =
                RegistryApi.register(Samples.registration(passport)).getString("registryNumber");
        String caseId = RegistryApi.get(RegistryApi.query(API + "/cases", "registryNumber", registryNumber))
                .expect(200)
                .array()
                .getJsonObject(0)
                .getString("caseId");
        RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(API + "/cases/" + caseId + "/family"))
                        .header("Content-Type", JSON)
                        .header("Accept", JSON)
                        .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add(
                                        "members",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("relationship", "CHILD")
                                                        .add("givenName", "Ram")
                                                        .add("familyName", "Gurung")
                                                        .add("dateOfBirth", "2016-08-01")
                                                        .add("sex", "1")
                                                        .add("dependant", true)
                                                        .add("inSchool", true)))
                                .add("reason", "At intake")
                                .build()
                                .toString())))
                .expect(200);
        org.returneeregistry.it.support.Consents.recorded(
                registryNumber, welfareCode, "SOCIAL_PROTECTION_ENROLMENT", List.of("IDENTITY", "FAMILY"));
        String transaction = "tx-" + java.util.UUID.randomUUID();

        JsonObject answer = guide.request("dci-search")
                .with("PA1234567", passport)
                .with(
                        "5f0c1d2e-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                        java.util.UUID.randomUUID().toString())
                .with("tx-42", transaction)
                .send(welfare.bearer())
                .expect(200)
                .json();
        JsonObject documented = json(guide.text("dci-search-answer"));
        assertEquals(documented.keySet(), answer.keySet(), answer::toString);
        assertEquals(
                documented.getJsonObject("header").keySet(),
                answer.getJsonObject("header").keySet(),
                answer::toString);
        assertEquals("succ", answer.getJsonObject("header").getString("status"), answer::toString);
        JsonObject documentedResult = documented
                .getJsonObject("message")
                .getJsonArray("search_response")
                .getJsonObject(0);
        JsonObject result =
                answer.getJsonObject("message").getJsonArray("search_response").getJsonObject(0);
        assertEquals(documentedResult.keySet(), result.keySet(), answer::toString);
        JsonObject documentedPerson = documentedResult
                .getJsonObject("data")
                .getJsonArray("reg_records")
                .getJsonObject(0);
        JsonObject person =
                result.getJsonObject("data").getJsonArray("reg_records").getJsonObject(0);
        assertEquals(documentedPerson.keySet(), person.keySet(), person::toString);
        assertEquals(documentedPerson.getJsonArray("granted_categories"), person.getJsonArray("granted_categories"));
        assertEquals(
                documentedPerson.getJsonArray("related_persons"),
                person.getJsonArray("related_persons"),
                "the child the registrar recorded, as the guide shows it");

        JsonObject status = guide.request("dci-txn-status")
                .with("tx-42", transaction)
                .with(
                        "0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b",
                        java.util.UUID.randomUUID().toString())
                .send(welfare.bearer())
                .expect(200)
                .json();
        assertEquals("on-txn-status", status.getJsonObject("header").getString("action"), status::toString);
        JsonObject item = status.getJsonObject("message")
                .getJsonObject("txnstatus_response")
                .getJsonObject("txn_status")
                .getJsonArray("search_response")
                .getJsonObject(0);
        assertEquals("ref-1", item.getString("reference_id"), status::toString);
        assertEquals("succ", item.getString("status"), status::toString);
        assertEquals(1, item.getJsonObject("pagination").getInt("total_count"), status::toString);
    }

    /** A consent recording of the guide, as written but for the returnee and a validity that still lies ahead. */
    private static Answer recordConsent(GuideExamples guide, String example, Caller caller, String registryNumber) {
        String body = guide.text(example)
                .replace("RR-2026-0001-3", registryNumber)
                .replace(
                        "2027-11-23T00:00:00Z",
                        Instant.now().plus(Duration.ofDays(365)).toString());
        return RegistryApi.sendAs(
                caller,
                HttpRequest.newBuilder(RegistryApi.uri(API + "/consents"))
                        .header("Content-Type", JSON)
                        .header("Accept", JSON)
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** The fields at the top level of a JSON example that elides values ({@code [...]}, {@code {...}}). */
    private static Set<String> topLevelFields(String example) {
        Matcher m = Pattern.compile("(?m)^  \"(\\w+)\":").matcher(example);
        return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
    }
}
