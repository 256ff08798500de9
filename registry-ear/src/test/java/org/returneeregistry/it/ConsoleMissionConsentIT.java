package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.NOTIFICATIONS;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.ConsoleBrowser;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * The mission officer opens a notification of the mission (its acknowledgement now) and from it records, in a real browser and in Nepali, the consent a returnee the mission
 * notified signed at the mission: a malformed hash of the signed form is refused at its field; with the form's
 * SHA-256 the consent is recorded as assisted, and the registry's signed receipt is verified against the published
 * receipt keys on the page. The record, read by an auditor over REST, carries the hash and the mission.
 */
class ConsoleMissionConsentIT extends DeployedRegistry {

    private static final String MISSION_OFFICER = "officer.doh";

    /** The console's client accepts the test domain's address (the realm file names the run command's). */
    @BeforeAll
    static void consoleClientKnowsTheTestAddress() {
        Callers.mission(Samples.MISSION);
        Callers.ministrySystem();
        ConsoleBrowser.consoleClientKnowsTheTestAddress();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ne"})
    void aConsentSignedAtTheMissionIsRecordedWithTheFormsHashAndItsReceiptVerifies(String lang) throws Exception {
        String notificationId = Samples.notificationId();
        String rn = RegistryApi.postJson(NOTIFICATIONS, Samples.notification(notificationId, Samples.passportNumber()))
                .expect(201)
                .json()
                .getString("registryNumber");
        String hash = (lang.equals("ne") ? "cd" : "ef").repeat(32);

        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("mission-consent", lang, MISSION_OFFICER)) {
            // the notification's detail, and from it the consent form with the registry number carried over
            browser.open("nav-notifications", "own-notifications");
            browser.clickSelector("input[data-open='" + notificationId + "']");
            browser.page("notification-detail");
            assertEquals(notificationId, browser.text("detail-id"));
            assertEquals(rn, browser.text("detail-number"));
            assertFalse(browser.text("detail-status").isEmpty(), browser.pageText());
            browser.click("list:record-consent");
            browser.page("consent-form");
            assertEquals(rn, browser.element("consent:registryNumber").getAttribute("value"));
            assertFalse(browser.url().contains(rn), "no registry number in the address");
            browser.type("consent:recipient", Callers.MINISTRY);
            browser.all("input[name='consent:purposes'][value='REINTEGRATION_SERVICES']")
                    .get(0)
                    .click();
            browser.all("input[name='consent:categories'][value='IDENTITY']")
                    .get(0)
                    .click();
            browser.choose("consent:method", "ASSISTED");
            browser.type("consent:evidenceHash", "not-a-hash");
            browser.click("consent:record");
            browser.page("hash-refused");
            assertFalse(browser.text("consent:evidenceHash-error").isEmpty(), browser.pageText());
            assertFalse(browser.present("recorded"), browser.pageText());

            browser.type("consent:evidenceHash", hash);
            browser.click("consent:record");
            browser.page("recorded");
            String consentId = browser.text("consent-id");
            assertFalse(consentId.isEmpty(), browser.pageText());
            assertEquals(hash, browser.text("consent-evidence"));
            assertTrue(browser.present("receipt-verified"), browser.pageText());
            assertFalse(browser.url().contains(rn), "no registry number in the address");

            JsonObject record = Consents.get(consentId);
            assertEquals("ASSISTED", record.getString("method"), record::toString);
            assertEquals(hash, record.getString("evidenceHash"), record::toString);
            assertEquals(rn, record.getString("registryNumber"), record::toString);
            assertEquals(Samples.MISSION, record.getString("recordedByOrganisation"), record::toString);
        }
    }
}
