package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.Outboxes.awaitMessage;
import static org.returneeregistry.it.support.Outboxes.hasStatus;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.exchange.hl7.AdtMessages;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.MllpPeer;
import org.returneeregistry.it.support.Outboxes;
import org.returneeregistry.it.support.PushReceiver;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * Consent meets the exchange: a health referral reaches the health ministry's system as an HL7 ADT
 * message over MLLP only with consent for identity and health, decided and logged like any read; and
 * revoking a consent notifies, through the outbox, the organisation that was given data under it.
 */
class ConsentExchangeIT extends DeployedRegistry {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    /** A returnee registered from a mission's notification that reports a medical need. */
    private static String returneeWithMedicalNeed() {
        return RegistryApi.submitNew(Samples.notification(Samples.notificationId(), Samples.passportNumber()))
                .getString("registryNumber");
    }

    private static void consent(String registryNumber, String recipient, List<String> categories) {
        var c = Json.createArrayBuilder();
        categories.forEach(c::add);
        JsonObject body = Json.createObjectBuilder().add("registryNumber", registryNumber).add("recipient", recipient)
                .add("purposes", Json.createArrayBuilder().add("HEALTH_FOLLOW_UP")).add("categories", c)
                .add("method", "SELF").add("validUntil", Instant.now().plus(Duration.ofDays(30)).toString())
                .add("noticeVersion", "2026-1").build();
        RegistryApi.sendAs(Callers.registrar(), HttpRequest.newBuilder(RegistryApi.uri(API + "/consents"))
                .header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString(body.toString()))).expect(201);
    }

    private static String refer(String registryNumber, String recipient) {
        JsonObject body = Json.createObjectBuilder().add("registryNumber", registryNumber).add("service", "HEALTH")
                .add("recipient", recipient).add("reason", "Medical follow-up on arrival").build();
        return RegistryApi.sendAs(Callers.registrar(), HttpRequest.newBuilder(RegistryApi.uri(API + "/referrals"))
                .header("Content-Type", JSON).header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))).expect(201).json().getString("referralId");
    }

    private static JsonObject decisions(String registryNumber, String organisation) {
        return ConsentIT.decisions(registryNumber, "&organisation=" + organisation);
    }

    @Test
    void aHealthReferralWithConsentReachesTheMinistryAsAnAdtMessageAndWithoutConsentDoesNot() throws Exception {
        String ministry = Outboxes.ministry("NPL-MOH-HL7");
        int port = Outboxes.freePort();
        try (MllpPeer peer = MllpPeer.start(port)) {
            Outboxes.setEndpoint(ministry, null, "127.0.0.1", port);
            String consented = returneeWithMedicalNeed();
            consent(consented, ministry, List.of("IDENTITY", "CONTACT", "HEALTH"));
            String referral = refer(consented, ministry);

            JsonObject adt = Outboxes.messages(ministry).stream().filter(m -> "HL7_MLLP".equals(m.getString("channel")))
                    .findFirst().orElseThrow(() -> new AssertionError("no HL7 message queued for " + ministry));
            assertEquals("ADT_A28", adt.getString("kind"));
            assertEquals(referral, adt.getString("subjectRef"));
            JsonObject delivered = awaitMessage(ministry, adt.getString("id"), DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
            assertEquals("AA", delivered.getString("ackCode"));
            assertEquals(1, peer.received().size());
            Terser got = new Terser(parse(peer.received().get(0)));
            assertEquals("A28", got.get("/MSH-9-2"));
            assertEquals(adt.getString("id"), got.get("/MSH-10"));
            assertEquals(consented, got.get("/PID-3-1"));
            assertEquals("Thapa", got.get("/PID-5-1"));
            JsonObject permit = decisions(consented, ministry).getJsonArray("items").getJsonObject(0);
            assertEquals("HL7", permit.getString("channel"));
            assertEquals("PERMIT", permit.getString("outcome"));

            String unconsented = returneeWithMedicalNeed();
            refer(unconsented, ministry);
            JsonObject deny = decisions(unconsented, ministry).getJsonArray("items").getJsonObject(0);
            assertEquals("DENY", deny.getString("outcome"));
            assertEquals("NO_CONSENT", deny.getString("reason"));
            assertEquals(1, Outboxes.messages(ministry).stream().filter(m -> "HL7_MLLP".equals(m.getString("channel"))).count(),
                    "nothing is sent without consent");
        }
    }

    @Test
    void revokingAConsentNotifiesTheOrganisationThatReadUnderIt() throws Exception {
        String code = "NPL-MOWCSC";
        Outboxes.ministry(code);
        Caller ministry = new Caller(Callers.clientId(code), code, false, "ministry-system");
        try (PushReceiver receiver = PushReceiver.start(0)) {
            Outboxes.setEndpoint(code, receiver.url(), null, null);
            String rn = RegistryApi.register(Samples.registration(Samples.passportNumber())).getString("registryNumber");
            consent(rn, code, List.of("IDENTITY"));
            String consentId = RegistryApi.sendAs(Callers.auditor(), HttpRequest.newBuilder(RegistryApi.uri(
                    API + "/consents?returnee=" + rn)).header("Accept", JSON).GET()).expect(200).array()
                    .getJsonObject(0).getString("consentId");
            RegistryApi.sendAs(ministry, HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + rn
                    + "/disclosure?purpose=HEALTH_FOLLOW_UP")).header("Accept", JSON).GET()).expect(200);

            RegistryApi.sendAs(Callers.registrar(), HttpRequest.newBuilder(RegistryApi.uri(API + "/consents/" + consentId
                    + "/revocation")).header("Content-Type", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Withdrawn by the returnee\"}"))).expect(200);

            JsonObject notice = Outboxes.messages(code).stream().filter(m -> "CONSENT_REVOKED".equals(m.getString("kind")))
                    .findFirst().orElseThrow(() -> new AssertionError("no revocation notice queued for " + code));
            assertEquals(consentId, notice.getString("subjectRef"));
            awaitMessage(code, notice.getString("id"), DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
            PushReceiver.Push push = receiver.push(notice.getString("id"));
            JsonObject body = Json.createReader(new java.io.StringReader(push.body())).readObject();
            assertEquals("CONSENT_REVOKED", body.getString("kind"));
            assertEquals(consentId, body.getJsonObject("data").getString("consentId"));
            assertTrue(!push.body().contains("Withdrawn by the returnee"), "the reason stays in the registry");
        }
    }

    private static Message parse(String er7) throws Exception {
        return AdtMessages.parser().parse(er7);
    }
}
