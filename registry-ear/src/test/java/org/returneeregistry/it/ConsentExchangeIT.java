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
import org.returneeregistry.it.support.Consents;
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

    private static String refer(String registryNumber, String recipient) {
        JsonObject body = Json.createObjectBuilder()
                .add("registryNumber", registryNumber)
                .add("service", "HEALTH")
                .add("recipient", recipient)
                .add("reason", "Medical follow-up on arrival")
                .build();
        return RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/referrals"))
                                .header("Content-Type", JSON)
                                .header("Accept", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString())))
                .expect(201)
                .json()
                .getString("referralId");
    }

    private static JsonObject decisions(String registryNumber, String organisation) {
        return RegistryApi.decisions(registryNumber, "&organisation=" + organisation);
    }

    @Test
    void aHealthReferralWithConsentReachesTheMinistryAsAnAdtMessageAndWithoutConsentDoesNot() throws Exception {
        String ministry = Outboxes.ministry("NPL-MOH-HL7");
        int port = Outboxes.freePort();
        try (MllpPeer peer = MllpPeer.start(port)) {
            Outboxes.setEndpoint(ministry, null, "127.0.0.1", port);
            String consented = returneeWithMedicalNeed();
            Consents.recorded(consented, ministry, "HEALTH_FOLLOW_UP", List.of("IDENTITY", "CONTACT", "HEALTH"));
            String referral = refer(consented, ministry);

            JsonObject adt = Outboxes.messages(ministry).stream()
                    .filter(m -> "HL7_MLLP".equals(m.getString("channel")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no HL7 message queued for " + ministry));
            assertEquals("ADT_A28", adt.getString("kind"));
            assertEquals(referral, adt.getString("subjectRef"));
            JsonObject delivered =
                    awaitMessage(ministry, adt.getString("id"), DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
            assertEquals("AA", delivered.getString("ackCode"));
            assertEquals(1, peer.received().size());
            Terser got = new Terser(parse(peer.received().get(0)));
            assertEquals("A28", got.get("/MSH-9-2"));
            assertEquals(adt.getString("id"), got.get("/MSH-10"));
            assertEquals(consented, got.get("/PID-3-1"));
            assertEquals("Thapa", got.get("/PID-5-1"));
            JsonObject permit =
                    decisions(consented, ministry).getJsonArray("items").getJsonObject(0);
            assertEquals("HL7", permit.getString("channel"));
            assertEquals("PERMIT", permit.getString("outcome"));

            String unconsented = returneeWithMedicalNeed();
            refer(unconsented, ministry);
            JsonObject deny =
                    decisions(unconsented, ministry).getJsonArray("items").getJsonObject(0);
            assertEquals("DENY", deny.getString("outcome"));
            assertEquals("NO_CONSENT", deny.getString("reason"));
            assertEquals(
                    1,
                    Outboxes.messages(ministry).stream()
                            .filter(m -> "HL7_MLLP".equals(m.getString("channel")))
                            .count(),
                    "nothing is sent without consent");
        }
    }

    @Test
    void revokingAConsentNotifiesTheOrganisationThatReadUnderIt() throws Exception {
        String code = "NPL-WELFARE-RVK";
        Caller ministry = Callers.ministrySystem(code);
        try (PushReceiver receiver = PushReceiver.start(0)) {
            Outboxes.setEndpoint(code, receiver.url(), null, null);
            String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                    .getString("registryNumber");
            String consentId = Consents.recorded(rn, code, "HEALTH_FOLLOW_UP", List.of("IDENTITY"));
            RegistryApi.sendAs(
                            ministry,
                            HttpRequest.newBuilder(RegistryApi.uri(
                                            API + "/returnees/" + rn + "/disclosure?purpose=HEALTH_FOLLOW_UP"))
                                    .header("Accept", JSON)
                                    .GET())
                    .expect(200);

            Consents.revoke(consentId);

            JsonObject notice = Outboxes.messages(code).stream()
                    .filter(m -> "CONSENT_REVOKED".equals(m.getString("kind")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no revocation notice queued for " + code));
            assertEquals(consentId, notice.getString("subjectRef"));
            awaitMessage(code, notice.getString("id"), DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
            PushReceiver.Push push = receiver.push(notice.getString("id"));
            JsonObject body =
                    Json.createReader(new java.io.StringReader(push.body())).readObject();
            assertEquals("CONSENT_REVOKED", body.getString("kind"));
            assertEquals(consentId, body.getJsonObject("data").getString("consentId"));
            assertTrue(!push.body().contains("Withdrawn by the returnee"), "the reason stays in the registry");
        }
    }

    /**
     * The ADT message of a health referral is queued while the ministry's system is down; the consent is
     * revoked before it comes back. At send time the disclosure is decided again, denied and logged, and the
     * message is cancelled: the ministry's system never receives it.
     */
    @Test
    void aQueuedAdtMessageIsDecidedAgainAtSendTimeAndNotSentAfterTheConsentIsRevoked() throws Exception {
        String ministry = Outboxes.ministry("NPL-MOH-HL7R");
        int port = Outboxes.freePort();
        Outboxes.setEndpoint(ministry, null, "127.0.0.1", port);
        String rn = returneeWithMedicalNeed();
        String consentId =
                Consents.recorded(rn, ministry, "HEALTH_FOLLOW_UP", List.of("IDENTITY", "CONTACT", "HEALTH"));
        refer(rn, ministry);
        JsonObject adt = Outboxes.messages(ministry).stream()
                .filter(m -> "HL7_MLLP".equals(m.getString("channel")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no HL7 message queued for " + ministry));
        awaitMessage(
                ministry,
                adt.getString("id"),
                DELIVERY,
                "PENDING after a failed attempt",
                m -> hasStatus(m, "PENDING") && m.getInt("attempts") >= 1);

        Consents.revoke(consentId);

        try (MllpPeer peer = MllpPeer.start(port)) {
            JsonObject cancelled =
                    awaitMessage(ministry, adt.getString("id"), DELIVERY, "CANCELLED", m -> hasStatus(m, "CANCELLED"));
            assertTrue(cancelled.getString("closedReason").startsWith("CONSENT_REVOKED"), cancelled::toString);
            JsonObject deny = decisions(rn, ministry).getJsonArray("items").getJsonObject(0);
            assertEquals("HL7", deny.getString("channel"));
            assertEquals("DENY", deny.getString("outcome"));
            assertEquals("CONSENT_REVOKED", deny.getString("reason"));
            assertEquals(List.of(), peer.received(), "nothing reaches the ministry after the revocation");
        }
    }

    /** New terms without HEALTH supersede the consent: the ministry that read under it is told what it lost. */
    @Test
    void supersedingAConsentWithNarrowerTermsNotifiesTheOrganisationThatReadUnderIt() throws Exception {
        String code = "NPL-MOH-NARROW";
        Caller ministry = Callers.ministrySystem(code);
        try (PushReceiver receiver = PushReceiver.start(0)) {
            Outboxes.setEndpoint(code, receiver.url(), null, null);
            String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                    .getString("registryNumber");
            String consentId = Consents.recorded(rn, code, "HEALTH_FOLLOW_UP", List.of("IDENTITY", "HEALTH"));
            RegistryApi.sendAs(
                            ministry,
                            HttpRequest.newBuilder(RegistryApi.uri(
                                            API + "/returnees/" + rn + "/disclosure?purpose=HEALTH_FOLLOW_UP"))
                                    .header("Accept", JSON)
                                    .GET())
                    .expect(200);

            JsonObject narrower = Consents.body(
                    rn,
                    code,
                    List.of("HEALTH_FOLLOW_UP"),
                    List.of("IDENTITY"),
                    "SELF",
                    Instant.now().plus(Duration.ofDays(30)));
            Consents.post(Callers.registrar(), Samples.with(narrower, "/supersedes", consentId))
                    .expect(201);

            JsonObject notice = Outboxes.messages(code).stream()
                    .filter(m -> "CONSENT_NARROWED".equals(m.getString("kind")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no narrowing notice queued for " + code));
            assertEquals(consentId, notice.getString("subjectRef"));
            awaitMessage(code, notice.getString("id"), DELIVERY, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
            JsonObject data = Json.createReader(new java.io.StringReader(
                            receiver.push(notice.getString("id")).body()))
                    .readObject()
                    .getJsonObject("data");
            assertEquals(consentId, data.getString("consentId"));
            assertEquals(
                    List.of("HEALTH"),
                    data.getJsonArray("withdrawnCategories").getValuesAs(jakarta.json.JsonString::getString));
            assertEquals(0, data.getJsonArray("withdrawnPurposes").size());
        }
    }

    private static Message parse(String er7) throws Exception {
        return AdtMessages.parser().parse(er7);
    }
}
