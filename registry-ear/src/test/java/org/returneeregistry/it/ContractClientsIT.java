package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.JSON;
import static org.returneeregistry.it.support.RegistryApi.baseUrl;
import static org.returneeregistry.it.support.RegistryApi.getAnonymously;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.GeneratedClient;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * Every published contract works, unmodified, in the toolkits integrators use: clients are generated from
 * the live documents of the deployed registry, compiled, and make real calls with real tokens, including
 * a refusal whose stable code the client reads.
 */
class ContractClientsIT extends DeployedRegistry {

    /** The OpenAPI document the build publishes; the live one must not drift from it. */
    private static final Path COMMITTED_OPENAPI = Path.of("..", "docs", "openapi.json");

    private static final Path WORK = Path.of("target", "contract-clients");
    private static final String INVOKER = "org.example.registry.client";
    private static final String API_PACKAGE = "org.example.registry.client.api";
    private static final String MODEL = "org.example.registry.client.model";

    private static String serverRoot() {
        URI base = URI.create(baseUrl());
        return base.getScheme() + "://" + base.getAuthority();
    }

    private static JsonObject liveOpenApi() {
        return getAnonymously(serverRoot() + "/openapi", JSON).expect(200).json();
    }

    /** What depends on where the server runs (its ports) is left out of the comparison. */
    private static JsonObject portable(JsonObject document) {
        return Json.createObjectBuilder(document).remove("servers").build();
    }

    @Test
    void liveOpenApiDocumentIsTheCommittedOne() throws Exception {
        JsonObject committed = Json.createReader(new StringReader(Files.readString(COMMITTED_OPENAPI)))
                .readObject();
        JsonObject live = liveOpenApi();
        if (!portable(committed).equals(portable(live))) {
            Path written = WORK.resolve("openapi-live.json");
            Files.createDirectories(WORK);
            Files.writeString(written, live.toString());
            throw new AssertionError("the live /openapi differs from docs/openapi.json: the published REST contract"
                    + " changed. If the change is intended, copy " + written.toAbsolutePath()
                    + " (formatted) to docs/openapi.json and add a CHANGELOG line.");
        }
    }

    @Test
    void openApiGeneratorJavaClientSubmitsANotificationAndReadsUnderConsent() throws Exception {
        Path dir = WORK.resolve("openapi-java");
        Files.createDirectories(dir);
        Path spec = dir.resolve("openapi.json");
        Files.writeString(spec, liveOpenApi().toString());
        CodegenConfigurator generator = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(spec.toAbsolutePath().toString())
                .setOutputDir(dir.resolve("generated").toAbsolutePath().toString())
                .setValidateSpec(true)
                .setInvokerPackage(INVOKER)
                .setApiPackage(API_PACKAGE)
                .setModelPackage(MODEL)
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("hideGenerationTimestamp", true)
                // the client's own sources only: its unit-test stubs and Markdown pages are neither compiled nor run
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        long started = System.nanoTime();
        new DefaultGenerator().opts(generator.toClientOptInput()).generate();
        long generated = System.nanoTime();
        GeneratedClient client =
                GeneratedClient.compile(dir.resolve("generated/src/main/java"), dir.resolve("classes"));
        System.out.printf(
                "IT: openapi-generator's Java client generated in %d ms, compiled in %d ms%n",
                (generated - started) / 1_000_000L, (System.nanoTime() - generated) / 1_000_000L);

        Caller mission = Callers.mission(Samples.MISSION);
        Object apiClient = apiClient(client, mission);
        Object notifications = client.create(API_PACKAGE + ".ReturnNotificationsApi", apiClient);
        String notificationId = Samples.notificationId();
        String passport = Samples.passportNumber();
        Object command = json(
                client,
                apiClient,
                MODEL + ".SubmitReturnNotification",
                Samples.notification(notificationId, passport).toString());
        Object ack = GeneratedClient.call(notifications, "submitReturnNotification", command);
        assertEquals(notificationId, GeneratedClient.call(ack, "getNotificationId"), ack::toString);
        String registryNumber = (String) GeneratedClient.call(ack, "getRegistryNumber");
        assertTrue(registryNumber != null && !registryNumber.isBlank(), ack::toString);
        Object status =
                GeneratedClient.call(notifications, "getReturnNotificationStatus", Samples.MISSION, notificationId);
        assertEquals(registryNumber, GeneratedClient.call(status, "getRegistryNumber"), status::toString);

        Caller ministrySystem = Callers.ministrySystem("NPL-MOLSS");
        String ministry = ministrySystem.organisation();
        Object returnees = client.create(API_PACKAGE + ".ReturneesApi", apiClient(client, ministrySystem));
        GeneratedClient.Thrown refused = assertThrows(
                GeneratedClient.Thrown.class,
                () -> GeneratedClient.call(
                        returnees, "discloseReturnee", registryNumber, "HEALTH_FOLLOW_UP", List.of("IDENTITY")));
        assertEquals(403, GeneratedClient.call(refused.getCause(), "getCode"), refused::toString);
        JsonObject problem = Json.createReader(
                        new StringReader((String) GeneratedClient.call(refused.getCause(), "getResponseBody")))
                .readObject();
        assertEquals("NoConsent", problem.getString("code"), problem::toString);

        Consents.recorded(registryNumber, ministry, "HEALTH_FOLLOW_UP", List.of("IDENTITY"));
        Object disclosed = GeneratedClient.call(
                returnees, "discloseReturnee", registryNumber, "HEALTH_FOLLOW_UP", List.of("IDENTITY"));
        assertEquals(registryNumber, GeneratedClient.call(disclosed, "getRegistryNumber"), disclosed::toString);
        assertEquals(List.of("IDENTITY"), GeneratedClient.call(disclosed, "getGrantedCategories"), disclosed::toString);
        Object identity = GeneratedClient.call(disclosed, "getIdentity");
        assertTrue(identity.toString().contains(passport), identity::toString);
    }

    @Test
    void callerErrorsAreClientFaultsWithTheirRegistryFaultCode() {
        String id = Samples.notificationId();
        String passport = Samples.passportNumber();
        RegistryApi.postSoapNotification(
                        Samples.soapSubmission("", Samples.notificationXmlContent(id, passport, "First")))
                .expect(200);
        RegistryApi.Answer conflict = RegistryApi.postSoapNotification(
                Samples.soapSubmission("", Samples.notificationXmlContent(id, passport, "Other content")));
        assertEquals(500, conflict.status(), conflict::toString);
        assertTrue(conflict.body().matches("(?s).*<faultcode>[A-Za-z0-9]+:Client</faultcode>.*"), conflict::toString);
        assertTrue(conflict.body().contains(">DuplicateNotificationConflict</"), conflict::toString);
        RegistryApi.Answer invalid = RegistryApi.postSoapNotification(
                Samples.soapSubmission("", Samples.notificationXmlContent("", passport, "No id")));
        assertTrue(invalid.body().matches("(?s).*<faultcode>[A-Za-z0-9]+:Client</faultcode>.*"), invalid::toString);
        assertTrue(invalid.body().contains(">ValidationFailed</"), invalid::toString);
    }

    /**
     * What is refused before an operation runs is the caller's error too, with a registryFault code: a body element
     * that names no operation (Payara's web-service monitoring alone would fail on it with a NullPointerException,
     * a soap:Server fault), XML that is not well formed (which the SOAP runtime alone would answer as its own
     * failure) and a call without a token.
     */
    @Test
    void requestsRefusedBeforeAnOperationRunsAreClientFaults() {
        String envelope =
                "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>%s</S:Body></S:Envelope>";
        RegistryApi.Answer unknownOperation = RegistryApi.postSoapNotification(
                envelope.formatted("<n:FlyHome xmlns:n=\"https://schemas.returneeregistry.org/notification/v1\"/>"));
        assertClientFault(unknownOperation);
        assertTrue(unknownOperation.body().contains(">MalformedRequest</"), unknownOperation::toString);
        assertTrue(unknownOperation.body().contains("FlyHome"), unknownOperation::toString);
        RegistryApi.Answer notWellFormed = RegistryApi.postSoapNotification(envelope.formatted(
                "<n:GetNotificationStatus xmlns:n=\"https://schemas.returneeregistry.org/notification/v1\">"));
        assertClientFault(notWellFormed);
        assertTrue(notWellFormed.body().contains(">MalformedRequest</"), notWellFormed::toString);
        RegistryApi.Answer anonymous = RegistryApi.sendAnonymously(HttpRequest.newBuilder(
                        RegistryApi.uri("/soap/ReturnNotificationService"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(Samples.soapSubmission(
                        "", Samples.notificationXmlContent(Samples.notificationId(), Samples.passportNumber(), "x")))));
        assertClientFault(anonymous);
        assertTrue(anonymous.body().contains(">NotAuthenticated</"), anonymous::toString);
    }

    private static void assertClientFault(RegistryApi.Answer answer) {
        assertTrue(answer.body().matches("(?s).*<faultcode>[A-Za-z0-9]+:Client</faultcode>.*"), answer::toString);
        assertTrue(
                answer.body().matches("(?s).*<([A-Za-z0-9]+:)?registryFault[ >].*<([A-Za-z0-9]+:)?code>[A-Za-z]+</.*"),
                answer::toString);
    }

    /** The generated ApiClient, pointed at this registry, every request carrying the caller's token. */
    private static Object apiClient(GeneratedClient client, Caller caller) {
        Object apiClient = client.create(INVOKER + ".ApiClient");
        GeneratedClient.call(apiClient, "updateBaseUri", baseUrl());
        Consumer<HttpRequest.Builder> bearer = request -> request.header("Authorization", caller.bearer());
        GeneratedClient.call(apiClient, "setRequestInterceptor", bearer);
        return apiClient;
    }

    /** A model object read from JSON with the generated client's own mapper. */
    private static Object json(GeneratedClient client, Object apiClient, String type, String json) throws Exception {
        Object mapper = GeneratedClient.call(apiClient, "getObjectMapper");
        return mapper.getClass()
                .getMethod("readValue", String.class, Class.class)
                .invoke(mapper, json, client.type(type));
    }
}
