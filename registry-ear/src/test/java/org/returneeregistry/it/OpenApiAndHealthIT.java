package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;
import static org.returneeregistry.it.support.RegistryApi.baseUrl;
import static org.returneeregistry.it.support.RegistryApi.get;
import static org.returneeregistry.it.support.RegistryApi.getAnonymously;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.MetricsEndpoint;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;

/**
 * What is published without authentication: health, the OpenAPI document, the WSDLs, the code lists —
 * and what is not: the server's metrics.
 */
class OpenApiAndHealthIT extends DeployedRegistry {

    private static String serverRoot() {
        URI base = URI.create(baseUrl());
        return base.getScheme() + "://" + base.getAuthority();
    }

    @Test
    void healthIsUp() {
        JsonObject health = getAnonymously(serverRoot() + "/health", JSON).expect(200).json();
        assertEquals("UP", health.getString("status"), health::toString);
    }

    @ParameterizedTest
    @CsvSource({"/metrics", "/metrics?scope=application", "/metrics?scope=base", "/metrics?scope=vendor"})
    void metricsAreNotAnonymousButAnswerTheMetricsReaderOverHttps(String path) {
        Answer overHttp = getAnonymously(serverRoot() + path, "text/plain");
        assertEquals(302, overHttp.status(), overHttp::toString);
        assertTrue(overHttp.header("Location").orElse("").startsWith("https://"), overHttp::toString);
        assertFalse(overHttp.body().contains("# TYPE"), overHttp::toString);
        MetricsEndpoint.Reply anonymous = MetricsEndpoint.get(path, null);
        assertEquals(401, anonymous.status(), anonymous::toString);
        assertFalse(anonymous.body().contains("# TYPE"), anonymous::toString);
        MetricsEndpoint.Reply wrong = MetricsEndpoint.get(path, "Basic bWV0cmljcy1yZWFkZXI6Z3Vlc3M=");
        assertEquals(401, wrong.status(), wrong::toString);
        MetricsEndpoint.Reply reader = MetricsEndpoint.get(path, RegistryApi.metricsReader());
        assertTrue(reader.status() == 200 || reader.status() == 404 && path.endsWith("application"), reader::toString);
    }

    @Test
    void openApiDocumentDescribesTheRestApi() {
        Answer openApi = getAnonymously(serverRoot() + "/openapi", JSON).expect(200);
        JsonObject document = openApi.json();
        assertTrue(document.getString("openapi", "").startsWith("3."), openApi::toString);
        Set<String> paths = document.getJsonObject("paths").keySet();
        assertTrue(paths.stream().anyMatch(p -> p.endsWith("/return-notifications")), () -> "paths: " + paths);
        assertTrue(paths.stream().anyMatch(p -> p.endsWith("/returnees/{registryNumber}/corrections")), () -> "paths: " + paths);
        assertTrue(getAnonymously(serverRoot() + "/openapi", "text/plain").expect(200).body().contains("/return-notifications"),
                "the YAML form as well");
    }

    @ParameterizedTest
    @CsvSource({
            "ReturnNotificationService, SubmitReturnNotification, GetNotificationStatus",
            "ReturneeRegistryService, RegisterReturnee, GetReturneeHistory",
            "ReferralService, ListReferrals, ReportReferralOutcome"})
    void wsdlIsPublishedAnonymouslyWithItsOperationsAndThisServersAddress(String service, String op1, String op2) {
        Answer wsdl = getAnonymously("/soap/" + service + "?wsdl", "text/xml").expect(200);
        String body = wsdl.body();
        assertTrue(body.contains("definitions"), wsdl::toString);
        assertTrue(body.contains("name=\"" + op1 + "\"") && body.contains("name=\"" + op2 + "\""), wsdl::toString);
        assertTrue(body.contains("location=\"" + baseUrl() + "/soap/" + service + "\""),
                () -> "soap:address must name the address the WSDL was fetched from: " + wsdl);
    }

    @Test
    void countryCodeListContainsNepal() {
        Answer countries = get(API + "/code-lists/country").expect(200);
        assertTrue(countries.body().contains("\"NPL\""), countries::toString);
        assertTrue(get(API + "/code-lists").expect(200).body().contains("return-modality"));
    }

    @Test
    void unknownCodeListIsNotFound() {
        get(API + "/code-lists/no-such-list").problem(404, "NotFound");
    }
}
