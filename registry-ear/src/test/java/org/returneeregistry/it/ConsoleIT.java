package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;
import static org.returneeregistry.it.support.RegistryApi.NOTIFICATIONS;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.ConsoleBrowser;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * The web console as people use it, in a real browser (headless chromium) through Keycloak's login page, in
 * English and in Nepali: the auditor finds a deny, opens it, verifies the chain, exports the search as CSV and
 * the signed bundle, and sees a rewritten row named as the first broken entry; the mission officer submits a
 * notification with a mistake, sees the error at its field, corrects it, gets the registry number, and a
 * resubmission shows the same acknowledgement; the administrator suspends an organisation, whose next API call
 * is refused; a mission officer opening an auditor's page gets the refusal page. Every page is photographed
 * and checked with axe-core ({@link ConsoleBrowser}).
 *
 * <p>These scenarios run in both languages; the other console tests drive their pages in Nepali only, the language
 * a page reaches through the banner's switch (the harder path: Devanagari text, locale-formatted dates and numbers),
 * while the registry-console unit test {@code MessagesTest} holds every English text to a Nepali one.
 */
class ConsoleIT extends DeployedRegistry {

    private static final String AUDITOR = "auditor.demo";
    private static final String MISSION_OFFICER = "officer.doh";
    private static final String ADMIN = "admin.demo";

    /** The console's client accepts the test domain's address (the realm file names the run command's). */
    @BeforeAll
    static void consoleClientKnowsTheTestAddress() {
        Callers.mission(Samples.MISSION);
        ConsoleBrowser.consoleClientKnowsTheTestAddress();
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(
                System.getProperty("registry.it.jdbcUrl"),
                System.getProperty("registry.it.jdbcUser"),
                System.getProperty("registry.it.jdbcPassword"));
    }

    /** A returnee and a read of it without consent: a DENY in the decision log, by REST. */
    private static String returneeWithADeny() {
        String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        RegistryApi.sendAs(
                        Callers.ministrySystem(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + rn
                                        + "/disclosure?purpose=SKILLS_RECOGNITION&category=IDENTITY"))
                                .header("Accept", JSON)
                                .GET())
                .expect(403);
        return rn;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ne"})
    void auditorFindsADenyVerifiesTheChainAndExportsIt(String lang) throws Exception {
        String rn = returneeWithADeny();
        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("auditor", lang, AUDITOR)) {
            browser.open("nav-decisions", "decision-log");
            browser.type("search:returnee", rn);
            browser.choose("search:outcome", "DENY");
            browser.click("search:find");
            browser.page("deny-found");
            assertEquals(1, browser.all("#entries tbody tr.deny").size(), browser.pageText());
            assertFalse(rn.isEmpty() || browser.title().contains(rn), "no registry number in the page title");
            assertFalse(browser.url().contains(rn), "no registry number in the address");

            browser.clickSelector("#entries tbody tr.deny input[type=submit]");
            browser.page("deny-detail");
            String detail = browser.text("detail");
            assertTrue(detail.contains("SKILLS_RECOGNITION") && detail.contains("REST"), detail);

            Path csv = browser.download("search:csv", "decision-log.csv");
            List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(rows.get(0).startsWith("id,sequence,decidedAt,organisation"), rows.toString());
            assertEquals(2, rows.size(), rows.toString());
            assertTrue(rows.get(1).contains(",DENY,"), rows.toString());

            Path bundle = browser.download("search:bundle", "decision-log-bundle.json");
            try (JsonReader reader = Json.createReader(Files.newBufferedReader(bundle, StandardCharsets.UTF_8))) {
                JsonObject document = reader.readObject();
                assertEquals("returnee-registry-log-bundle/1", document.getString("format"));
                assertEquals("decision-log", document.getString("log"), document.toString());
                assertTrue(document.containsKey("keys") && document.containsKey("checkpoints"), document::toString);
            }
            // the downloaded file, byte for byte, verifies offline as an auditor would check it
            LogBundleIT.Verified verified = LogBundleIT.verifyOffline(bundle);
            assertEquals(0, verified.exit(), verified::output);
            assertTrue(verified.output().contains("INTACT"), verified::output);

            browser.click("verify:verify-button");
            browser.page("chain-verified");
            assertTrue(browser.present("verdict-intact"), browser.pageText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ne"})
    void aRewrittenDecisionIsShownAsTheFirstBrokenEntry(String lang) throws Exception {
        String rn = returneeWithADeny();
        try (Connection db = database()) {
            long[] entry = await().atMost(Duration.ofSeconds(60)).until(() -> linkedDeny(db, rn), e -> e != null);
            long id = entry[0];
            long sequence = entry[1];
            alter(db, id, "IDENTITY", "PERMIT");
            try (ConsoleBrowser browser = ConsoleBrowser.signedIn("tampered", lang, AUDITOR)) {
                browser.open("nav-decisions", "decision-log");
                browser.type("verify:verify-from", Long.toString(sequence));
                browser.click("verify:verify-button");
                browser.page("chain-broken");
                assertTrue(browser.present("verdict-broken"), browser.pageText());
                assertEquals(Long.toString(sequence), browser.text("first-broken"));
            } finally {
                alter(db, id, "", "DENY");
            }
        }
    }

    /** The id and sequence number of the newest linked decision, once it is linked; null before. */
    private static long[] linkedDeny(Connection db, String rn) throws Exception {
        try (PreparedStatement p = db.prepareStatement("SELECT id, sequence_number FROM decision_log_entry"
                + " WHERE outcome = 'DENY' ORDER BY id DESC LIMIT 1")) {
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                long sequence = r.getLong(2);
                return r.wasNull() ? null : new long[] {r.getLong(1), sequence};
            }
        }
    }

    private static void alter(Connection db, long id, String granted, String outcome) throws Exception {
        try (PreparedStatement u =
                db.prepareStatement("UPDATE decision_log_entry SET granted = ?, outcome = ? WHERE id = ?")) {
            u.setString(1, granted);
            u.setString(2, outcome);
            u.setLong(3, id);
            assertEquals(1, u.executeUpdate());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ne"})
    void missionOfficerCorrectsAMistakeAndGetsTheRegistryNumberOnce(String lang) throws Exception {
        Instant started = Instant.now().minusSeconds(5);
        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("mission", lang, MISSION_OFFICER)) {
            browser.open("nav-notify", "notification-form");
            String notificationId =
                    browser.element("notification:notificationId").getAttribute("value");
            assertTrue(notificationId.startsWith("WEB-"), notificationId);
            browser.type("notification:identifierNumber", "pt-12");
            browser.type("notification:givenName", "Sita");
            browser.type("notification:familyName", Samples.familyName());
            browser.type("notification:dateOfBirth", "1991-07-03");
            browser.choose("notification:sex", "2");
            browser.choose("notification:destinationCountry", "QAT");
            browser.type("notification:employer", "Gulf Build LLC");
            browser.type("notification:departureDate", "2021-03-01");
            browser.type("notification:endDate", "2025-02-28");
            browser.choose("notification:returnModality", "END_OF_CONTRACT");
            browser.type(
                    "notification:expectedArrivalDate",
                    LocalDate.now().plusDays(10).toString());
            browser.type("notification:returnReason", "Contract completed");
            browser.click("notification:submit");
            browser.page("field-error");
            assertFalse(browser.present("acknowledgement"), browser.pageText());
            assertFalse(browser.text("notification:identifierNumber-error").isEmpty(), browser.pageText());
            assertEquals(
                    "true", browser.element("notification:identifierNumber").getAttribute("aria-invalid"));

            browser.type("notification:identifierNumber", Samples.passportNumber());
            browser.click("notification:submit");
            browser.page("acknowledged");
            String registryNumber = browser.text("registry-number");
            assertTrue(registryNumber.matches(RegistryApi.REGISTRY_NUMBER), browser.pageText());
            assertEquals(notificationId, browser.text("ack-id"));
            String received = browser.text("ack-received");
            String firstTitle = browser.text("ack-title");

            browser.click("notification:submit");
            browser.page("replayed");
            assertEquals(registryNumber, browser.text("registry-number"));
            assertEquals(received, browser.text("ack-received"));
            assertFalse(firstTitle.equals(browser.text("ack-title")), "a replay says it was already received");

            browser.open("nav-notifications", "own-notifications");
            assertTrue(browser.text("notifications").contains(notificationId), browser.pageText());
            assertTrue(browser.text("notifications").contains(registryNumber), browser.pageText());

            // the audit trail saw the console's calls as console calls: the refused submission and the accepted one
            List<JsonObject> entries = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> RegistryApi.sendAs(
                                            Callers.auditor(),
                                            HttpRequest.newBuilder(RegistryApi.uri(API
                                                            + "/audit-entries?pageSize=100&operation=NOTIFICATION_SUBMIT"
                                                            + "&organisation=" + Samples.MISSION
                                                            + "&from=" + started))
                                                    .header("Accept", JSON)
                                                    .GET())
                                    .expect(200)
                                    .array()
                                    .getValuesAs(JsonObject.class),
                            list -> list.stream()
                                            .anyMatch(e -> "CONSOLE".equals(e.getString("channel"))
                                                    && "OK".equals(e.getString("outcome")))
                                    && list.stream()
                                            .anyMatch(e -> "CONSOLE".equals(e.getString("channel"))
                                                    && "ValidationFailed".equals(e.getString("outcome"))));
            assertTrue(
                    entries.stream()
                            .filter(e -> "CONSOLE".equals(e.getString("channel")))
                            .allMatch(e -> MISSION_OFFICER.equals(e.getString("username"))),
                    entries::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ne"})
    void administratorSuspendsAnOrganisationWhoseNextCallIsRefused(String lang) throws Exception {
        String code = "NPL-EMB-CS" + lang.toUpperCase();
        Callers.Caller mission = Callers.mission(code);
        String token = mission.token();
        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("admin", lang, ADMIN)) {
            browser.open("nav-organisations", "organisations");
            browser.clickSelector("input[data-code='" + code + "']");
            browser.page("suspend-form");
            browser.click("organisations:suspend");
            browser.page("reason-missing");
            assertFalse(browser.text("organisations:reason-error").isEmpty(), browser.pageText());
            browser.type("organisations:reason", "Mission closed pending review");
            browser.click("organisations:suspend");
            browser.page("suspended");
            assertTrue(browser.text("org-" + code).contains(lang.equals("ne") ? "निलम्बित" : "Suspended"));
        }
        JsonObject again = Samples.with(
                Samples.notification(Samples.notificationId(), Samples.passportNumber()), "/missionCode", code);
        RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(NOTIFICATIONS))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", JSON)
                        .header("Accept", JSON)
                        .POST(HttpRequest.BodyPublishers.ofString(again.toString())))
                .problem(403, "OrganisationSuspended");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ne"})
    void aMissionOfficerOpeningAnAuditorsPageGetsTheRefusalPage(String lang) throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("forbidden", lang, MISSION_OFFICER)) {
            assertFalse(browser.present("nav-decisions"), "the menu offers no auditor's page");
            browser.go("/auditor/decisions.xhtml", "refused");
            assertTrue(browser.present("forbidden"), browser.pageText());
            assertFalse(browser.present("search:find"), browser.pageText());
            browser.assertNoStackTrace();
        }
    }
}
