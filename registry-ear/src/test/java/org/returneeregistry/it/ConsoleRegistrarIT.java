package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
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
 * The registrar at the console in a real browser, in Nepali: a search without a declared purpose
 * is refused; with one it finds the returnee by passport; the record and its history open (decided and logged
 * with channel CONSOLE); a correction without a reason is refused at its field, with one it changes the record and
 * adds to the history; a referral is created.
 */
class ConsoleRegistrarIT extends DeployedRegistry {

    private static final String REGISTRAR = "registrar.demo";
    private static final String PURPOSE = "REINTEGRATION_SERVICES";

    /** The console's client accepts the test domain's address (the realm file names the run command's). */
    @BeforeAll
    static void consoleClientKnowsTheTestAddress() {
        Callers.mission(Samples.MISSION);
        Callers.ministrySystem();
        ConsoleBrowser.consoleClientKnowsTheTestAddress();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ne"})
    void theRegistrarFindsReadsCorrectsAndRefers(String lang) throws Exception {
        String passport = Samples.passportNumber();
        String rn = RegistryApi.register(Samples.registration(passport)).getString("registryNumber");

        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("registrar", lang, REGISTRAR)) {
            browser.open("nav-returnees", "returnees");
            browser.type("find:identifierNumber", passport);
            browser.click("find:search");
            browser.page("purpose-missing");
            assertFalse(browser.present("hits"), browser.pageText());
            assertFalse(browser.text("messages").isEmpty(), "the refusal is said: " + browser.pageText());

            browser.choose("find:purpose", PURPOSE);
            browser.click("find:search");
            browser.page("found");
            assertEquals(1, browser.all("#hits tbody tr").size(), browser.pageText());
            assertFalse(
                    browser.title().contains(rn) || browser.url().contains(rn), "no registry number in the address");

            browser.clickSelector("input[data-open='" + rn + "']");
            browser.page("record");
            assertEquals(rn, browser.text("record-number"));
            int historyBefore = browser.all("#history tbody tr").size();
            assertTrue(historyBefore >= 1, browser.pageText());

            browser.type("correct:homeDistrict", "Syangja");
            browser.click("correct:save");
            browser.page("reason-missing");
            assertFalse(browser.text("correct:reason-error").isEmpty(), browser.pageText());

            browser.type("correct:homeDistrict", "Syangja");
            browser.type("correct:reason", "The returnee moved back to the family home");
            browser.click("correct:save");
            browser.page("corrected");
            assertEquals("Syangja", browser.text("record-district"));
            assertEquals(historyBefore + 1, browser.all("#history tbody tr").size(), browser.pageText());
            assertTrue(browser.text("history").contains("The returnee moved back to the family home"));

            browser.choose("refer:service", "HEALTH");
            browser.type("refer:recipient", Callers.MINISTRY);
            browser.type("refer:reason", "A health check after the return");
            browser.click("refer:create");
            browser.page("referred");
            assertFalse(browser.text("referral-id").isEmpty(), browser.pageText());
            assertFalse(browser.text("referral-status").isEmpty(), browser.pageText());
        }

        // the console's reads were decided and logged as console reads, for the declared purpose
        List<JsonObject> decisions = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> RegistryApi.sendAs(
                                        Callers.auditor(),
                                        HttpRequest.newBuilder(
                                                        RegistryApi.uri(API + "/decision-log?pageSize=100&returnee="
                                                                + rn + "&channel=CONSOLE"))
                                                .header("Accept", JSON)
                                                .GET())
                                .expect(200)
                                .array()
                                .getValuesAs(JsonObject.class),
                        list -> list.size() >= 3);
        assertTrue(
                decisions.stream()
                        .allMatch(
                                d -> PURPOSE.equals(d.getString("purpose")) && "PERMIT".equals(d.getString("outcome"))),
                decisions::toString);
    }
}
