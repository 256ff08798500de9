package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.ConsoleBrowser;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.Outboxes;
import org.returneeregistry.it.support.PushReceiver;
import org.returneeregistry.it.support.Samples;

/**
 * The administrator's outbox in a real browser, in Nepali: two pushes a ministry refused are dead
 * letters; one is retried and then delivered, the other abandoned — refused without a reason, then with one, which
 * stays with the message.
 */
class ConsoleAdminIT extends DeployedRegistry {

    private static final String ADMIN = "admin.demo";
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    /** The console's client accepts the test domain's address (the realm file names the run command's). */
    @BeforeAll
    static void consoleClientKnowsTheTestAddress() {
        Callers.mission(Samples.MISSION);
        ConsoleBrowser.consoleClientKnowsTheTestAddress();
    }

    private static String push(String id, String recipient) {
        return Outboxes.pushBody(
                id,
                "REFERRAL_CREATED",
                recipient,
                Json.createObjectBuilder().add("referralId", id).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ne"})
    void aDeadLetterIsRetriedAndAnotherAbandonedWithAReason(String lang) throws Exception {
        String ministry = Outboxes.ministry("NPL-OBX-" + lang.toUpperCase());
        try (PushReceiver receiver = PushReceiver.start(0)) {
            Outboxes.setEndpoint(ministry, receiver.url(), null, null);
            String retried = Outboxes.newId();
            String abandoned = Outboxes.newId();
            receiver.refuseOnce(retried, 400);
            receiver.refuseOnce(abandoned, 400);
            Outboxes.insert(retried, ministry, "REFERRAL_CREATED", "JSON_PUSH", null, push(retried, ministry));
            Outboxes.insert(abandoned, ministry, "REFERRAL_CREATED", "JSON_PUSH", null, push(abandoned, ministry));
            for (String id : List.of(retried, abandoned)) {
                Outboxes.awaitMessage(ministry, id, DELIVERY, "DEAD_LETTER", m -> Outboxes.hasStatus(m, "DEAD_LETTER"));
            }

            try (ConsoleBrowser browser = ConsoleBrowser.signedIn("outbox", lang, ADMIN)) {
                browser.open("nav-outbox", "outbox");
                browser.type("outbox:recipient", ministry);
                browser.click("outbox:find");
                browser.page("dead-letters");
                assertEquals(
                        2,
                        browser.all("#entries tbody tr[data-status=DEAD_LETTER]")
                                .size(),
                        browser.pageText());

                browser.clickSelector("input[data-retry='" + retried + "']");
                browser.page("retried");
                assertEquals(1, browser.all("#entries tbody tr").size(), browser.pageText());
                assertEquals(abandoned, browser.all("#entries tbody tr").get(0).getAttribute("data-id"));

                browser.clickSelector("input[data-abandon='" + abandoned + "']");
                browser.page("abandon-form");
                browser.click("outbox:abandon");
                browser.page("reason-missing");
                assertFalse(browser.text("outbox:reason-error").isEmpty(), browser.pageText());
                String reason = "Ministry closed this channel; referral handed over in person";
                browser.type("outbox:reason", reason);
                browser.click("outbox:abandon");
                browser.page("abandoned");
                assertEquals(0, browser.all("#entries tbody tr").size(), browser.pageText());

                browser.choose("outbox:status", "DISCARDED");
                browser.click("outbox:find");
                browser.page("discarded");
                assertEquals(
                        1,
                        browser.all("#entries tbody tr[data-status=DISCARDED]").size(),
                        browser.pageText());
                assertTrue(browser.pageText().contains(reason), browser.pageText());
            }

            JsonObject gone = Outboxes.message(ministry, abandoned).orElseThrow();
            assertEquals("DISCARDED", gone.getString("status"), gone::toString);
            Outboxes.awaitMessage(
                    ministry, retried, DELIVERY, "DELIVERED after the retry", m -> Outboxes.hasStatus(m, "DELIVERED"));
            assertNull(receiver.push(abandoned), "the abandoned message was never taken in");
            assertNotNull(receiver.push(retried), "the retried message was taken in");
        }
    }
}
