package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.Outboxes;
import org.returneeregistry.it.support.RegistryApi;

/**
 * Delivery endpoints through the REST API: the registry's administrator sets and reads them; invalid input
 * is refused with every violation and changes nothing; an organisation the registry does not know is 404;
 * other roles are refused (the whole role table is in {@link AccessMatrixIT}).
 */
class DeliveryEndpointsIT extends DeployedRegistry {

    private static final String ENDPOINTS = API + "/delivery-endpoints/";

    private static HttpRequest.Builder put(String code, JsonObject body) {
        return HttpRequest.newBuilder(RegistryApi.uri(ENDPOINTS + code)).header("Content-Type", JSON)
                .header("Accept", JSON).PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    @Test
    void theAdministratorSetsAndReadsAnOrganisationsEndpoints() {
        String code = Outboxes.ministry("NPL-MOHP-EP");
        JsonObject body = Json.createObjectBuilder().add("pushUrl", "https://his.mohp.example/registry/inbox")
                .add("mllpHost", "hl7.mohp.example").add("mllpPort", 2575).build();

        JsonObject set = RegistryApi.send(put(code, body)).expect(200).json();
        JsonObject read = RegistryApi.get(ENDPOINTS + code).expect(200).json();

        for (JsonObject view : List.of(set, read)) {
            assertEquals(code, view.getString("organisationCode"));
            assertEquals("https://his.mohp.example/registry/inbox", view.getString("pushUrl"));
            assertEquals("hl7.mohp.example", view.getString("mllpHost"));
            assertEquals(2575, view.getInt("mllpPort"));
            assertFalse(view.getString("updatedBy", "").isEmpty(), view::toString);
        }

        // what is left out is removed
        RegistryApi.send(put(code, Json.createObjectBuilder().add("pushUrl", "http://127.0.0.1:9/inbox").build()))
                .expect(200);
        JsonObject pushOnly = RegistryApi.get(ENDPOINTS + code).expect(200).json();
        assertEquals("http://127.0.0.1:9/inbox", pushOnly.getString("pushUrl"));
        assertFalse(pushOnly.containsKey("mllpHost") && !pushOnly.isNull("mllpHost"), pushOnly::toString);
    }

    @Test
    void invalidInputIsRefusedWithEveryViolationAndNothingIsStored() {
        String code = Outboxes.ministry("NPL-MOHP-EPBAD");
        RegistryApi.send(put(code, Json.createObjectBuilder().add("pushUrl", "https://before.example/in").build()))
                .expect(200);

        JsonObject problem = RegistryApi.send(put(code, Json.createObjectBuilder()
                .add("pushUrl", "ftp://files.example/in").add("mllpHost", "bad host!").build()))
                .problem(400, "ValidationFailed");

        assertEquals(List.of("mllpHost", "mllpPort", "pushUrl"),
                RegistryApi.violationFields(problem).stream().sorted().distinct().toList(), problem::toString);
        assertEquals("https://before.example/in", RegistryApi.get(ENDPOINTS + code).expect(200).json().getString("pushUrl"));
    }

    @Test
    void anOrganisationTheRegistryDoesNotKnowIsNotFound() {
        RegistryApi.send(put("ZZZ-NOWHERE", Json.createObjectBuilder().add("pushUrl", "https://x.example/in").build()))
                .problem(404, "NotFound");
        RegistryApi.get(ENDPOINTS + "ZZZ-NOWHERE").problem(404, "NotFound");
        RegistryApi.get(ENDPOINTS + "not-a-code").problem(400, "ValidationFailed");
    }

    @Test
    void onlyTheAdministratorMayChangeOrReadThem() {
        String code = Outboxes.ministry("NPL-MOHP-EP");
        RegistryApi.sendAs(Callers.registrar(), put(code, Json.createObjectBuilder()
                .add("pushUrl", "https://attacker.example/in").build())).problem(403, "NotAuthorized");
        RegistryApi.sendAs(Callers.auditor(), HttpRequest.newBuilder(RegistryApi.uri(ENDPOINTS + code))
                .header("Accept", JSON).GET()).problem(403, "NotAuthorized");
        assertFalse(RegistryApi.get(ENDPOINTS + code).expect(200).body().contains("attacker"));
    }

    @Test
    void theOutboxViewRefusesAnUnknownStatus() {
        JsonObject problem = RegistryApi.get(RegistryApi.query(API + "/outbox-messages", "status", "LOST"))
                .problem(400, "ValidationFailed");
        assertEquals(List.of("status"), RegistryApi.violationFields(problem));
        RegistryApi.sendAs(Callers.auditor(), HttpRequest.newBuilder(RegistryApi.uri(API + "/outbox-messages"))
                .header("Accept", JSON).GET()).expect(200);
    }
}
