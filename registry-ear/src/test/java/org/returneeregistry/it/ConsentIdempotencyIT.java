package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;

/**
 * {@code POST /consents} with an {@code Idempotency-Key}, as a mission node sends the consent it captured offline:
 * a repeat with the same key and body answers the first record and records nothing; another body under the key is
 * refused; concurrent first requests make one record; a malformed key is refused; keys are the caller's
 * organisation's own.
 */
class ConsentIdempotencyIT extends DeployedRegistry {

    private static final Caller MISSION = Callers.mission(Samples.MISSION);

    /** A new returnee, whose return the mission notified. */
    private static String notified() {
        JsonObject notification = Samples.with(
                Samples.notification(Samples.notificationId(), Samples.passportNumber()),
                "/missionCode",
                MISSION.organisation());
        return RegistryApi.sendAs(
                        MISSION,
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/return-notifications"))
                                .header("Content-Type", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString(notification.toString())))
                .expect(201)
                .json()
                .getString("registryNumber");
    }

    private static JsonObject body(String registryNumber, List<String> categories) {
        return Consents.body(
                registryNumber,
                Callers.ministrySystem().organisation(),
                List.of("REINTEGRATION_SERVICES"),
                categories,
                "ASSISTED",
                Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS));
    }

    private static Answer post(Caller caller, String key, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(RegistryApi.uri(API + "/consents"))
                .header("Content-Type", JSON)
                .header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return RegistryApi.sendAs(caller, request);
    }

    private static int records(String registryNumber) {
        return RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/consents?returnee=" + registryNumber))
                                .header("Accept", JSON))
                .expect(200)
                .array()
                .size();
    }

    @Test
    void aRepeatUnderTheKeyAnswersTheFirstRecordAndAnotherBodyIsRefused() {
        String rn = notified();
        String key = "node-consent-" + UUID.randomUUID();
        JsonObject body = body(rn, List.of("IDENTITY", "RETURN_DETAILS"));

        Answer first = post(MISSION, key, body).expect(201);
        String consentId = first.json().getString("consentId");
        assertTrue(first.header("Location").orElse("").endsWith("/consents/" + consentId), first::toString);

        for (int i = 0; i < 2; i++) {
            Answer repeat = post(MISSION, key, body).expect(200);
            assertEquals(consentId, repeat.json().getString("consentId"), repeat::toString);
            assertEquals("ACTIVE", repeat.json().getJsonObject("status").getString("code"), repeat::toString);
        }
        assertEquals(1, records(rn), "a repeat under the key recorded the consent again");

        post(MISSION, key, body(rn, List.of("IDENTITY"))).problem(422, "IdempotencyKeyReused");
        assertEquals(1, records(rn), "a refused body under a used key wrote something");

        // without a key every request is a new record, as before
        post(MISSION, null, body).expect(201);
        assertEquals(2, records(rn));
    }

    @Test
    void concurrentFirstRequestsUnderOneKeyMakeOneRecord() {
        String rn = notified();
        String key = "node-consent-" + UUID.randomUUID();
        JsonObject body = body(rn, List.of("IDENTITY", "CONTACT"));
        List<CompletableFuture<Answer>> racing = new ArrayList<>();
        IntStream.range(0, 6).forEach(i -> racing.add(CompletableFuture.supplyAsync(() -> post(MISSION, key, body))));
        List<Answer> answers = racing.stream().map(CompletableFuture::join).toList();
        long created = answers.stream().filter(a -> a.status() == 201).count();
        assertEquals(1, created, answers::toString);
        for (Answer a : answers) {
            if (a.status() == 409) {
                a.problem(409, "IdempotencyKeyInProgress");
            } else {
                assertTrue(a.status() == 201 || a.status() == 200, a::toString);
            }
        }
        assertEquals(1, records(rn), "concurrent requests under one key recorded twice");
        // once the first is recorded, every repeat gets its answer
        String consentId = answers.stream()
                .filter(a -> a.status() == 201)
                .findFirst()
                .orElseThrow()
                .json()
                .getString("consentId");
        assertEquals(consentId, post(MISSION, key, body).expect(200).json().getString("consentId"));
    }

    @Test
    void aMalformedKeyIsRefusedAndKeysBelongToTheCallersOrganisation() {
        String rn = notified();
        JsonObject body = body(rn, List.of("IDENTITY"));
        JsonObject problem = post(MISSION, "not a key!", body).problem(400, "ValidationFailed");
        assertEquals(List.of("Idempotency-Key"), RegistryApi.violationFields(problem));
        post(MISSION, "k".repeat(65), body).problem(400, "ValidationFailed");
        assertEquals(0, records(rn), "a refused key wrote something");

        // the same key used by the operator's registrar is its own: a record of its own, not the mission's
        String key = "shared-" + UUID.randomUUID();
        String missions = post(MISSION, key, body).expect(201).json().getString("consentId");
        JsonObject registrars = Consents.body(
                rn,
                Callers.ministrySystem().organisation(),
                List.of("REINTEGRATION_SERVICES"),
                List.of("IDENTITY"),
                "SELF",
                Instant.now().plus(Duration.ofDays(30)));
        String registrar =
                post(Callers.registrar(), key, registrars).expect(201).json().getString("consentId");
        assertNotEquals(missions, registrar);
        assertEquals(2, records(rn));
    }
}
