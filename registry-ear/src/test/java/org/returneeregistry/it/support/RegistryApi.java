package org.returneeregistry.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.MessageContext;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.returneeregistry.schemas.wsdl.v1.ConsentPort;
import org.returneeregistry.schemas.wsdl.v1.ConsentService;
import org.returneeregistry.schemas.wsdl.v1.ReferralPort;
import org.returneeregistry.schemas.wsdl.v1.ReferralService;
import org.returneeregistry.schemas.wsdl.v1.ReturnNotificationPort;
import org.returneeregistry.schemas.wsdl.v1.ReturnNotificationService;
import org.returneeregistry.schemas.wsdl.v1.ReturneeRegistryPort;
import org.returneeregistry.schemas.wsdl.v1.ReturneeRegistryService;

/**
 * How the tests reach the deployed registry: plain HTTP (java.net.http) with JSON-P for REST, and the
 * SOAP client that wsimport generated from the contract, bound to the WSDL the server publishes.
 */
public final class RegistryApi {

    public static final String API = "/api/v1";
    public static final String JSON = "application/json";
    public static final String XML = "application/xml";
    public static final String PROBLEM_JSON = "application/problem+json";
    /** The return notifications resource. */
    public static final String NOTIFICATIONS = API + "/return-notifications";
    /** What a registry number looks like: RR, year, serial, check digit. */
    public static final String REGISTRY_NUMBER = "RR-[0-9]{4}-[0-9]{4}-[0-9]";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?([^\";,]+)\"?");

    private RegistryApi() {}

    /** http://127.0.0.1:PORT/registry of the domain the test run started. */
    public static String baseUrl() {
        String base = System.getProperty("registry.baseUrl");
        assertNotNull(base, "registry.baseUrl is not set: the tests must run under Failsafe with ItEnvironment");
        return base;
    }

    /** {@code path} under the context root, e.g. {@code /api/v1/returnees}; absolute http URLs pass through. */
    public static URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : baseUrl() + path);
    }

    /** {@code path?k1=v1&k2=v2} with the values URL-encoded. */
    public static String query(String path, String... keysAndValues) {
        StringBuilder sb = new StringBuilder(path);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            sb.append(i == 0 ? '?' : '&')
                    .append(keysAndValues[i])
                    .append('=')
                    .append(URLEncoder.encode(keysAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    public static Answer get(String path) {
        return get(path, JSON);
    }

    public static Answer get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    /** GET without a token, as anyone may fetch the public documents (health, OpenAPI, WSDL). */
    public static Answer getAnonymously(String path, String accept) {
        return sendAnonymously(
                HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    public static Answer postJson(String path, JsonStructure body) {
        return post(path, JSON, JSON, BodyPublishers.ofString(body.toString()));
    }

    public static Answer post(String path, String contentType, String accept, String body) {
        return post(path, contentType, accept, BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    public static Answer post(String path, String contentType, String accept, BodyPublisher body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .header("Accept", accept)
                .POST(body));
    }

    /**
     * Sends a request with a bearer token: the Authorization the request carries, or else the token of
     * the caller a deployment would use for that resource (see {@link #defaultCaller}).
     */
    public static Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(REQUEST_TIMEOUT).build();
        if (built.headers().firstValue("Authorization").isPresent()) {
            return exchange(built);
        }
        return exchange(HttpRequest.newBuilder(built, (name, value) -> true)
                .header("Authorization", defaultCaller(built.uri().getPath()).bearer())
                .build());
    }

    /** Sends a request as the given caller. */
    public static Answer sendAs(Callers.Caller caller, HttpRequest.Builder request) {
        return exchange(request.timeout(REQUEST_TIMEOUT)
                .header("Authorization", caller.bearer())
                .build());
    }

    /** The Authorization header of the test domain's metrics reader, the only caller /metrics answers. */
    public static String metricsReader() {
        String credentials =
                System.getProperty("registry.it.metricsUser") + ":" + System.getProperty("registry.it.metricsPassword");
        return "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a request as it is, without adding a token. */
    public static Answer sendAnonymously(HttpRequest.Builder request) {
        return exchange(request.timeout(REQUEST_TIMEOUT).build());
    }

    /**
     * The caller whose business a resource is: the test mission's system for return notifications,
     * a registry-admin for organisations, an auditor for the audit entries, a registrar otherwise.
     */
    public static Callers.Caller defaultCaller(String path) {
        if (path.contains(API + "/return-notifications") || path.contains("/soap/ReturnNotificationService")) {
            return Callers.mission(Samples.MISSION);
        }
        if (path.contains(API + "/organisations")
                || path.contains(API + "/agreements")
                || path.contains("/soap/AgreementService")
                || path.contains(API + "/delivery-endpoints")
                || path.contains(API + "/outbox-messages")
                || path.contains(API + "/referral-routes")) {
            return Callers.registryAdmin();
        }
        if (path.contains(API + "/audit-entries")) {
            return Callers.auditor();
        }
        return Callers.registrar();
    }

    private static Answer exchange(HttpRequest built) {
        try {
            var response = HTTP.send(built, BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    built.method() + " " + built.uri(), response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The generated SOAP client, built from the WSDL the deployed registry publishes, calling as the test mission's system. */
    public static ReturnNotificationPort notificationPort() {
        return notificationPort(Callers.mission(Samples.MISSION));
    }

    /** The generated SOAP client calling as {@code caller}, or without a token when it is null. */
    public static ReturnNotificationPort notificationPort(Callers.Caller caller) {
        return withToken(
                new ReturnNotificationService(url("/soap/ReturnNotificationService?wsdl")).getReturnNotificationPort(),
                caller);
    }

    /** The generated SOAP client, built from the WSDL the deployed registry publishes, calling as a registrar. */
    public static ReturneeRegistryPort registryPort() {
        return registryPort(Callers.registrar());
    }

    /** The generated SOAP client calling as {@code caller}, or without a token when it is null. */
    public static ReturneeRegistryPort registryPort(Callers.Caller caller) {
        return withToken(
                new ReturneeRegistryService(url("/soap/ReturneeRegistryService?wsdl")).getReturneeRegistryPort(),
                caller);
    }

    /** The generated consent service client calling as {@code caller}, or without a token when it is null. */
    public static ConsentPort consentPort(Callers.Caller caller) {
        return withToken(new ConsentService(url("/soap/ConsentService?wsdl")).getConsentPort(), caller);
    }

    /** The generated SOAP client of the referral service calling as {@code caller}, or without a token when it is null. */
    public static ReferralPort referralPort(Callers.Caller caller) {
        return withToken(new ReferralService(url("/soap/ReferralService?wsdl")).getReferralPort(), caller);
    }

    /** The generated SOAP client of the agreement service calling as {@code caller}, or without a token when it is null. */
    public static org.returneeregistry.schemas.wsdl.v1.AgreementPort agreementPort(Callers.Caller caller) {
        return withToken(
                new org.returneeregistry.schemas.wsdl.v1.AgreementService(url("/soap/AgreementService?wsdl"))
                        .getAgreementPort(),
                caller);
    }

    public static org.returneeregistry.schemas.wsdl.v1.SocialSecurityPort socialSecurityPort(Callers.Caller caller) {
        return withToken(
                new org.returneeregistry.schemas.wsdl.v1.SocialSecurityService(url("/soap/SocialSecurityService?wsdl"))
                        .getSocialSecurityPort(),
                caller);
    }

    /** The generated SOAP client of the case service calling as {@code caller}, or without a token when it is null. */
    public static org.returneeregistry.schemas.wsdl.v1.CasePort casePort(Callers.Caller caller) {
        return withToken(
                new org.returneeregistry.schemas.wsdl.v1.CaseService(url("/soap/CaseService?wsdl")).getCasePort(),
                caller);
    }

    /** Sends {@code Authorization: Bearer} with every call of the port (a token taken now). */
    public static <P> P withToken(P port, Callers.Caller caller) {
        return withAuthorization(port, caller == null ? null : caller.bearer());
    }

    /** Sends this Authorization header value with every call of the port, or none when it is null. */
    public static <P> P withAuthorization(P port, String authorization) {
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        if (authorization == null) {
            context.remove(MessageContext.HTTP_REQUEST_HEADERS);
        } else {
            context.put(MessageContext.HTTP_REQUEST_HEADERS, Map.of("Authorization", List.of(authorization)));
        }
        return port;
    }

    private static URL url(String path) {
        try {
            return uri(path).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    // ---- REST operations several tests need ----

    /** POST /return-notifications that must be a first receipt: 201 with a Location; answers the acknowledgement. */
    public static JsonObject submitNew(JsonObject notification) {
        Answer answer = postJson(API + "/return-notifications", notification).expect(201);
        assertTrue(answer.header("Location").isPresent(), () -> "201 without Location: " + answer);
        return answer.json();
    }

    /** POST /returnees that must succeed: 201; answers the returnee view. */
    public static JsonObject register(JsonObject registration) {
        return postJson(API + "/returnees", registration).expect(201).json();
    }

    public static JsonObject returnee(String registryNumber) {
        return get(API + "/returnees/" + registryNumber + "?purpose=REINTEGRATION_SERVICES")
                .expect(200)
                .json();
    }

    /** GET /returnees?identifierType=PASSPORT&identifierNumber=..&issuingCountry=..&purpose=..: the hits. */
    public static JsonArray findByPassport(String number, String issuingCountry) {
        return get(query(
                        API + "/returnees",
                        "identifierType",
                        "PASSPORT",
                        "identifierNumber",
                        number,
                        "issuingCountry",
                        issuingCountry,
                        "purpose",
                        "REINTEGRATION_SERVICES"))
                .expect(200)
                .array();
    }

    /** One HTTP exchange, kept whole so a failed assertion shows what was asked and answered. */
    public record Answer(String request, int status, HttpHeaders headers, String body) {

        /** Asserts the status (and, for the REST API, the API-Version header every answer carries). */
        public Answer expect(int expected) {
            assertEquals(expected, status, () -> "unexpected status: " + this);
            if (request.contains(API + "/")) {
                assertEquals(Optional.of("1.0"), header("API-Version"), () -> "API-Version header missing: " + this);
            }
            return this;
        }

        /** Asserts an RFC 9457 problem with this status and registry code; answers it. */
        public JsonObject problem(int expectedStatus, String code) {
            expect(expectedStatus);
            assertTrue(header("Content-Type").orElse("").startsWith(PROBLEM_JSON), () -> "not problem+json: " + this);
            JsonObject problem = json();
            assertEquals(code, problem.getString("code", null), () -> "problem code: " + this);
            assertEquals(expectedStatus, problem.getInt("status", -1), () -> "problem status field: " + this);
            assertTrue(problem.getString("type", "").endsWith(code), () -> "problem type: " + this);
            assertTrue(problem.containsKey("title") && problem.containsKey("detail"), () -> "problem fields: " + this);
            return problem;
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        /** Link header relations (first, prev, next, last) to their URIs. */
        public Map<String, String> links() {
            return headers.allValues("Link").stream()
                    .flatMap(value -> LINK.matcher(value).results())
                    .collect(Collectors.toMap(m -> m.group(2), m -> m.group(1), (a, b) -> a));
        }

        private JsonStructure parse() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                return fail("not JSON: " + this, e);
            }
        }

        @Override
        public String toString() {
            String shown = body.length() > 3000 ? body.substring(0, 3000) + "...(" + body.length() + " chars)" : body;
            return request + " -> " + status + " " + headers.map() + "\n" + shown;
        }
    }

    /** The values of a violation list's {@code field} members. */
    public static List<String> violationFields(JsonObject problem) {
        assertTrue(problem.get("violations") instanceof JsonArray, () -> "no violations list: " + problem);
        return problem.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field"))
                .toList();
    }

    /** Posts a SOAP 1.1 envelope as written to the notification service, as a mission's system would. */
    public static Answer postSoapNotification(String envelope) {
        return send(HttpRequest.newBuilder(uri("/soap/ReturnNotificationService"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)));
    }

    /** A refused notification left nothing: no notification under its key, no returnee with its passport. */
    public static void assertNothingRecorded(String notificationId, String passport) {
        get(API + "/return-notifications/" + Samples.MISSION + "/" + notificationId)
                .problem(404, "NotFound");
        assertEquals(0, findByPassport(passport, Samples.COUNTRY).size(), "a refused request registered " + passport);
    }

    /**
     * The decision log's entries about a returnee, newest first, as an auditor reads them, with {@code extra}
     * query parameters (e.g. {@code "&outcome=DENY"}): {@code items} and the {@code totalCount} the log reports.
     */
    public static JsonObject decisions(String registryNumber, String extra) {
        Answer page = sendAs(
                        Callers.auditor(),
                        HttpRequest.newBuilder(
                                        uri(API + "/decision-log?pageSize=100&returnee=" + registryNumber + extra))
                                .header("Accept", JSON)
                                .GET())
                .expect(200);
        return Json.createObjectBuilder()
                .add("items", page.array())
                .add("totalCount", Integer.parseInt(page.header("X-Total-Count").orElseThrow()))
                .build();
    }
}
