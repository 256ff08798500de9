package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.ConsoleBrowser;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * The administrator sets the registry up in a real browser, in Nepali: registers an organisation
 * (a malformed code refused at its field; the new system's credentials shown once), routes a service's referrals
 * to it, and sets where it takes its messages (an address of another scheme refused at its field). The route the
 * test changes is put back.
 */
class ConsoleAdminSetupIT extends DeployedRegistry {

    private static final String ADMIN = "admin.demo";
    private static final String SERVICE = "SHELTER";

    /** The console's client accepts the test domain's address (the realm file names the run command's). */
    @BeforeAll
    static void consoleClientKnowsTheTestAddress() {
        Callers.mission(Samples.MISSION);
        ConsoleBrowser.consoleClientKnowsTheTestAddress();
    }

    private static Optional<String> route(String service) {
        return RegistryApi.get(API + "/referral-routes").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("service").equals(service))
                .map(r -> r.getString("recipient"))
                .findFirst();
    }

    private static void putRoute(String service, String recipient) {
        RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(API + "/referral-routes/" + service))
                        .header("Content-Type", RegistryApi.JSON)
                        .header("Accept", RegistryApi.JSON)
                        .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("recipient", recipient)
                                .build()
                                .toString())))
                .expect(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ne"})
    void registersAnOrganisationRoutesToItAndSetsItsEndpoint(String lang) throws Exception {
        String code = "NPL-SETUP-" + lang.toUpperCase();
        Optional<String> before = route(SERVICE);
        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("admin-setup", lang, ADMIN)) {
            browser.open("nav-organisations", "organisations");
            browser.type("register:code", "not a code");
            browser.type("register:name", "Ministry of Labour, Employment and Social Security");
            browser.click("register:register");
            browser.page("code-refused");
            assertFalse(browser.text("register:code-error").isEmpty(), browser.pageText());
            assertFalse(browser.present("registered"), browser.pageText());

            browser.type("register:code", code);
            browser.type("register:name", "Ministry of Labour, Employment and Social Security");
            browser.choose("register:type", "MINISTRY");
            browser.click("register:register");
            browser.page("registered");
            assertEquals(code, browser.text("registered-code"));
            assertFalse(browser.text("registered-client").isEmpty(), browser.pageText());
            assertTrue(browser.text("registered-secret").length() >= 16, "the secret is shown once");
            JsonObject registered =
                    RegistryApi.get(API + "/organisations/" + code).expect(200).json();
            assertEquals("ACTIVE", registered.getString("status"), registered::toString);

            browser.open("nav-routes", "routes");
            browser.choose("routes:service", SERVICE);
            browser.type("routes:recipient", code);
            browser.click("routes:save");
            browser.page("routed");
            assertEquals(
                    code,
                    browser.all("#route-list tbody tr[data-service=" + SERVICE + "]")
                            .get(0)
                            .getAttribute("data-recipient"));
            assertEquals(Optional.of(code), route(SERVICE));

            browser.type("endpoints:organisation", code);
            browser.click("endpoints:open");
            browser.page("endpoint-form");
            browser.type("endpoints:pushUrl", "ftp://127.0.0.1/inbox");
            browser.click("endpoints:save");
            browser.page("endpoint-refused");
            assertFalse(browser.text("endpoints:pushUrl-error").isEmpty(), browser.pageText());

            String push = "http://127.0.0.1:9/" + lang + "/inbox";
            browser.type("endpoints:pushUrl", push);
            browser.click("endpoints:save");
            browser.page("endpoint-saved");
            assertTrue(browser.present("endpoint-saved"), browser.pageText());
            JsonObject endpoint = RegistryApi.get(API + "/delivery-endpoints/" + code)
                    .expect(200)
                    .json();
            assertEquals(push, endpoint.getString("pushUrl"), endpoint::toString);
        } finally {
            before.ifPresent(recipient -> putRoute(SERVICE, recipient));
        }
    }
}
