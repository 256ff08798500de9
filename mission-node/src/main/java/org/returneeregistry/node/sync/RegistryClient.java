package org.returneeregistry.node.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.node.store.NodeStore;

/**
 * The registry as the node reaches it: as its mission's system, with an access token from the registry's
 * Keycloak (client credentials). The client secret is given once at start (NODE_CLIENT_SECRET) and kept inside
 * the encrypted store, so a later start needs only the passphrase.
 */
@ApplicationScoped
public class RegistryClient {

    static final String SECRET_SETTING = "client-secret";

    @Inject
    NodeStore store;

    @Inject
    @ConfigProperty(name = "node.registry-url", defaultValue = "http://127.0.0.1:8080/registry")
    String registryUrl;

    @Inject
    @ConfigProperty(
            name = "node.token-endpoint",
            defaultValue = "http://127.0.0.1:8180/realms/returnee-registry/protocol/openid-connect/token")
    String tokenEndpoint;

    @Inject
    @ConfigProperty(name = "node.mission-code")
    String missionCode;

    @Inject
    @ConfigProperty(name = "node.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "node.client-secret")
    Optional<String> clientSecret;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    /** Keeps a client secret given at this start in the store at once, so later starts need not be given it. */
    void keepSecret(@Observes @Initialized(ApplicationScoped.class) Object start) {
        if (clientSecret.isPresent()) {
            try (Connection c = store.dataSource().getConnection();
                    PreparedStatement merge = c.prepareStatement(
                            "merge into node_setting (name, setting_value) key (name) values (?, ?)")) {
                merge.setString(1, SECRET_SETTING);
                merge.setString(2, clientSecret.get());
                merge.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot keep the client secret", e);
            }
        }
    }

    /** A call to the registry's API: {@code path} below {@code /api/v1}. */
    public HttpResponse<String> call(String method, String path, String jsonBody) throws LinkDown {
        return call(method, path, jsonBody, Map.of());
    }

    /** A call with JSON (or no) body and extra request headers (e.g. Idempotency-Key). */
    public HttpResponse<String> call(String method, String path, String jsonBody, Map<String, String> headers)
            throws LinkDown {
        return call(method, path, "application/json", jsonBody, headers);
    }

    /** A call with a body of the given media type. */
    public HttpResponse<String> call(
            String method, String path, String contentType, String body, Map<String, String> headers) throws LinkDown {
        HttpResponse<String> answer = send(method, path, contentType, body, headers, token(false));
        if (answer.statusCode() == 401) {
            answer = send(method, path, contentType, body, headers, token(true));
        }
        return answer;
    }

    public String missionCode() {
        return missionCode;
    }

    private HttpResponse<String> send(
            String method, String path, String contentType, String body, Map<String, String> headers, String bearer)
            throws LinkDown {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registryUrl + "/api/v1" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return exchange(request.build());
    }

    private synchronized String token(boolean renew) throws LinkDown {
        if (!renew && token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String id = clientId.orElse(missionCode.toLowerCase(Locale.ROOT));
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret(), StandardCharsets.UTF_8);
        HttpResponse<String> answer = exchange(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (answer.statusCode() != 200) {
            throw new LinkDown("the token endpoint answered " + answer.statusCode(), null);
        }
        JsonObject json = Json.createReader(new StringReader(answer.body())).readObject();
        token = json.getString("access_token");
        tokenExpires = Instant.now().plusSeconds(Math.max(0, json.getInt("expires_in", 60) - 30));
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest request) throws LinkDown {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LinkDown(request.uri().getHost() + ":" + request.uri().getPort() + " does not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkDown("interrupted", e);
        }
    }

    /** The mission system's secret: the one given at this start, else the one kept. */
    private String secret() throws LinkDown {
        if (clientSecret.isPresent()) {
            return clientSecret.get();
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement q = c.prepareStatement("select setting_value from node_setting where name = ?")) {
            q.setString(1, SECRET_SETTING);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the node's settings", e);
        }
        throw new LinkDown(
                "no client secret for the mission's system: start the node once with NODE_CLIENT_SECRET", null);
    }
}
