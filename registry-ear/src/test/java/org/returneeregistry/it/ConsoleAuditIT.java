package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.ConcurrentCalls;
import org.returneeregistry.it.support.ConsoleBrowser;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.PartnerPeer;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * The auditor's audit trail and cross-border message log pages in a real browser, in Nepali: the
 * calls of an organisation of the test's own are found, paged through and opened; a partner's unsigned notice is
 * found in the message log by its id and opened, refused.
 */
class ConsoleAuditIT extends DeployedRegistry {

    private static final String AUDITOR = "auditor.demo";
    private static final int CALLS = 25;

    /** The console's client accepts the test domain's address (the realm file names the run command's). */
    @BeforeAll
    static void consoleClientKnowsTheTestAddress() {
        Callers.mission(Samples.MISSION);
        ConsoleBrowser.consoleClientKnowsTheTestAddress();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ne"})
    void theAuditTrailFindsPagesAndOpensAnOrganisationsCalls(String lang) throws Exception {
        String code = "NPL-TRAIL-" + lang.toUpperCase();
        Callers.Caller ministry = Callers.ministrySystem(code);
        String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        ConcurrentCalls.repeat(CALLS, () -> RegistryApi.sendAs(
                        ministry,
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + rn
                                        + "/disclosure?purpose=SKILLS_RECOGNITION&category=IDENTITY"))
                                .header("Accept", JSON)
                                .GET())
                .expect(403));
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> RegistryApi.sendAs(
                                        Callers.auditor(),
                                        HttpRequest.newBuilder(RegistryApi.uri(
                                                        API + "/audit-entries?pageSize=100&organisation=" + code))
                                                .header("Accept", JSON)
                                                .GET())
                                .expect(200)
                                .array()
                                .size(),
                        n -> n == CALLS);

        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("audit-trail", lang, AUDITOR)) {
            browser.open("nav-audit", "audit-trail");
            browser.type("audit:organisation", code);
            browser.click("audit:find");
            browser.page("found");
            assertTrue(browser.text("found").endsWith(lang.equals("ne") ? "२५" : "25"), browser.text("found"));
            assertEquals(20, browser.all("#entries tbody tr").size());
            assertTrue(
                    browser.all("#entries tbody tr").stream()
                            .allMatch(r -> "REST".equals(r.getAttribute("data-channel"))),
                    browser.pageText());

            browser.click("audit:next");
            browser.page("second-page");
            assertEquals(CALLS - 20, browser.all("#entries tbody tr").size(), browser.pageText());
            assertTrue(
                    browser.text("page-of").endsWith(lang.equals("ne") ? "२ / २" : "2 / 2"), browser.text("page-of"));

            browser.clickSelector("#entries tbody tr input[type=submit]");
            browser.page("entry");
            String detail = browser.text("detail");
            assertTrue(detail.contains(code) && detail.contains("REST"), detail);
            assertTrue(browser.text("detail-outcome").length() > 0, detail);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ne"})
    void theMessageLogFindsAndOpensARefusedNotice(String lang) throws Exception {
        Callers.partnerInstitution();
        String agreement = Agreements.inForceForInboundNotices("Console message log " + UUID.randomUUID());
        PartnerPeer peer = PartnerPeer.withNewKey("EC", null, 365);
        Agreements.attach(agreement, peer.pem());
        String messageId = UUID.randomUUID().toString();
        RegistryApi.Answer answer = RegistryApi.sendAs(
                Callers.partnerInstitution(),
                HttpRequest.newBuilder(RegistryApi.uri("/soap/PartnerExchangeService"))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                peer.sign(
                                        PartnerExchangeIT.returnNotice(
                                                messageId, agreement, Instant.now(), Samples.passportNumber(), false),
                                        PartnerPeer.Signing.UNSIGNED),
                                StandardCharsets.UTF_8)));
        assertEquals(500, answer.status(), answer::toString);

        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("message-log", lang, AUDITOR)) {
            browser.open("nav-messages", "message-log");
            browser.type("msglog:messageId", messageId);
            browser.click("msglog:find");
            browser.page("found");
            assertEquals(1, browser.all("#entries tbody tr").size(), browser.pageText());
            assertEquals("REFUSED", browser.all("#entries tbody tr").get(0).getAttribute("data-decision"));

            browser.clickSelector("#entries tbody tr input[type=submit]");
            browser.page("message");
            assertEquals(messageId, browser.text("detail-message"));
            assertTrue(browser.text("detail-decision").startsWith("REFUSED"), browser.text("detail"));
            assertTrue(browser.text("detail").contains(agreement), browser.text("detail"));

            browser.type("msglog:from", "2026-13-01");
            browser.click("msglog:find");
            browser.page("unreadable-day");
            assertTrue(browser.present("msglog:from-error"), browser.pageText());
        }
    }
}
