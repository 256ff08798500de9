package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.Outboxes.awaitMessage;
import static org.returneeregistry.it.support.Outboxes.hasStatus;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.env.NeedsServer;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.it.support.SecondRegistry;

/**
 * A portability claim between two registries, each through its own real interfaces: our officer opens a claim
 * addressed to Qatar's institution and asks for periods; the signed request reaches Qatar's registry, whose officer
 * finds it on Qatar's worklist and answers it through Qatar's REST API with certified periods; the signed answer
 * lands on our claim; our officer assesses and decides; the signed decision with its computation reaches Qatar's
 * registry, which acknowledges it with its signed receipt and shows it on the request its officer answered.
 */
@NeedsServer(NeedsServer.Server.PARTNER_REGISTRY)
class TwoRegistryClaimIT extends DeployedRegistry {

    private static final String CLAIMS = API + "/social-security/claims";
    private static final String REQUESTS = API + "/social-security/period-requests";
    private static final String PURPOSE = "SOCIAL_SECURITY_CLAIM";
    private static final Duration DELIVERY = Duration.ofSeconds(90);

    private static RegistryApi.Answer ours(String method, String path, JsonObject body) {
        return Agreements.send(Callers.socialSecurityOfficer(), method, path, body == null ? null : body.toString());
    }

    @Test
    void aClaimRunsBetweenTwoRegistriesWithSignedMessagesBothWays() {
        SecondRegistry qatar = SecondRegistry.qatar();
        JsonArrayBuilder scope = Json.createArrayBuilder()
                .add(Agreements.row("OUTBOUND", "INSURANCE_PERIOD_REQUEST", "IDENTITY", PURPOSE, "AGREEMENT"))
                .add(Agreements.row("INBOUND", "INSURANCE_PERIOD_ANSWER", "SOCIAL_SECURITY", PURPOSE, "AGREEMENT"))
                .add(Agreements.row("OUTBOUND", "CLAIM_DECISION", "SOCIAL_SECURITY", PURPOSE, "AGREEMENT"));
        String agreement = qatar.agreementWithUs("Social security between two registries " + UUID.randomUUID(), scope);
        JsonObject section = Json.createObjectBuilder(SocialSecurityIT.stateA())
                .add(
                        "periodRequests",
                        Json.createObjectBuilder().add("remindAfter", "PT1H").add("timeOutAfter", "P30D"))
                .build();
        SocialSecurityIT.section(
                        agreement,
                        "PUT",
                        Json.createObjectBuilder()
                                .add("document", section)
                                .add("reason", "Protocol rules")
                                .build())
                .expect(200);

        // our officer opens the claim and asks Qatar's institution for the periods
        long started = System.nanoTime();
        String registryNumber = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        String claimId = ours(
                        "POST",
                        CLAIMS,
                        Json.createObjectBuilder()
                                .add("registryNumber", registryNumber)
                                .add("benefit", "OLD_AGE")
                                .add("agreementId", agreement)
                                .add("partnerInstitution", qatar.operator())
                                .add("claimantKind", "RETURNEE")
                                .add("reason", "Old-age pension with periods in Qatar")
                                .build())
                .expect(201)
                .json()
                .getString("claimId");
        ours(
                        "POST",
                        CLAIMS + "/" + claimId + "/submission",
                        Json.createObjectBuilder().build())
                .expect(200);
        String requestId = ours("POST", CLAIMS + "/" + claimId + "/period-requests", Agreements.reason("Qatar"))
                .expect(200)
                .json()
                .getString("requestMessageId");
        awaitMessage(qatar.operator(), requestId, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));

        // Qatar's officer finds it on Qatar's worklist and answers through Qatar's REST API
        JsonObject item = await().atMost(DELIVERY)
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> qatar
                                .send(
                                        qatar.socialSecurityOfficer(),
                                        "GET",
                                        REQUESTS + "?sender=" + SecondRegistry.US + "&pageSize=100",
                                        null)
                                .expect(200)
                                .array()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(r -> claimId.equals(r.getString("partnerClaimId")))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertEquals("OPEN", item.getString("status"));
        assertEquals(requestId, item.getString("latestMessageId"));
        JsonObject qatarCareer = Json.createObjectBuilder()
                .add(
                        "periods",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("reference", "GOSI-7781")
                                        .add("country", qatar.country())
                                        .add("institution", qatar.operator())
                                        .add("from", "1998-01-01")
                                        .add("to", "2021-12-31")
                                        .add("type", "COMPULSORY_EMPLOYED")))
                .build();
        JsonObject answered = qatar.send(
                        qatar.socialSecurityOfficer(),
                        "POST",
                        REQUESTS + "/" + item.getString("requestId") + "/answer",
                        qatarCareer.toString())
                .expect(200)
                .json();
        String answerId = answered.getString("answerMessageId");

        // the certified answer lands on our claim, signed by Qatar's registry and receipted by ours
        JsonObject received = await().atMost(DELIVERY)
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> ours("GET", CLAIMS + "/" + claimId, null)
                                .expect(200)
                                .json(),
                        c -> "PERIODS_RECEIVED".equals(c.getString("status")));
        List<JsonObject> periods = received.getJsonArray("periods").getValuesAs(JsonObject.class);
        assertEquals(1, periods.size(), received::toString);
        assertEquals("PARTNER_CERTIFIED", periods.get(0).getJsonObject("period").getString("source"));
        assertEquals(answerId, periods.get(0).getString("messageId"));
        assertEquals(
                "DELIVERED",
                await().atMost(DELIVERY)
                        .until(
                                () -> qatar.send(
                                                qatar.socialSecurityOfficer(),
                                                "GET",
                                                REQUESTS + "/" + item.getString("requestId"),
                                                null)
                                        .expect(200)
                                        .json()
                                        .getString("answerDelivery", ""),
                                "DELIVERED"::equals));

        // our officer adds the home record, assesses and decides on the totalised periods
        ours(
                        "POST",
                        CLAIMS + "/" + claimId + "/periods",
                        Json.createObjectBuilder()
                                .add(
                                        "periods",
                                        Json.createArrayBuilder()
                                                .add(SocialSecurityIT.period("NPL", "1980-01-01", "1997-12-31")))
                                .build())
                .expect(200);
        ours(
                        "POST",
                        CLAIMS + "/" + claimId + "/assessment",
                        Json.createObjectBuilder().build())
                .expect(200);
        JsonObject decided = ours(
                        "POST",
                        CLAIMS + "/" + claimId + "/decision",
                        Json.createObjectBuilder()
                                .add("decision", "APPROVED")
                                .add("reason", "Entitled on totalised periods")
                                .build())
                .expect(200)
                .json();
        assertEquals(
                0,
                new BigDecimal("360.00")
                        .compareTo(decided.getJsonObject("decision")
                                .getJsonNumber("payableAmount")
                                .bigDecimalValue()));

        // the decision reaches Qatar's registry, which acknowledges it with its signed receipt
        String decisionId = decided.getString("decisionMessageId");
        awaitMessage(qatar.operator(), decisionId, DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
        assertEquals(
                "DELIVERED",
                ours("GET", CLAIMS + "/" + claimId, null).expect(200).json().getString("decisionDelivery"));
        JsonObject concluded = qatar.send(
                        qatar.socialSecurityOfficer(), "GET", REQUESTS + "/" + item.getString("requestId"), null)
                .expect(200)
                .json();
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

        System.out.printf(
                "A whole claim between the two registries (Qatar started in %d s before it): %d ms%n",
                qatar.startSeconds(), (System.nanoTime() - started) / 1_000_000);

        // both message logs hold the request, the answer and the decision, each with its receipt
        List<String> logged = qatar.messageLog(agreement).stream()
                .map(e -> e.getString("messageType") + "/" + e.getString("decision"))
                .toList();
        for (String type : List.of("INSURANCE_PERIOD_REQUEST", "INSURANCE_PERIOD_ANSWER", "CLAIM_DECISION")) {
            assertTrue(logged.stream().anyMatch(l -> l.startsWith(type + "/")), () -> type + " in " + logged);
        }
    }
}
