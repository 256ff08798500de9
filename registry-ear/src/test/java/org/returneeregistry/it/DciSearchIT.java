package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * The DCI registry search (docs/dci.md) as a social protection system calls it: a plain HTTP client building
 * the SPDCI 1.0.0 envelope from the specification's field names, with a welfare ministry's client-credentials
 * token. A consenting returnee is found with only the categories granted; one without consent looks exactly
 * like nobody; predicates that would list people are refused; a malformed envelope is refused with its DCI
 * reason code; a transaction's status is answered only to the organisation that searched. Every person
 * decided is in the decision log, on channel DCI.
 */
class DciSearchIT extends DeployedRegistry {

    private static final String WELFARE = "NPL-MOWCSC";
    private static final String PURPOSE = "SOCIAL_PROTECTION_ENROLMENT";
    /** HTTP/1.1 as DCI clients speak it (no cleartext HTTP/2 upgrade, which a refused large body would cut). */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static Caller welfare() {
        return Callers.ministrySystem(WELFARE);
    }

    /** The welfare ministry is registered (once per run) before consent is recorded for it. */
    @BeforeEach
    void registerTheWelfareMinistry() {
        welfare();
    }

    // ---- finding ----

    @Test
    void findsAConsentingReturneeByPassportWithOnlyTheGrantedCategories() {
        String passport = Samples.passportNumber();
        String registryNumber =
                RegistryApi.register(Samples.registration(passport)).getString("registryNumber");
        Consents.recorded(registryNumber, WELFARE, PURPOSE, List.of("IDENTITY"));

        Reply reply = post(welfare(), "/sync/search", searchEnvelope(idQuery("PASSPORT", passport)));

        assertEquals(200, reply.status(), reply::toString);
        JsonObject header = reply.json().getJsonObject("header");
        assertEquals("on-search", header.getString("action"));
        assertEquals("succ", header.getString("status"));
        assertEquals(WELFARE.toLowerCase(), header.getString("receiver_id"));
        JsonObject result = onlyResult(reply);
        assertEquals("succ", result.getString("status"), reply::toString);
        JsonArray records = result.getJsonObject("data").getJsonArray("reg_records");
        assertEquals(1, records.size(), reply::toString);
        JsonObject person = records.getJsonObject(0);
        assertTrue(
                identifiers(person).contains("REGISTRY_NUMBER=" + registryNumber)
                        && identifiers(person).contains("PASSPORT=" + passport),
                person::toString);
        assertEquals("1990-04-12", person.getString("birth_date"));
        assertFalse(person.containsKey("address"), "CONTACT was not granted: " + person);
        assertFalse(person.containsKey("phone_number"), "CONTACT was not granted: " + person);
        assertEquals(1, result.getJsonObject("pagination").getInt("total_count"));

        JsonObject decision = only(RegistryApi.decisions(registryNumber, ""));
        assertEquals("PERMIT", decision.getString("outcome"), decision::toString);
        assertEquals("CONSENT", decision.getString("reason"), decision::toString);
        assertEquals("DCI", decision.getString("channel"), decision::toString);
        assertEquals(PURPOSE, decision.getString("purpose"), decision::toString);
        assertEquals(WELFARE, decision.getString("organisation"), decision::toString);
        assertEquals(Set.of("IDENTITY", "CONTACT", "FAMILY"), codes(decision, "requested"), decision::toString);
        assertEquals(Set.of("IDENTITY"), codes(decision, "granted"), decision::toString);
    }

    /**
     * The family members a case worker recorded are answered, for enrolling the household, only when the
     * decision point grants FAMILY to the welfare ministry; the decision is logged either way.
     */
    @Test
    void familyMembersAreAnsweredOnlyWhereFamilyIsGranted() {
        String withoutFamily = Samples.passportNumber();
        String notGranted =
                RegistryApi.register(Samples.registration(withoutFamily)).getString("registryNumber");
        recordFamily(notGranted);
        Consents.recorded(notGranted, WELFARE, PURPOSE, List.of("IDENTITY"));
        String withFamily = Samples.passportNumber();
        String granted = RegistryApi.register(Samples.registration(withFamily)).getString("registryNumber");
        recordFamily(granted);
        Consents.recorded(granted, WELFARE, PURPOSE, List.of("IDENTITY", "FAMILY"));

        JsonObject identityOnly = onlyRecord(
                onlyResult(post(welfare(), "/sync/search", searchEnvelope(idQuery("PASSPORT", withoutFamily)))));
        assertFalse(identityOnly.containsKey("related_persons"), "FAMILY was not granted: " + identityOnly);
        assertEquals(List.of("IDENTITY"), strings(identityOnly.getJsonArray("granted_categories")));
        JsonObject denied = only(RegistryApi.decisions(notGranted, ""));
        assertEquals("PERMIT", denied.getString("outcome"), denied::toString);
        assertEquals(Set.of("IDENTITY", "CONTACT", "FAMILY"), codes(denied, "requested"), denied::toString);
        assertEquals(Set.of("IDENTITY"), codes(denied, "granted"), denied::toString);

        JsonObject household = onlyRecord(
                onlyResult(post(welfare(), "/sync/search", searchEnvelope(idQuery("PASSPORT", withFamily)))));
        assertEquals(List.of("IDENTITY", "FAMILY"), strings(household.getJsonArray("granted_categories")));
        JsonArray members = household.getJsonArray("related_persons");
        assertEquals(2, members.size(), household::toString);
        JsonObject spouse = members.getJsonObject(0);
        assertEquals("SPOUSE", spouse.getString("relationship_type"));
        assertEquals("Sita", spouse.getJsonObject("name").getString("given_name"));
        assertEquals("2", spouse.getString("sex"));
        assertEquals("1990-02-11", spouse.getString("birth_date"));
        assertTrue(spouse.getBoolean("is_dependant"));
        assertFalse(spouse.containsKey("in_school"), "not known: " + spouse);
        JsonObject child = members.getJsonObject(1);
        assertEquals("CHILD", child.getString("relationship_type"));
        assertTrue(child.getBoolean("in_school"));
        JsonObject permitted = only(RegistryApi.decisions(granted, ""));
        assertEquals(Set.of("IDENTITY", "FAMILY"), codes(permitted, "granted"), permitted::toString);
        assertEquals("DCI", permitted.getString("channel"), permitted::toString);
    }

    @Test
    void aReturneeWithoutConsentLooksExactlyLikeNobody() {
        String passport = Samples.passportNumber();
        String registryNumber =
                RegistryApi.register(Samples.registration(passport)).getString("registryNumber");

        JsonObject denied = onlyResult(post(welfare(), "/sync/search", searchEnvelope(idQuery("PASSPORT", passport))));
        JsonObject nobody = onlyResult(
                post(welfare(), "/sync/search", searchEnvelope(idQuery("PASSPORT", Samples.passportNumber()))));

        assertEquals("succ", denied.getString("status"), denied::toString);
        assertEquals(0, denied.getJsonObject("data").getJsonArray("reg_records").size(), denied::toString);
        assertEquals(comparable(nobody), comparable(denied), "a denied person and nobody answer alike");
        JsonObject decision = only(RegistryApi.decisions(registryNumber, ""));
        assertEquals("DENY", decision.getString("outcome"), decision::toString);
        assertEquals("NO_CONSENT", decision.getString("reason"), decision::toString);
        assertEquals("DCI", decision.getString("channel"), decision::toString);

        // by registry number too: the number of a person not consenting answers as one nobody holds
        JsonObject byNumber =
                onlyResult(post(welfare(), "/sync/search", searchEnvelope(idQuery("REGISTRY_NUMBER", registryNumber))));
        assertEquals(comparable(nobody), comparable(byNumber));
        assertEquals(2, RegistryApi.decisions(registryNumber, "&outcome=DENY").getInt("totalCount"));
    }

    @Test
    void aPredicateFindsOnlyByEqualSurnameAndBirthDateAndNeverLists() {
        String family = Samples.familyName();
        String registryNumber = RegistryApi.register(
                        Samples.registration(Samples.passportNumber(), family, Samples.DATE_OF_BIRTH))
                .getString("registryNumber");
        Consents.recorded(registryNumber, WELFARE, PURPOSE, List.of("IDENTITY", "CONTACT"));

        JsonObject found = onlyResult(post(
                welfare(),
                "/sync/search",
                searchEnvelope(predicate(eq("surname", family), eq("birth_date", Samples.DATE_OF_BIRTH)))));
        assertEquals("succ", found.getString("status"), found::toString);
        JsonObject person =
                found.getJsonObject("data").getJsonArray("reg_records").getJsonObject(0);
        assertTrue(identifiers(person).contains("REGISTRY_NUMBER=" + registryNumber), person::toString);
        assertEquals("Kaski", person.getJsonObject("address").getString("locality"), "CONTACT granted: " + person);

        for (JsonObject broad : List.of(
                predicate(eq("surname", family)),
                predicate(eq("surname", family), condition("birth_date", "ge", "1900-01-01")),
                predicate(eq("surname", "*"), eq("birth_date", Samples.DATE_OF_BIRTH)),
                predicate(
                        condition("surname", "like", family.substring(0, 5) + "%"),
                        eq("birth_date", Samples.DATE_OF_BIRTH)),
                predicate(eq("sex", "1"), eq("birth_date", Samples.DATE_OF_BIRTH)))) {
            JsonObject refused = onlyResult(post(welfare(), "/sync/search", searchEnvelope(broad)));
            assertEquals("rjct", refused.getString("status"), refused::toString);
            assertEquals("rjct.search_criteria.invalid", refused.getString("status_reason_code"), refused::toString);
            assertFalse(refused.containsKey("data"), refused::toString);
        }
        assertEquals(
                1, RegistryApi.decisions(registryNumber, "").getInt("totalCount"), "refused predicates decided nobody");
    }

    // ---- envelope errors ----

    @Test
    void aMalformedEnvelopeIsRefusedWithItsReasonCodeAndNothingDecided() {
        String passport = Samples.passportNumber();
        String registryNumber =
                RegistryApi.register(Samples.registration(passport)).getString("registryNumber");
        Consents.recorded(registryNumber, WELFARE, PURPOSE, List.of("IDENTITY"));
        JsonObject good = searchEnvelope(idQuery("PASSPORT", passport));

        assertRefused(Samples.with(good, "/header/version", "0.9"), "rjct.version.invalid");
        assertRefused(Samples.with(good, "/header/action", "subscribe"), "rjct.action.invalid");
        assertRefused(Samples.with(good, "/header/message_ts", "yesterday"), "rjct.message_ts.invalid");
        assertRefused(Samples.with(good, "/header/total_count", Json.createValue(3)), "rjct.total_count.invalid");
        assertRefused(
                Samples.with(good, "/header/is_msg_encrypted", JsonValue.TRUE), "rjct.is_msg_encrypted.not_supported");
        assertRefused(
                Samples.with(good, "/signature", "Signature: keyId=\"a\"\r\nX-Injected: 1"), "rjct.signature.invalid");
        assertRefused(Samples.with(good, "/message/transaction_id", "tx\u0000"), "rjct.transaction_id.invalid");
        Reply notJson = send(welfare(), "/sync/search", "{\"header\": ");
        assertEquals(400, notJson.status(), notJson::toString);
        assertEquals(
                "rjct.message.invalid", notJson.json().getJsonObject("header").getString("status_reason_code"));
        assertEquals(0, RegistryApi.decisions(registryNumber, "").getInt("totalCount"), "nothing was decided");

        // a search request whose reference id carries a control character is refused alone, and not echoed
        JsonObject badReference = Samples.with(
                Samples.with(good, "/message/search_request/0/reference_id", "ref\u0007bell"),
                "/header/message_id",
                UUID.randomUUID().toString());
        JsonObject refusedItem = onlyResult(post(welfare(), "/sync/search", badReference));
        assertEquals("rjct.reference_id.invalid", refusedItem.getString("status_reason_code"));
        assertFalse(refusedItem.containsKey("reference_id"), refusedItem::toString);

        // a message id is used once
        Reply first = post(welfare(), "/sync/search", good);
        assertEquals(200, first.status(), first::toString);
        Reply again = post(welfare(), "/sync/search", good);
        assertEquals(409, again.status(), again::toString);
        assertEquals(
                "rjct.message_id.duplicate",
                again.json().getJsonObject("header").getString("status_reason_code"));
        assertEquals(1, RegistryApi.decisions(registryNumber, "").getInt("totalCount"), "the repeat decided nothing");

        // no token: 401; a body over the bound: 413
        Reply anonymous = send(null, "/sync/search", good.toString());
        assertEquals(401, anonymous.status(), anonymous::toString);
        Reply huge = send(welfare(), "/sync/search", "{\"signature\":\"" + "a".repeat(70_000) + "\"}");
        assertEquals(413, huge.status(), huge::toString);
    }

    // ---- transaction status ----

    @Test
    void aTransactionsStatusIsAnsweredOnlyToItsOrganisationWithoutRecords() {
        String passport = Samples.passportNumber();
        String registryNumber =
                RegistryApi.register(Samples.registration(passport)).getString("registryNumber");
        Consents.recorded(registryNumber, WELFARE, PURPOSE, List.of("IDENTITY"));
        JsonObject search = searchEnvelope(idQuery("PASSPORT", passport));
        String transactionId = search.getJsonObject("message").getString("transaction_id");
        String referenceId = search.getJsonObject("message")
                .getJsonArray("search_request")
                .getJsonObject(0)
                .getString("reference_id");
        assertEquals(200, post(welfare(), "/sync/search", search).status());

        Reply byTransaction =
                post(welfare(), "/sync/txn/status", statusEnvelope("transaction_id", Json.createValue(transactionId)));
        assertEquals(200, byTransaction.status(), byTransaction::toString);
        assertEquals(
                "on-txn-status", byTransaction.json().getJsonObject("header").getString("action"));
        JsonObject status = byTransaction.json().getJsonObject("message").getJsonObject("txnstatus_response");
        assertEquals("search", status.getString("txn_type"));
        JsonObject item = status.getJsonObject("txn_status")
                .getJsonArray("search_response")
                .getJsonObject(0);
        assertEquals(referenceId, item.getString("reference_id"));
        assertEquals("succ", item.getString("status"));
        assertEquals(1, item.getJsonObject("pagination").getInt("total_count"));
        assertEquals(0, item.getJsonObject("data").getJsonArray("reg_records").size(), "a status carries no record");

        Reply byReference = post(
                welfare(),
                "/sync/txn/status",
                statusEnvelope(
                        "reference_id_list",
                        Json.createArrayBuilder()
                                .add(referenceId)
                                .add("never-sent")
                                .build()));
        JsonArray items = byReference
                .json()
                .getJsonObject("message")
                .getJsonObject("txnstatus_response")
                .getJsonObject("txn_status")
                .getJsonArray("search_response");
        assertEquals("succ", items.getJsonObject(0).getString("status"), byReference::toString);
        assertEquals("rjct.reference_id.invalid", items.getJsonObject(1).getString("status_reason_code"));

        Reply otherMinistry = post(
                Callers.ministrySystem(),
                "/sync/txn/status",
                statusEnvelope("transaction_id", Json.createValue(transactionId)));
        assertEquals(404, otherMinistry.status(), otherMinistry::toString);
        assertEquals(
                "rjct.transaction_id.invalid",
                otherMinistry.json().getJsonObject("header").getString("status_reason_code"));
        assertNull(otherMinistry.json().getJsonObject("message").get("txnstatus_response"));
        assertEquals(1, RegistryApi.decisions(registryNumber, "").getInt("totalCount"), "status reads decide nobody");
    }

    // ---- the envelope, as the DCI specification spells it ----

    private static JsonObjectBuilder header(String action, int totalCount) {
        return Json.createObjectBuilder()
                .add("version", "1.0.0")
                .add("message_id", UUID.randomUUID().toString())
                .add("message_ts", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .add("action", action)
                .add("sender_id", WELFARE.toLowerCase())
                .add("receiver_id", "returnee-registry")
                .add("total_count", totalCount)
                .add("is_msg_encrypted", false);
    }

    private static JsonObject searchEnvelope(JsonObject criteriaQuery) {
        JsonObject criteria = Json.createObjectBuilder(criteriaQuery)
                .add("version", "1.0.0")
                .add("reg_type", "ns:org:RegistryType:Social")
                .add(
                        "pagination",
                        Json.createObjectBuilder().add("page_size", 5).add("page_number", 1))
                .add(
                        "authorize",
                        Json.createObjectBuilder()
                                .add("ts", OffsetDateTime.now(ZoneOffset.UTC).toString())
                                .add("purpose", Json.createObjectBuilder().add("code", PURPOSE)))
                .build();
        return Json.createObjectBuilder()
                .add("signature", "Signature: namespace=\"dci\", kidName=\"npl-mowcsc|k1|ed25519\"")
                .add("header", header("search", 1))
                .add(
                        "message",
                        Json.createObjectBuilder()
                                .add("transaction_id", "tx-" + UUID.randomUUID())
                                .add(
                                        "search_request",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("reference_id", "ref-" + UUID.randomUUID())
                                                        .add(
                                                                "timestamp",
                                                                OffsetDateTime.now(ZoneOffset.UTC)
                                                                        .toString())
                                                        .add("search_criteria", criteria)
                                                        .add("locale", "en"))))
                .build();
    }

    private static JsonObject statusEnvelope(String attributeType, JsonValue attributeValue) {
        return Json.createObjectBuilder()
                .add("header", header("txn-status", 1))
                .add(
                        "message",
                        Json.createObjectBuilder()
                                .add("transaction_id", "st-" + UUID.randomUUID())
                                .add(
                                        "txnstatus_request",
                                        Json.createObjectBuilder()
                                                .add("reference_id", "ref-" + UUID.randomUUID())
                                                .add("txn_type", "search")
                                                .add("attribute_type", attributeType)
                                                .add("attribute_value", attributeValue)
                                                .add("locale", "en")))
                .build();
    }

    private static JsonObject idQuery(String type, String value) {
        return Json.createObjectBuilder()
                .add("query_type", "idtype-value")
                .add("query", Json.createObjectBuilder().add("type", type).add("value", value))
                .build();
    }

    private static JsonObject predicate(JsonObject... expressions) {
        JsonArrayBuilder query = Json.createArrayBuilder();
        for (int i = 0; i < expressions.length; i++) {
            query.add(Json.createObjectBuilder().add("seq_num", i + 1).add("expression1", expressions[i]));
        }
        return Json.createObjectBuilder()
                .add("query_type", "predicate")
                .add("query", query)
                .build();
    }

    private static JsonObject eq(String attribute, String value) {
        return condition(attribute, "eq", value);
    }

    private static JsonObject condition(String attribute, String operator, String value) {
        return Json.createObjectBuilder()
                .add("attribute_name", attribute)
                .add("operator", operator)
                .add("attribute_value", value)
                .build();
    }

    // ---- plain HTTP ----

    record Reply(int status, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private static Reply post(Caller caller, String path, JsonObject body) {
        return send(caller, path, body.toString());
    }

    private static Reply send(Caller caller, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RegistryApi.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (caller != null) {
            request.header("Authorization", caller.bearer());
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Two members recorded by the operator's registrar on the returnee's case (a registration opens one). */
    private static void recordFamily(String registryNumber) {
        JsonArray cases = RegistryApi.get(
                        RegistryApi.query(RegistryApi.API + "/cases", "registryNumber", registryNumber))
                .expect(200)
                .array();
        assertEquals(1, cases.size(), cases::toString);
        JsonObject body = Json.createObjectBuilder()
                .add(
                        "members",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("relationship", "SPOUSE")
                                        .add("givenName", "Sita")
                                        .add("dateOfBirth", "1990-02-11")
                                        .add("sex", "2")
                                        .add("dependant", true))
                                .add(Json.createObjectBuilder()
                                        .add("relationship", "CHILD")
                                        .add("givenName", "Ram")
                                        .add("dateOfBirth", "2016-08-01")
                                        .add("sex", "1")
                                        .add("dependant", true)
                                        .add("inSchool", true)))
                .add("reason", "At intake, for welfare enrolment")
                .build();
        RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(RegistryApi.API + "/cases/"
                                + cases.getJsonObject(0).getString("caseId") + "/family"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body.toString())))
                .expect(200);
    }

    private static JsonObject onlyRecord(JsonObject result) {
        assertEquals("succ", result.getString("status"), result::toString);
        JsonArray records = result.getJsonObject("data").getJsonArray("reg_records");
        assertEquals(1, records.size(), result::toString);
        return records.getJsonObject(0);
    }

    private static List<String> strings(JsonArray values) {
        return values.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static void assertRefused(JsonObject envelope, String reasonCode) {
        Reply reply = post(welfare(), "/sync/search", envelope);
        assertEquals(400, reply.status(), reply::toString);
        JsonObject header = reply.json().getJsonObject("header");
        assertEquals("rjct", header.getString("status"), reply::toString);
        assertEquals(reasonCode, header.getString("status_reason_code"), reply::toString);
    }

    private static JsonObject onlyResult(Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        JsonArray results = reply.json().getJsonObject("message").getJsonArray("search_response");
        assertEquals(1, results.size(), reply::toString);
        return results.getJsonObject(0);
    }

    /** A search result without what differs between any two answers (the caller's reference, the time). */
    private static JsonObject comparable(JsonObject result) {
        return Json.createObjectBuilder(result)
                .remove("reference_id")
                .remove("timestamp")
                .build();
    }

    private static Set<String> identifiers(JsonObject person) {
        return person.getJsonArray("identifier").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("identifier_type") + "=" + i.getString("identifier_value"))
                .collect(Collectors.toSet());
    }

    private static JsonObject only(JsonObject decisions) {
        assertEquals(1, decisions.getInt("totalCount"), decisions::toString);
        return decisions.getJsonArray("items").getJsonObject(0);
    }

    private static Set<String> codes(JsonObject decision, String field) {
        return decision.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .collect(Collectors.toSet());
    }
}
