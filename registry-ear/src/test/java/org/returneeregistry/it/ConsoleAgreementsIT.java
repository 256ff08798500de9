package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.ConsoleBrowser;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.Samples;

/**
 * The administrator's agreement pages in a real browser, in Nepali: a draft agreement amended to a
 * second version, with a partner endpoint, is found in the list, opened at its current version (three scope rows,
 * the endpoint, no certificate) and at its first (two scope rows), put in force (refused first without a reason),
 * suspended and terminated with reasons — each change in the page's history and in the agreement the REST
 * interface answers.
 */
class ConsoleAgreementsIT extends DeployedRegistry {

    private static final String ADMIN = "admin.demo";

    /** The console's client accepts the test domain's address (the realm file names the run command's). */
    @BeforeAll
    static void consoleClientKnowsTheTestAddress() {
        Callers.mission(Samples.MISSION);
        ConsoleBrowser.consoleClientKnowsTheTestAddress();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ne"})
    void anAgreementIsReadAtEachVersionAndGoesThroughItsStatuses(String lang) throws Exception {
        String title = "Console agreement " + lang + " " + UUID.randomUUID();
        String id = Agreements.registered(title).getString("agreementId");
        JsonObject amendment = Agreements.registration(title + " (amended)")
                .remove("type")
                .add(
                        "scope",
                        Json.createArrayBuilder()
                                .add(Agreements.row(
                                        "INBOUND", "RETURN_NOTICE", "IDENTITY", "REINTEGRATION_SERVICES", "AGREEMENT"))
                                .add(Agreements.row(
                                        "OUTBOUND",
                                        "EMPLOYMENT_RECORD_REQUEST",
                                        "MIGRATION_HISTORY",
                                        "SOCIAL_SECURITY_CLAIM",
                                        "CONSENT_REQUIRED"))
                                .add(Agreements.row(
                                        "INBOUND",
                                        "CONSENT_REVOKED",
                                        "IDENTITY",
                                        "REINTEGRATION_SERVICES",
                                        "AGREEMENT")))
                .add("reason", "Protocol adding revocations")
                .build();
        Agreements.post(id, "/amendments", amendment).expect(200);
        Agreements.send(
                        Callers.registryAdmin(),
                        "PUT",
                        API + "/agreements/" + id + "/endpoints/" + Agreements.PARTNER + "/SOAP",
                        Json.createObjectBuilder()
                                .add("url", "https://gosi.example.qa/soap")
                                .add("reason", "Onboarding")
                                .build()
                                .toString())
                .expect(200);

        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("agreements", lang, ADMIN)) {
            browser.open("nav-agreements", "agreements");
            browser.choose("agreements:status", "DRAFT");
            browser.click("agreements:filter");
            browser.page("drafts");
            assertFalse(
                    browser.all("tr.agreement-row[data-agreement='" + id + "']").isEmpty(), browser.pageText());
            assertTrue(browser.all("tr.agreement-row").stream()
                    .allMatch(r -> "DRAFT".equals(r.getAttribute("data-status"))));

            assertEquals("agreement", browser.clickAndAwait("input[data-open='" + id + "']", "agreement"));
            browser.page("opened");
            assertEquals("2", browser.element("agreement").getAttribute("data-version"));
            assertEquals(3, browser.all("tr.scope-row").size(), browser.pageText());
            assertTrue(browser.pageText().contains(title + " (amended)"), browser.pageText());
            assertEquals(1, browser.all("tr.endpoint").size(), browser.pageText());
            assertTrue(browser.all("tr.endpoint").get(0).getText().contains("https://gosi.example.qa/soap"));
            assertTrue(browser.present("no-certificates"), "no certificate attached: the page says so");

            browser.choose("agreements:version", "1");
            browser.click("agreements:show-version");
            browser.page("version-1");
            assertEquals("1", browser.element("agreement").getAttribute("data-version"));
            assertEquals(2, browser.all("tr.scope-row").size(), browser.pageText());

            browser.click("agreements:in-force");
            browser.page("reason-refused");
            assertFalse(browser.text("agreements:reason-error").isEmpty(), browser.pageText());
            assertEquals("DRAFT", browser.element("agreement").getAttribute("data-status"));

            browser.type("agreements:reason", "Ratified by both parliaments");
            browser.click("agreements:in-force");
            browser.page("in-force");
            assertEquals("IN_FORCE", browser.element("agreement").getAttribute("data-status"));

            browser.type("agreements:reason", "Partner institution reorganised");
            browser.click("agreements:suspend");
            browser.page("suspended");
            assertEquals("SUSPENDED", browser.element("agreement").getAttribute("data-status"));

            browser.type("agreements:reason", "Replaced by the 2027 agreement");
            browser.click("agreements:terminate");
            browser.page("terminated");
            assertEquals("TERMINATED", browser.element("agreement").getAttribute("data-status"));
            assertFalse(browser.present("agreements:terminate"), "a terminated agreement offers no change");
            String history = browser.element("history").getText();
            assertTrue(history.contains("Ratified by both parliaments"), history);
            assertTrue(history.contains("Replaced by the 2027 agreement"), history);
        }

        JsonObject agreement = Agreements.send(Callers.registryAdmin(), "GET", API + "/agreements/" + id, null)
                .expect(200)
                .json();
        assertEquals("TERMINATED", agreement.getString("status"));
        assertTrue(agreement.toString().contains("Partner institution reorganised"), agreement::toString);
    }
}
