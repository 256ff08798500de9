package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.ConcurrentCalls;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.ConsoleBrowser;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * The auditor's decision log search in a real browser, in Nepali: a returnee read once with consent
 * and refused 101 times; the search orders by outcome both ways, keeps nothing for an agreement the decisions were
 * not taken under, and the CSV export holds all 102 decisions (more than one page of the service).
 */
class ConsoleDecisionLogIT extends DeployedRegistry {

    private static final String AUDITOR = "auditor.demo";
    private static final String READ = "HEALTH_FOLLOW_UP";
    private static final String REFUSED = "SKILLS_RECOGNITION";
    private static final int DENIES = 101;

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
    void theSearchSortsFiltersByAgreementAndExportsEveryEntry(String lang) throws Exception {
        String code = "NPL-SORT-" + lang.toUpperCase();
        Callers.Caller ministry = Callers.ministrySystem(code);
        String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        Consents.recorded(rn, code, READ, List.of("IDENTITY"));
        read(ministry, rn, READ).expect(200);
        ConcurrentCalls.repeat(DENIES, () -> read(ministry, rn, REFUSED).expect(403));

        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("decision-search", lang, AUDITOR)) {
            browser.open("nav-decisions", "decision-log");
            browser.type("search:returnee", rn);
            browser.choose("search:sort", "-outcome");
            browser.click("search:find");
            browser.page("permit-first");
            assertTrue(browser.text("found").endsWith(lang.equals("ne") ? "१०२" : "102"), browser.text("found"));
            List<String> rows = browser.all("#entries tbody tr").stream()
                    .map(r -> r.getAttribute("class"))
                    .toList();
            assertEquals(20, rows.size());
            assertEquals("permit", rows.get(0), rows.toString());
            assertTrue(rows.subList(1, rows.size()).stream().allMatch("deny"::equals), rows.toString());

            browser.choose("search:sort", "outcome");
            browser.click("search:find");
            browser.page("deny-first");
            assertEquals(
                    List.of("deny"),
                    browser.all("#entries tbody tr").stream()
                            .map(r -> r.getAttribute("class"))
                            .distinct()
                            .toList());

            List<String> csv =
                    Files.readAllLines(browser.download("search:csv", "decision-log.csv"), StandardCharsets.UTF_8);
            assertEquals(1 + 1 + DENIES, csv.size(), "every decision, not one page of them");
            assertTrue(csv.get(1).contains(",DENY,"), csv.get(1));
            assertTrue(csv.get(csv.size() - 1).contains(",PERMIT,"), "ordered as the search: denies first");

            browser.type("search:agreement", UUID.randomUUID().toString());
            browser.click("search:find");
            browser.page("other-agreement");
            assertTrue(browser.text("found").endsWith(lang.equals("ne") ? "०" : "0"), browser.text("found"));
            assertEquals(0, browser.all("#entries tbody tr").size(), browser.pageText());
        }
    }
}
