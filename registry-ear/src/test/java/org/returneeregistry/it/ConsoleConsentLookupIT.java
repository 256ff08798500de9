package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.ConsoleBrowser;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * The auditor's consent lookup in a real browser, in Nepali: a returnee's three consent records —
 * one superseded, its successor in force, one revoked — are found with their history, and the signed receipt of
 * the one in force verifies against the published receipt keys.
 */
class ConsoleConsentLookupIT extends DeployedRegistry {

    private static final String AUDITOR = "auditor.demo";

    /** The console's client accepts the test domain's address (the realm file names the run command's). */
    @BeforeAll
    static void consoleClientKnowsTheTestAddress() {
        Callers.mission(Samples.MISSION);
        Callers.ministrySystem();
        ConsoleBrowser.consoleClientKnowsTheTestAddress();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ne"})
    void consentRecordsWithTheirHistoryAndAVerifiedReceipt(String lang) throws Exception {
        String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        String first = Consents.recorded(rn, Callers.MINISTRY, "HEALTH_FOLLOW_UP", List.of("IDENTITY"));
        String successor = Consents.post(
                        Callers.registrar(),
                        Samples.with(
                                Consents.body(
                                        rn,
                                        Callers.MINISTRY,
                                        List.of("HEALTH_FOLLOW_UP"),
                                        List.of("IDENTITY", "CONTACT"),
                                        "SELF",
                                        Instant.now().plus(Duration.ofDays(30))),
                                "/supersedes",
                                first))
                .expect(201)
                .json()
                .getString("consentId");
        String revoked = Consents.recorded(rn, Callers.MINISTRY, "SKILLS_RECOGNITION", List.of("IDENTITY"));
        Consents.revoke(revoked);

        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("consent-lookup", lang, AUDITOR)) {
            browser.open("nav-consents", "consents");
            browser.type("lookup:returnee", rn);
            browser.click("lookup:find");
            browser.page("found");
            Map<String, String> status = browser.all("section.consent-record").stream()
                    .collect(Collectors.toMap(e -> e.getAttribute("data-consent"), e -> e.getAttribute("data-status")));
            assertEquals(Map.of(first, "SUPERSEDED", successor, "ACTIVE", revoked, "REVOKED"), status);
            WebElement replaced = browser.all("section.consent-record[data-consent='" + first + "']")
                    .get(0);
            assertTrue(replaced.getText().contains(successor), "the superseded record names its successor");

            browser.clickSelector("input[data-verify='" + successor + "']");
            browser.page("receipt-verified");
            assertEquals(
                    "verified",
                    browser.all("section.consent-record[data-consent='" + successor + "'] [data-receipt]")
                            .get(0)
                            .getAttribute("data-receipt"),
                    browser.pageText());
        }
    }
}
