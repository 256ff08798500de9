package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * the right one is refused meanwhile, another officer still logs in, the node's log names the lock, and once the
 * lock's time (a short NODE_LOGIN_LOCK here) has passed the right password gets in again.
 */
class MissionNodeBrowserIT extends DeployedRegistry {

    private static final String MISSION = "NPL-EMB-NBR";
    private static final String THROTTLE_MISSION = "NPL-EMB-NTH";
    /**
     * The throttle's node locks a name for this long (NODE_LOGIN_LOCK; five minutes by default): long enough for the
     * test to see the right password refused meanwhile, short enough to see the lock end.
     */
    private static final Duration LOCK = Duration.ofSeconds(15);

    private static final Pattern LOCKED_UNTIL = Pattern.compile(
            "node login locked for officer name '" + Pattern.quote(MissionNode.OFFICER) + "' until (\\S+)");
    private static final Pattern REGISTRY_NUMBER = Pattern.compile("RR-\\d{4}-\\d{4}-\\d");

    /**
     * Each test drives a node of its own, for a mission of its own; the two nodes' starts (Payara Micro's boot,
     * most of either test's time) run side by side, begun before the first test.
     */
    private static final Map<String, CompletableFuture<MissionNode>> NODES = new ConcurrentHashMap<>();

    @BeforeAll
    static void startTheNodesSideBySide() {
        NODES.put(
                "browser",
                CompletableFuture.supplyAsync(
                        () -> start(MISSION, "mission node browser passphrase", "browser", Map.of())));
        NODES.put(
                "throttle",
                CompletableFuture.supplyAsync(() -> start(
                        THROTTLE_MISSION,
                        "mission node throttle passphrase",
                        "throttle",
                        Map.of("NODE_LOGIN_LOCK", LOCK.toString()))));
    }

    @AfterAll
    static void stopTheNodes() {
        NODES.values().forEach(n -> n.thenAccept(MissionNode::close));
    }

    /** A node of its own for a mission registered for it, online (a sync only when asked for). */
    private static MissionNode start(String mission, String passphrase, String name, Map<String, String> settings) {
        try {
            String secret = Callers.registered(mission, "MISSION", "QAT", "mission-officer");
            Map<String, String> env = MissionNode.firstStart(mission, secret, passphrase, RegistryApi.baseUrl());
            env.putAll(settings);
            return MissionNode.start(MissionNode.newDataDirectory(), env, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test's node, once started (a failed start fails the test with the start's own exception). */
    private static MissionNode node(String name) {
        try {
            return NODES.get(name).get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("the mission node " + name + " did not start", e);
        }
    }

    @Test
    void anOfficerCapturesCorrectsSyncsAndSeesTheRegistryNumber() throws Exception {
        try (MissionNode node = node("browser");
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
        try (MissionNode node = node("throttle");
                ConsoleBrowser browser = ConsoleBrowser.unsigned("mission-node-throttle", "en-ne")) {
            // the first officer adds two officers on the officers' page, a mistake shown at its field first
            browser.visit(node.url(), "login");
            browser.type("u", MissionNode.OFFICER);
            browser.type("p", MissionNode.OFFICER_PASSWORD);
            browser.click("login");
            browser.page("home");
            browser.click("officers-link");
            browser.page("officers");
            browser.type("username", "officer.two");
            browser.type("password", "too short");
            browser.type("password2", "too short");
            browser.click("add");
            browser.page("officers-mistake");
            assertEquals("true", browser.element("password").getAttribute("aria-invalid"));
            assertEquals("password-error", browser.element("password").getAttribute("aria-describedby"));
            assertTrue(browser.text("password-error").contains("at least 12"), browser.text("password-error"));
            assertEquals("officer.two", browser.element("username").getAttribute("value"));
            assertFalse(browser.present("officer-officer.two"), "an officer with a mistake was added");
            browser.type("password", "second-officer-password");
            browser.type("password2", "second-officer-passwort");
            browser.click("add");
            browser.page("officers-passwords-differ");
            assertEquals("the two passwords differ", browser.text("password2-error"));
            browser.type("password", "second-officer-password");
            browser.type("password2", "second-officer-password");
            browser.click("add");
            browser.page("officer-added");
            assertTrue(browser.text("added").contains("officer.two"), browser.text("added"));
            assertTrue(
                    browser.text("officer-officer.two").contains(MissionNode.OFFICER), "who added them is not shown");
            assertFalse(browser.present("disable-" + MissionNode.OFFICER), "an officer may disable themselves");
            browser.type("username", "officer.three");
            browser.type("password", "third-officer-password");
            browser.type("password2", "third-officer-password");
            browser.click("add");
            browser.page("officer-added-again");

            // the third officer is logged in elsewhere; disabling ends that session at once and refuses a new login
            MissionNode third = node.anotherSession().login("officer.three", "third-officer-password");
            assertEquals(200, third.get("api/notifications").statusCode());
            browser.click("disable-officer.three");
            browser.page("officer-disabled");
            assertTrue(
                    browser.text("officer-officer.three").contains("disabled"), browser.text("officer-officer.three"));
            assertEquals(401, third.get("api/notifications").statusCode(), "a disabled officer's session goes on");
            assertFalse(node.anotherSession().tryLogin("officer.three", "third-officer-password"));
            assertFalse(browser.present("disable-officer.three"), "a disabled officer can be disabled again");

            // log out, from the officers' page: the browser is back at the login page
            browser.click("logout");
            browser.page("logged-out");
            assertTrue(browser.present("login"), browser.pageText());

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

            // the lock ends when the log said it would: the right password gets in again, once that time has passed
            Matcher until = LOCKED_UNTIL.matcher(log);
            assertTrue(until.find(), log);
            Instant end = Instant.parse(until.group(1));
            await().atMost(LOCK.plusSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Instant.now().isAfter(end)
                            && node.anotherSession().tryLogin(MissionNode.OFFICER, MissionNode.OFFICER_PASSWORD));
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
