package org.returneeregistry.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.returneeregistry.consent.application.ConsentRevoked;
import org.returneeregistry.reintegration.application.ReferralCreated;

class PushMessagesTest {

    private static final Instant AT = Instant.parse("2026-03-10T08:15:30Z");

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void theEnvelopeNamesTheMessageAndCarriesTheData() {
        JsonObject body = read(PushMessages.body("id-1", "REFERRAL_CREATED", "NPL-MOHP", AT,
                Json.createObjectBuilder().add("referralId", "REF-1").build()));

        assertEquals(Set.of("messageId", "kind", "recipient", "createdAt", "data"), body.keySet());
        assertEquals("id-1", body.getString("messageId"));
        assertEquals("REFERRAL_CREATED", body.getString("kind"));
        assertEquals("NPL-MOHP", body.getString("recipient"));
        assertEquals("2026-03-10T08:15:30Z", body.getString("createdAt"));
        assertEquals("REF-1", body.getJsonObject("data").getString("referralId"));
    }

    @Test
    void aReferralIsAnnouncedByReferenceOnly() {
        JsonObject data = ExchangeObservers.referralData(new ReferralCreated("REF-1", "RR-0000-0001-3", "HEALTH",
                "NPL-MOHP", "HealthCare", AT));

        assertEquals(Json.createObjectBuilder().add("referralId", "REF-1").add("registryNumber", "RR-0000-0001-3")
                .add("service", "HEALTH").add("purpose", "HealthCare").add("at", "2026-03-10T08:15:30Z").build(), data);
    }

    @Test
    void aRevocationNoticeLeavesTheReasonOut() {
        JsonObject data = ExchangeObservers.revocationData(new ConsentRevoked("CON-9", "RR-0000-0001-3",
                Set.of("NPL-MOHP"), "I was pressured by my employer", AT));

        assertEquals(Set.of("consentId", "registryNumber", "at"), data.keySet());
        assertFalse(data.toString().contains("pressured"));
    }
}
