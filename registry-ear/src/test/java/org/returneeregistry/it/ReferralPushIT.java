package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.returneeregistry.it.support.Outboxes.awaitMessage;
import static org.returneeregistry.it.support.Outboxes.hasStatus;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.Outboxes;
import org.returneeregistry.it.support.PushReceiver;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * A referral made through the API is pushed to the ministry it names, as REFERRAL_CREATED carrying
 * references only.
 */
class ReferralPushIT extends DeployedRegistry {

    @Test
    void aReferralIsPushedToItsRecipientByReference() throws Exception {
        String ministry = Outboxes.ministry("NPL-MOHP-REFPUSH"); // its own: the test points its push URL at a receiver it stops
        JsonObject returnee = RegistryApi.register(Samples.registration(Samples.passportNumber()));
        String registryNumber = returnee.getString("registryNumber");
        try (PushReceiver receiver = PushReceiver.start(0)) {
            Outboxes.setEndpoint(ministry, receiver.url(), null, null);
            JsonObject referral = RegistryApi.postJson(API + "/referrals", Json.createObjectBuilder()
                    .add("registryNumber", registryNumber).add("service", "HEALTH").add("recipient", ministry)
                    .add("reason", "Injured hand, needs follow-up").build()).json();
            String referralId = referral.getString("referralId");

            JsonObject message = Outboxes.messages(ministry).stream()
                    .filter(m -> referralId.equals(m.getString("subjectRef", null))).findFirst().orElseThrow();
            awaitMessage(ministry, message.getString("id"), Duration.ofSeconds(60), "DELIVERED",
                    m -> hasStatus(m, "DELIVERED"));

            JsonObject body = Json.createReader(new StringReader(receiver.push(message.getString("id")).body()))
                    .readObject();
            assertEquals("REFERRAL_CREATED", body.getString("kind"));
            JsonObject data = body.getJsonObject("data");
            assertEquals(referralId, data.getString("referralId"));
            assertEquals(registryNumber, data.getString("registryNumber"));
            assertEquals("HEALTH", data.getString("service"));
            // references only: nothing else about the returnee
            assertEquals(Set.of(), Set.copyOf(data.keySet()).stream()
                    .filter(k -> !Set.of("referralId", "registryNumber", "service", "purpose", "at").contains(k))
                    .collect(java.util.stream.Collectors.toSet()));
        }
    }
}
