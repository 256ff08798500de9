package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.env.NeedsServer;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.it.support.TwoRegistries;
import org.returneeregistry.it.support.TwoRegistries.Side;

/**
 * A portability claim between two registries, each through its own real interfaces: our officer opens a claim
 * addressed to Qatar's institution and asks for periods; the signed request reaches Qatar's registry, whose officer
 * finds it on Qatar's worklist and answers it through Qatar's REST API with certified periods; the signed answer
 * lands on our claim; our officer assesses and decides; the signed decision with its computation reaches Qatar's
 * registry, which acknowledges it with its signed receipt and shows it on the request its officer answered. The
 * registry issued the returnee's statement of periods abroad by itself when the certified answer completed the
 * claim; at the end the officer issues it on request too, and it verifies offline (the verifier jar in a process of
 * its own) and fails when altered.
 */
@NeedsServer(NeedsServer.Server.PARTNER_REGISTRY)
class TwoRegistryClaimIT extends DeployedRegistry {

    private static final String PURPOSE = "SOCIAL_SECURITY_CLAIM";

    /** The returnee's statements, newest first, as a registrar of the operator lists them. */
    private static List<JsonObject> statementsOf(String path) {
        return Agreements.send(Callers.registrar(), "GET", path, null)
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
    }

    @Test
    void aClaimRunsBetweenTwoRegistriesWithSignedMessagesBothWays() throws Exception {
        TwoRegistries registries = TwoRegistries.start();
        Side nepal = registries.nepal();
        Side qatar = registries.qatar();
        String agreement = registries.claimsAgreement(
                "Social security between two registries", PURPOSE, SocialSecurityIT.stateA());

        // our officer opens the claim and asks Qatar's institution for the periods
        long started = System.nanoTime();
        String registryNumber = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        String claimId = nepal.openClaim(registryNumber, agreement, qatar, "Old-age pension with periods in Qatar");
        String requestId = nepal.requestPeriods(claimId, "Qatar");
        nepal.awaitDelivered(qatar.operator(), requestId);

        // Qatar's officer finds it on Qatar's worklist and answers through Qatar's REST API
        JsonObject item = qatar.awaitPeriodRequest(nepal, claimId);
        assertEquals("OPEN", item.getString("status"));
        assertEquals(requestId, item.getString("latestMessageId"));
        String answerId = qatar.answerPeriodRequest(
                        item.getString("requestId"),
                        TwoRegistries.certifiedPeriods(
                                "GOSI-7781", qatar.country(), qatar.operator(), "1998-01-01", "2021-12-31"))
                .getString("answerMessageId");

        // the certified answer lands on our claim, signed by Qatar's registry and receipted by ours
        JsonObject received = nepal.awaitClaim(claimId, "PERIODS_RECEIVED");
        List<JsonObject> periods = received.getJsonArray("periods").getValuesAs(JsonObject.class);
        assertEquals(1, periods.size(), received::toString);
        assertEquals("PARTNER_CERTIFIED", periods.get(0).getJsonObject("period").getString("source"));
        assertEquals(answerId, periods.get(0).getString("messageId"));
        assertEquals(
                "DELIVERED",
                registries
                        .await()
                        .until(
                                () -> qatar.periodRequest(item.getString("requestId"))
                                        .getString("answerDelivery", ""),
                                "DELIVERED"::equals));

        // our officer adds the home record, assesses and decides on the totalised periods
        JsonObject decided = nepal.approve(claimId, SocialSecurityIT.period("NPL", "1980-01-01", "1997-12-31"));
        assertEquals(
                0,
                new BigDecimal("360.00")
                        .compareTo(decided.getJsonObject("decision")
                                .getJsonNumber("payableAmount")
                                .bigDecimalValue()));

        // the decision reaches Qatar's registry, which acknowledges it with its signed receipt
        String decisionId = decided.getString("decisionMessageId");
        nepal.awaitDelivered(qatar.operator(), decisionId);
        assertEquals("DELIVERED", nepal.claim(claimId).getString("decisionDelivery"));
        JsonObject concluded = qatar.periodRequest(item.getString("requestId"));
        JsonObject decision = concluded.getJsonObject("decision");
        assertEquals(decisionId, decision.getString("messageId"));
        assertEquals("APPROVED", decision.getString("decision"));
        assertEquals(
                0,
                new BigDecimal("360.00")
                        .compareTo(decision.getJsonNumber("payableAmount").bigDecimalValue()));
        assertTrue(
                decision.getJsonArray("trace").getValuesAs(JsonObject.class).stream()
                        .anyMatch(t -> t.getString("text").contains("own 18 ÷ fixed denominator 40 = 360")),
                concluded::toString);

        // the certified periods were complete when Qatar's answer landed: the registry issued the returnee's
        // statement by itself, once, and lists it among the returnee's statements
        String statements = API + "/returnees/" + registryNumber + "/statements";
        JsonObject automatic = registries
                .await()
                .until(() -> statementsOf(statements), l -> !l.isEmpty())
                .get(0);
        assertEquals(1, automatic.getInt("periodCount"), automatic::toString);
        assertTrue(automatic.getString("issuedBy").startsWith("registry@"), automatic::toString);

        // at the end of the claim the officer issues the statement (on request) and it verifies offline
        RegistryApi.Answer issued = RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(statements))
                                .header("Accept", RegistryApi.JSON)
                                .POST(HttpRequest.BodyPublishers.noBody()))
                .expect(201);
        String statementId = issued.json().getString("statementId");
        assertEquals(1, issued.json().getInt("periodCount"));
        List<JsonObject> listed = statementsOf(statements);
        assertEquals(
                List.of(statementId, automatic.getString("statementId")),
                listed.stream().map(l -> l.getString("statementId")).toList(),
                listed::toString);
        Path keys = Files.createDirectories(Path.of("target", "two-registry-claim-it"))
                .resolve("statement-keys.json");
        Files.writeString(
                keys,
                RegistryApi.getAnonymously(API + "/statement-keys", "application/jwk-set+json")
                        .body(),
                StandardCharsets.UTF_8);
        RegistryApi.Answer jose = RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(statements + "/" + statementId))
                                .header("Accept", "application/jose+json")
                                .GET())
                .expect(200);
        JsonObject flattened = jose.json();
        String payload =
                new String(Base64.getUrlDecoder().decode(flattened.getString("payload")), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"messageId\":\"" + answerId + "\""), payload);
        assertTrue(payload.contains("\"institution\":\"" + qatar.operator() + "\""), payload);
        StatementIT.Verified verified = StatementIT.verifyOffline(
                jose.body().getBytes(StandardCharsets.UTF_8), "two-registry-statement.json", keys);
        assertEquals(0, verified.exit(), verified.output());
        assertTrue(verified.output().contains("Statement " + statementId), verified.output());
        byte[] altered = Json.createObjectBuilder(flattened)
                .add(
                        "payload",
                        Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(payload.replace("2021-12-31", "2022-12-31")
                                        .getBytes(StandardCharsets.UTF_8)))
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        StatementIT.Verified broken = StatementIT.verifyOffline(altered, "two-registry-statement-altered.json", keys);
        assertEquals(1, broken.exit(), broken.output());
        assertTrue(broken.output().contains("INVALID"), broken.output());

        System.out.printf(
                "A whole claim between the two registries (Qatar started in %d s before it): %d ms%n",
                registries.second().startSeconds(), (System.nanoTime() - started) / 1_000_000);

        // both message logs hold the request, the answer and the decision, each with its receipt
        List<String> logged = qatar.messageLog(agreement).stream()
                .map(e -> e.getString("messageType") + "/" + e.getString("decision"))
                .toList();
        for (String type : List.of("INSURANCE_PERIOD_REQUEST", "INSURANCE_PERIOD_ANSWER", "CLAIM_DECISION")) {
            assertTrue(logged.stream().anyMatch(l -> l.startsWith(type + "/")), () -> type + " in " + logged);
        }
    }
}
