package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.ConsoleBrowser;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.MissionNode;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * The mission node's pages as an officer uses them, in a real browser (headless chromium, as the console's
 * tests): log in, capture a notification with a mistake — shown at its field —, correct it, save it, see it
 * waiting, sync, and see the registry number the registry gave, in the node's two languages (English and Nepali,
 * side by side), every page checked with axe-core. Then the login throttle: five wrong passwords lock the name,
 * the right one is refused meanwhile, another officer still logs in, and the node's log names the lock.
 */
class MissionNodeBrowserIT extends DeployedRegistry {

    private static final String MISSION = "NPL-EMB-NBR";
    private static final Pattern REGISTRY_NUMBER = Pattern.compile("RR-\\d{4}-\\d{4}-\\d");

    @Test
    void anOfficerCapturesCorrectsSyncsAndSeesTheRegistryNumber() throws Exception {
        String secret = Callers.registered(MISSION, "MISSION", "QAT", "mission-officer");
        Path data = Files.createTempDirectory(Path.of(System.getProperty("registry.it.workDir", "target/it")), "node-");
        Map<String, String> env = new HashMap<>(Map.of(
                "NODE_PASSPHRASE",
                "mission node browser passphrase",
                "NODE_MISSION_CODE",
                MISSION,
                "NODE_FIRST_OFFICER",
                MissionNode.OFFICER,
                "NODE_FIRST_OFFICER_PASSWORD",
                MissionNode.OFFICER_PASSWORD,
                "NODE_CLIENT_SECRET",
                secret,
                "NODE_TOKEN_ENDPOINT",
                Callers.tokenEndpoint(),
                "NODE_REGISTRY_URL",
                RegistryApi.baseUrl(),
                "NODE_SYNC_INTERVAL",
                "PT1H"));
        try (MissionNode node = MissionNode.start(data, env, "browser");
                ConsoleBrowser browser = ConsoleBrowser.unsigned("mission-node", "en-ne")) {
            node.login(MissionNode.OFFICER, MissionNode.OFFICER_PASSWORD); // the test's own look at the node's API
            // log in
            browser.visit(node.url(), "login");
            assertTrue(browser.pageText().contains("Officer / अधिकारी"), browser.pageText());
            browser.type("u", MissionNode.OFFICER);
            browser.type("p", MissionNode.OFFICER_PASSWORD);
            browser.click("login");
            browser.page("home");
            assertTrue(browser.pageText().contains("Waiting to be sent / पठाउन बाँकी (0)"), browser.pageText());

            // a notification with a mistake: shown next to its field, nothing saved
            browser.click("new-notification");
            browser.page("capture");
            String passport = Samples.passportNumber();
            fill(browser, "pd-12");
            browser.click("save");
            browser.page("capture-mistake");
            assertEquals("must be 5 to 20 upper-case letters or digits", browser.text("idNumber-error"));
            assertEquals("true", browser.element("idNumber").getAttribute("aria-invalid"));
            assertEquals("idNumber-error", browser.element("idNumber").getAttribute("aria-describedby"));
            assertTrue(browser.text("errors").contains("1 field(s) to correct / 1 वटा क्षेत्र सच्याउनुहोस्"));
            assertEquals("Browser", browser.element("givenName").getAttribute("value"), "the form lost what was typed");
            assertEquals(0, node.notifications().getJsonArray("items").size(), "a form with a mistake was saved");

            // corrected, saved on the node, waiting
            browser.type("idNumber", passport);
            browser.click("save");
            browser.page("saved");
            String id = browser.element("saved").getText().replaceAll(".*(node-[0-9a-f-]{36}).*", "$1");
            assertTrue(id.startsWith("node-"), browser.text("saved"));
            assertTrue(browser.present("row-" + id));
            assertTrue(browser.element("waiting").getText().contains(id), "not in the waiting list");
            assertTrue(browser.pageText().contains("Waiting to be sent / पठाउन बाँकी (1)"), browser.pageText());

            // sync: sent, with the registry number the registry has for it
            browser.click("sync-now");
            browser.page("synced");
            assertTrue(browser.text("last-sync").contains("1 acknowledged"), browser.text("last-sync"));
            String sentRow = browser.element("sent").getText();
            Matcher number = REGISTRY_NUMBER.matcher(sentRow);
            assertTrue(number.find(), sentRow);
            JsonObject status = RegistryApi.sendAs(
                            Callers.mission(MISSION),
                            HttpRequest.newBuilder(
                                    RegistryApi.uri(RegistryApi.NOTIFICATIONS + "/" + MISSION + "/" + id)))
                    .expect(200)
                    .json();
            assertEquals(status.getString("registryNumber"), number.group());
            assertTrue(browser.pageText().contains("Sent / पठाइएको (1)"), browser.pageText());
            assertFalse(browser.present("waiting"), "something still waits");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheNameForAWhileAndTheLogSaysSo() throws Exception {
        String secret = Callers.registered("NPL-EMB-NTH", "MISSION", "QAT", "mission-officer");
        Path data = Files.createTempDirectory(Path.of(System.getProperty("registry.it.workDir", "target/it")), "node-");
        Map<String, String> env = new HashMap<>(Map.of(
                "NODE_PASSPHRASE",
                "mission node throttle passphrase",
                "NODE_MISSION_CODE",
                "NPL-EMB-NTH",
                "NODE_FIRST_OFFICER",
                MissionNode.OFFICER,
                "NODE_FIRST_OFFICER_PASSWORD",
                MissionNode.OFFICER_PASSWORD,
                "NODE_CLIENT_SECRET",
                secret,
                "NODE_TOKEN_ENDPOINT",
                Callers.tokenEndpoint(),
                "NODE_REGISTRY_URL",
                RegistryApi.baseUrl(),
                "NODE_SYNC_INTERVAL",
                "PT1H"));
        try (MissionNode node = MissionNode.start(data, env, "throttle");
                ConsoleBrowser browser = ConsoleBrowser.unsigned("mission-node-throttle", "en-ne")) {
            node.login(MissionNode.OFFICER, MissionNode.OFFICER_PASSWORD);
            assertEquals(
                    201,
                    node.postJson(
                                    "officers",
                                    jakarta.json.Json.createObjectBuilder()
                                            .add("username", "officer.two")
                                            .add("password", "second-officer-password")
                                            .build())
                            .statusCode());
            browser.visit(node.url(), "login");
            for (int i = 0; i < 5; i++) {
                browser.type("u", MissionNode.OFFICER);
                browser.type("p", "not the password " + i);
                browser.click("login");
                browser.page("login-failed-" + (i + 1));
                assertTrue(browser.present("login-failed"), browser.pageText());
            }
            // the right password is refused while the name is locked; another officer gets in
            assertFalse(node.anotherSession().tryLogin(MissionNode.OFFICER, MissionNode.OFFICER_PASSWORD));
            assertTrue(node.anotherSession().tryLogin("officer.two", "second-officer-password"));
            String locked = "node login locked for officer name '" + MissionNode.OFFICER + "'";
            String log = await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> Files.readString(node.log(), StandardCharsets.ISO_8859_1), l -> l.contains(locked));
            assertTrue(log.contains("node login failed for officer name '" + MissionNode.OFFICER + "' from "), log);
            assertFalse(log.contains("not the password"), "a tried password is in the log");
        }
    }

    /** Fills the form with a valid notification but for the document number. */
    private static void fill(ConsoleBrowser browser, String idNumber) {
        browser.type("givenName", "Browser");
        browser.type("familyName", Samples.familyName());
        browser.setValue("dateOfBirth", "1991-05-02");
        browser.choose("sex", "2");
        browser.choose("idType", "PASSPORT");
        browser.type("idNumber", idNumber);
        browser.choose("idCountry", "NPL");
        browser.choose("destinationCountry", "QAT");
        browser.type("employer", "Doha Care Services");
        browser.setValue("departureDate", "2023-01-10");
        browser.choose("returnModality", "END_OF_CONTRACT");
        browser.type("returnReason", "Contract completed");
        browser.setValue("expectedArrivalDate", LocalDate.now().plusDays(10).toString());
    }
}
