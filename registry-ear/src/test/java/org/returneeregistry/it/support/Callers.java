package org.returneeregistry.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Callers of the registry as the identity provider the test run started knows them, each with a
 * real access token from its token endpoint: the demo people of the realm (password grant on the
 * {@code registry-cli} client) and organisations' systems, which a registry-admin registers through
 * the registry's own organisation API (the registry provisions their Keycloak clients) before they
 * take a token with client credentials.
 */
public final class Callers {

    public static final String OPERATOR = "NPL-DOFE";
    public static final String MINISTRY = "NPL-MOHP";
    public static final String PARTNER = "QAT-GOSI";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private Callers() {}

    /** One caller: how it authenticates, its organisation, and the realm its tokens come from. */
    public record Caller(String name, String organisation, boolean person, String role, String realm) {

        /** A caller of the test run's registry, from its realm. */
        public Caller(String name, String organisation, boolean person, String role) {
            this(name, organisation, person, role, null);
        }

        /** A current access token for this caller (taken again when less than a minute is left). */
        public String token() {
            Token token = TOKENS.compute(
                    (realm == null ? "" : realm + "/") + name,
                    (key, held) ->
                            held != null && held.expires().isAfter(Instant.now().plusSeconds(60)) ? held : fresh(this));
            return token.value();
        }

        public String bearer() {
            return "Bearer " + token();
        }
    }

    private record Token(String value, Instant expires) {}

    public static Caller registryAdmin() {
        return new Caller("admin.demo", OPERATOR, true, "registry-admin");
    }

    public static Caller registrar() {
        return new Caller("registrar.demo", OPERATOR, true, "registrar");
    }

    public static Caller auditor() {
        return new Caller("auditor.demo", OPERATOR, true, "auditor");
    }

    public static Caller socialSecurityOfficer() {
        return new Caller("ssofficer.demo", OPERATOR, true, "social-security-officer");
    }

    /** The embassy officer at NPL-EMB-DOH, a person. */
    public static Caller missionOfficer() {
        return new Caller("officer.doh", Samples.MISSION, true, "mission-officer");
    }

    /** A mission's system (client credentials), the mission registered first if it is not yet. */
    public static Caller mission(String code) {
        return system(code, "MISSION", "QAT", "mission-officer");
    }

    public static Caller ministrySystem() {
        return system(MINISTRY, "MINISTRY", "NPL", "ministry-system");
    }

    /** The system of another ministry, registered first if it is not yet. */
    public static Caller ministrySystem(String code) {
        return system(code, "MINISTRY", "NPL", "ministry-system");
    }

    /**
     * The system of a migrant resource centre serving {@code district}, registered first if it is not
     * yet: its token carries the registrar role and the centre's code, as a case worker's does.
     */
    public static synchronized Caller resourceCentre(String code, String district) {
        if (!SECRETS.containsKey(code)) {
            JsonObject body = Json.createObjectBuilder()
                    .add("code", code)
                    .add("name", "Migrant Resource Centre " + district)
                    .add("type", "MIGRANT_RESOURCE_CENTRE")
                    .add("country", "NPL")
                    .add("district", district)
                    .add("roles", Json.createArrayBuilder().add("registrar"))
                    .build();
            RegistryApi.Answer answer =
                    RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(RegistryApi.API + "/organisations"))
                            .header("Authorization", registryAdmin().bearer())
                            .header("Content-Type", RegistryApi.JSON)
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
            answer.expect(201);
            SECRETS.put(code, answer.json().getJsonObject("credentials").getString("clientSecret"));
        }
        return new Caller(clientId(code), code, false, "registrar");
    }

    public static Caller partnerInstitution() {
        return system(PARTNER, "PARTNER_INSTITUTION", "QAT", "partner-institution");
    }

    /** A caller of each of the seven roles. */
    public static Map<String, Caller> oneOfEachRole() {
        return java.util.stream.Stream.of(
                        registrar(),
                        mission(Samples.MISSION),
                        ministrySystem(),
                        partnerInstitution(),
                        socialSecurityOfficer(),
                        auditor(),
                        registryAdmin())
                .collect(Collectors.toMap(Caller::role, c -> c, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The client id the registry gives an organisation's system in Keycloak. */
    public static String clientId(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    public static String keycloakUrl() {
        return required("registry.it.keycloakUrl");
    }

    public static String realm() {
        return System.getProperty("registry.it.realm", "returnee-registry");
    }

    public static String tokenEndpoint() {
        return keycloakUrl() + "/realms/" + realm() + "/protocol/openid-connect/token";
    }

    /**
     * Registers an organisation through the registry as registry-admin, once per test run, and keeps
     * the client secret the registry hands out once.
     */
    public static synchronized String registered(String code, String type, String country, String role) {
        String secret = SECRETS.get(code);
        if (secret != null) {
            return secret;
        }
        JsonObject body = Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Test organisation " + code)
                .add("type", type)
                .add("country", country)
                .add("roles", Json.createArrayBuilder().add(role))
                .build();
        RegistryApi.Answer answer =
                RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(RegistryApi.API + "/organisations"))
                        .header("Authorization", registryAdmin().bearer())
                        .header("Content-Type", RegistryApi.JSON)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        answer.expect(201);
        secret = answer.json().getJsonObject("credentials").getString("clientSecret");
        SECRETS.put(code, secret);
        return secret;
    }

    private static Caller system(String code, String type, String country, String role) {
        registered(code, type, country, role);
        return new Caller(clientId(code), code, false, role);
    }

    /** A token for the caller from the token endpoint, with the form fields given. */
    public static JsonObject tokenResponse(String tokenEndpoint, Map<String, String> form) {
        String encoded = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build();
        try {
            var response = HTTP.send(request, BodyHandlers.ofString());
            assertEquals(
                    200,
                    response.statusCode(),
                    () -> "token endpoint answered " + response.statusCode() + ": " + response.body());
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("token endpoint " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Token fresh(Caller caller) {
        Map<String, String> form = caller.person()
                ? Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "registry-cli",
                        "username",
                        caller.name(),
                        "password",
                        required("registry.it.demoPassword"))
                : Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        caller.name(),
                        "client_secret",
                        SECRETS.get(caller.organisation()));
        String endpoint = caller.realm() == null
                ? tokenEndpoint()
                : keycloakUrl() + "/realms/" + caller.realm() + "/protocol/openid-connect/token";
        JsonObject answer = tokenResponse(endpoint, form);
        return new Token(answer.getString("access_token"), Instant.now().plusSeconds(answer.getInt("expires_in")));
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        assertNotNull(value, name + " is not set: the tests must run under Failsafe with ItEnvironment");
        return value;
    }
}
