package org.returneeregistry.it.support;

import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.RegistryApi.Answer;

/** Consent as the tests set it up and read it back, over the registry's REST API. */
public final class Consents {

    /** What a consent given with the help of a registrar is backed by, when a test does not say. */
    public static final String EVIDENCE = "ab".repeat(32);

    private Consents() {}

    /**
     * A consent of the returnee to the recipient, for the purposes and categories given, by the method
     * given (with evidence unless the returnee gave it {@code SELF}), under notice version 2026-1.
     */
    public static JsonObject body(
            String registryNumber,
            String recipient,
            List<String> purposes,
            List<String> categories,
            String method,
            Instant validUntil) {
        JsonArrayBuilder p = Json.createArrayBuilder();
        purposes.forEach(p::add);
        JsonArrayBuilder c = Json.createArrayBuilder();
        categories.forEach(c::add);
        var body = Json.createObjectBuilder()
                .add("registryNumber", registryNumber)
                .add("recipient", recipient)
                .add("purposes", p)
                .add("categories", c)
                .add("method", method)
                .add("validUntil", validUntil.toString())
                .add("noticeVersion", "2026-1");
        if (!"SELF".equals(method)) {
            body.add("evidenceHash", EVIDENCE);
        }
        return body.build();
    }

    /** POST /consents as the caller, answered as it comes. */
    public static Answer post(Caller caller, JsonObject body) {
        return RegistryApi.sendAs(
                caller,
                HttpRequest.newBuilder(RegistryApi.uri(API + "/consents"))
                        .header("Content-Type", JSON)
                        .header("Accept", JSON)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /**
     * The returnee's own consent ({@code SELF}, valid 30 days) to the recipient for one purpose,
     * recorded by a registrar; answers the consent id.
     */
    public static String recorded(String registryNumber, String recipient, String purpose, List<String> categories) {
        return post(
                        Callers.registrar(),
                        body(
                                registryNumber,
                                recipient,
                                List.of(purpose),
                                categories,
                                "SELF",
                                Instant.now().plus(Duration.ofDays(30))))
                .expect(201)
                .json()
                .getString("consentId");
    }

    /** The returnee's consent records, newest first, as an auditor reads them. */
    public static List<JsonObject> of(String registryNumber) {
        return RegistryApi.sendAs(
                        Callers.auditor(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/consents?returnee=" + registryNumber))
                                .header("Accept", JSON)
                                .GET())
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
    }

    /** One consent record, as an auditor reads it. */
    public static JsonObject get(String consentId) {
        return RegistryApi.sendAs(
                        Callers.auditor(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/consents/" + consentId))
                                .header("Accept", JSON)
                                .GET())
                .expect(200)
                .json();
    }

    /** Revokes the consent as a registrar, at the returnee's request. */
    public static void revoke(String consentId) {
        RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/consents/" + consentId + "/revocation"))
                                .header("Content-Type", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"reason\":\"Withdrawn by the returnee\"}")))
                .expect(200);
    }
}
