package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
 * The auditor's charts in a real browser, in Nepali: an organisation of the test's own makes two
 * permitted reads and one denied read; the charts of that organisation's day show exactly those decisions — per
 * day by outcome, the deny under its reason, the reads under their purposes — in the drawn bars, in the figures'
 * tables and in the CSV downloads; the service call is in the audit trail as a console call; a period that ends
 * before it starts is refused at its field.
 */
class ConsoleChartsIT extends DeployedRegistry {

    private static final String AUDITOR = "auditor.demo";
    private static final String READ = "HEALTH_FOLLOW_UP";
    private static final String REFUSED = "SKILLS_RECOGNITION";

    /** The console's client accepts the test domain's address (the realm file names the run command's). */
    @BeforeAll
    static void consoleClientKnowsTheTestAddress() {
        Callers.mission(Samples.MISSION);
        ConsoleBrowser.consoleClientKnowsTheTestAddress();
    }

    private static RegistryApi.Answer read(Callers.Caller caller, String registryNumber, String purpose) {
        return RegistryApi.sendAs(
                caller,
                HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + registryNumber + "/disclosure?purpose="
                                + purpose + "&category=IDENTITY"))
                        .header("Accept", JSON)
                        .GET());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ne"})
    void theChartsShowTheDecisionsTheTestCaused(String lang) throws Exception {
        Instant started = Instant.now().minusSeconds(5);
        String code = "NPL-CHART-" + lang.toUpperCase();
        Callers.Caller ministry = Callers.ministrySystem(code);
        String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        Consents.recorded(rn, code, READ, List.of("IDENTITY"));
        read(ministry, rn, READ).expect(200);
        read(ministry, rn, READ).expect(200);
        read(ministry, rn, REFUSED).problem(403, "NoConsent");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("charts", lang, AUDITOR)) {
            browser.open("nav-charts", "charts");
            browser.type("charts:from", today);
            browser.type("charts:to", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
            browser.click("charts:show");
            browser.page("period-refused");
            assertFalse(browser.text("charts:to-error").isEmpty(), browser.pageText());
            assertFalse(browser.present("chart-days"), browser.pageText());

            browser.type("charts:to", today);
            browser.type("charts:organisation", code);
            browser.click("charts:show");
            browser.page("charts-shown");
            assertFalse(browser.pageText().contains(rn), "no registry number on the page");

            // decisions per day by outcome: the drawn column and the figures' table
            WebElement day = browser.all("svg g.day[data-day='" + today + "']").get(0);
            assertEquals("2", day.getAttribute("data-permits"));
            assertEquals("1", day.getAttribute("data-denies"));
            int permitHeight = height(browser, "svg g.day[data-day='" + today + "'] rect.permit");
            int denyHeight = height(browser, "svg g.day[data-day='" + today + "'] rect.deny");
            assertTrue(denyHeight > 0 && Math.abs(permitHeight - 2 * denyHeight) <= 1, permitHeight + "/" + denyHeight);
            assertEquals(lang.equals("ne") ? "२" : "2", browser.text("total-permits"));
            assertEquals(lang.equals("ne") ? "१" : "1", browser.text("total-denies"));

            // denies by reason: the one deny, under NO_CONSENT
            List<WebElement> reasons = browser.all("svg g.reason");
            assertEquals(1, reasons.size(), browser.pageText());
            assertEquals("NO_CONSENT", reasons.get(0).getAttribute("data-reason"));
            assertEquals("1", reasons.get(0).getAttribute("data-denies"));

            // reads per organisation and purpose
            List<WebElement> pairs = browser.all("svg g.reads");
            assertEquals(2, pairs.size(), browser.pageText());
            assertEquals(code + " · " + READ, pairs.get(0).getAttribute("data-pair"));
            assertEquals("2", pairs.get(0).getAttribute("data-permits"));
            assertEquals("0", pairs.get(0).getAttribute("data-denies"));
            assertEquals(code + " · " + REFUSED, pairs.get(1).getAttribute("data-pair"));
            assertEquals("0", pairs.get(1).getAttribute("data-permits"));
            assertEquals("1", pairs.get(1).getAttribute("data-denies"));

            // the figures behind each chart, as CSV
            List<String> days = lines(browser.download("charts:csv-days", "decisions-per-day.csv"));
            assertEquals("day,permits,denies,total", days.get(0));
            assertEquals(List.of("day,permits,denies,total", today + ",2,1,3"), days);
            assertEquals(
                    List.of("reason,denies", "NO_CONSENT,1"),
                    lines(browser.download("charts:csv-reasons", "denies-by-reason.csv")));
            assertEquals(
                    List.of(
                            "organisation,purpose,permits,denies,total",
                            code + "," + READ + ",2,0,2",
                            code + "," + REFUSED + ",0,1,1"),
                    lines(browser.download("charts:csv-reads", "reads-by-organisation-and-purpose.csv")));
        }

        // the figures were asked for through the console, and the audit trail says so
        List<JsonObject> entries = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> RegistryApi.sendAs(
                                        Callers.auditor(),
                                        HttpRequest.newBuilder(RegistryApi.uri(API
                                                        + "/audit-entries?pageSize=100&operation=DECISION_LOG_FIGURES"
                                                        + "&from=" + started))
                                                .header("Accept", JSON)
                                                .GET())
                                .expect(200)
                                .array()
                                .getValuesAs(JsonObject.class),
                        list -> list.stream()
                                .anyMatch(e -> "CONSOLE".equals(e.getString("channel"))
                                        && "OK".equals(e.getString("outcome"))
                                        && AUDITOR.equals(e.getString("username"))));
        assertTrue(
                entries.stream().anyMatch(e -> "ValidationFailed".equals(e.getString("outcome"))), entries::toString);
    }

    private static int height(ConsoleBrowser browser, String css) {
        return Integer.parseInt(browser.all(css).get(0).getAttribute("height"));
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
