package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;
import static org.returneeregistry.it.support.RegistryApi.post;
import static org.returneeregistry.it.support.RegistryApi.returnee;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;

/**
 * The examples in docs/integrating-missions.md and docs/consent.md are sent as written, so the guides
 * cannot drift from what the registry accepts: the REST notification registers the person, the SOAP
 * envelope for the same passport attaches a second return to the same registry number, and the
 * registrar's and the mission's consent recordings are accepted.
 */
class DocsExamplesIT extends DeployedRegistry {

    private static final Path GUIDE = Path.of("..", "docs", "integrating-missions.md");
    private static final Path CONSENT_GUIDE = Path.of("..", "docs", "consent.md");

    @Test
    void restAndSoapExamplesOfTheMissionGuideWork() throws IOException {
        String guide = Files.readString(GUIDE);

        Answer rest = post(API + "/return-notifications", JSON, JSON, example(guide, "rest-notification")).expect(201);
        JsonObject ack = rest.json();
        assertEquals("CREATED_NEW", ack.getString("match"), rest::toString);
        String registryNumber = ack.getString("registryNumber");

        // the SOAP example comes from the mission in Kuwait, with its own token, as the guide says
        Answer soap = RegistryApi.sendAs(Callers.mission("NPL-EMB-KWI"), HttpRequest.newBuilder(
                        RegistryApi.uri("/soap/ReturnNotificationService"))
                .header("Content-Type", "text/xml; charset=utf-8").header("Accept", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(example(guide, "soap-notification")))).expect(200);
        assertTrue(soap.body().contains("registryNumber>" + registryNumber + "<"), soap::toString);
        assertTrue(soap.body().contains("MATCHED_EXISTING"), soap::toString);

        assertEquals(2, returnee(registryNumber).getJsonArray("returnEvents").size(),
                "one returnee, two return events: the guide says so");
    }

    /**
     * The consent recordings of docs/consent.md, as written but for the returnee (one the mission in
     * the example notified) and a validity that still lies ahead: the registrar's and the mission's.
     */
    @Test
    void consentRecordingExamplesOfTheConsentGuideWork() throws IOException {
        String guide = Files.readString(CONSENT_GUIDE);
        Callers.ministrySystem();
        String registryNumber = RegistryApi.submitNew(Samples.notification(Samples.notificationId(),
                Samples.passportNumber())).getString("registryNumber");

        for (var example : java.util.Map.of("consent-registrar", Callers.registrar(),
                "consent-mission", Callers.mission(Samples.MISSION)).entrySet()) {
            String body = example(guide, example.getKey()).replace("RR-2026-0001-3", registryNumber)
                    .replace("2027-11-23T00:00:00Z", Instant.now().plus(Duration.ofDays(365)).toString());
            Answer answer = RegistryApi.sendAs(example.getValue(), HttpRequest.newBuilder(RegistryApi.uri(API + "/consents"))
                    .header("Content-Type", JSON).header("Accept", JSON).POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(201, answer.status(), () -> example.getKey() + ": " + answer);
            assertEquals("ACTIVE", answer.json().getJsonObject("status").getString("code"), answer::toString);
        }
    }

    private static String example(String guide, String name) {
        Matcher m = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\s*```\\w+\\n(.*?)```", Pattern.DOTALL)
                .matcher(guide);
        assertTrue(m.find(), "the guide has no example named " + name);
        return m.group(1);
    }
}
