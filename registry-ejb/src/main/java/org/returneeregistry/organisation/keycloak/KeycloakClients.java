package org.returneeregistry.organisation.keycloak;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;

/**
 * The registry's view of Keycloak, and the only class that talks to its admin REST API: creates an
 * organisation's system client, and turns an organisation's client and users off and on.
 *
 * <p>It uses the server's own JAX-RS client. Keycloak's Java admin client is not used here: it brings
 * a second JAX-RS implementation (RESTEasy) into the EAR, and with it the server's admin interface
 * failed after the registry was undeployed. The calls are few and the admin REST API is Keycloak's
 * documented contract.
 *
 * <p>It signs in as the confidential client {@code registry.keycloak.client-id} with the
 * client-credentials grant; that client's service account needs the realm-management roles to manage
 * clients and users. Timeouts are bounded so a dead Keycloak fails a request quickly instead of
 * holding it. Every failure is answered as {@link ErrorCode#IDENTITY_PROVIDER_UNAVAILABLE}, after
 * undoing what the failed operation had already changed. Client secrets and tokens are never logged.
 */
@ApplicationScoped
public class KeycloakClients {

    /** The user attribute naming the organisation a person or system acts for. */
    public static final String ORGANISATION_ATTRIBUTE = "organisation";

    private static final Logger LOG = Logger.getLogger(KeycloakClients.class.getName());
    private static final long CONNECT_TIMEOUT_SECONDS = 5;
    private static final long READ_TIMEOUT_SECONDS = 10;
    private static final int USERS_PER_PAGE = 100;
    private static final long TOKEN_MARGIN_SECONDS = 30;

    @Inject
    @ConfigProperty(name = "registry.keycloak.url")
    String serverUrl;

    @Inject
    @ConfigProperty(name = "registry.keycloak.realm")
    String realm;

    @Inject
    @ConfigProperty(name = "registry.keycloak.client-id")
    String provisionerId;

    @Inject
    @ConfigProperty(name = "registry.keycloak.client-secret")
    Optional<String> provisionerSecret;

    private Client http;
    private String accessToken;
    private Instant tokenExpires = Instant.EPOCH;

    /**
     * Creates the organisation's confidential client with a service account and nothing else (no
     * browser, implicit or password flows), marks the service account with the organisation, grants
     * it the organisation's realm roles, and answers the generated secret. Refuses a client id the
     * realm already has. When a step after the creation fails, the client is deleted again.
     */
    public ProvisionedClient provision(OrganisationCode code, String name, String description, Set<Role> roles) {
        String clientId = code.clientId();
        String internalId = create(clientId, client(code, clientId, name, description));
        try {
            JsonObject account = call("read the service account of " + clientId,
                    admin().path("clients").path(internalId).path("service-account-user"), "GET", null).asJsonObject();
            String userId = account.getString("id");
            JsonObject marked = Json.createObjectBuilder(account)
                    .add("attributes", Json.createObjectBuilder()
                            .add(ORGANISATION_ATTRIBUTE, Json.createArrayBuilder().add(code.value())))
                    .build();
            call("mark the service account of " + clientId, admin().path("users").path(userId), "PUT", marked);
            JsonObject kept = call("read the service account of " + clientId, admin().path("users").path(userId),
                    "GET", null).asJsonObject();
            if (!belongsTo(kept, code)) {
                throw new RegistryException(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, "The identity provider did not"
                        + " keep the user attribute '" + ORGANISATION_ATTRIBUTE + "' on the client's service account;"
                        + " its realm's user profile must allow it. Nothing was registered.");
            }
            call("grant the roles of " + clientId, admin().path("users").path(userId).path("role-mappings").path("realm"),
                    "POST", realmRoles(roles));
            String secret = call("read the secret of " + clientId,
                    admin().path("clients").path(internalId).path("client-secret"), "GET", null)
                    .asJsonObject().getString("value");
            LOG.info(() -> "Provisioned identity-provider client " + clientId + " for organisation " + code
                    + " with roles " + roles.stream().map(Role::roleName).sorted().toList());
            return new ProvisionedClient(internalId, clientId, secret, tokenEndpoint());
        } catch (RuntimeException e) {
            delete(internalId, clientId);
            throw e;
        }
    }

    /** Deletes a client provisioned earlier, e.g. when the registration that created it did not commit. */
    public void remove(ProvisionedClient provisioned) {
        delete(provisioned.internalId(), provisioned.clientId());
    }

    /**
     * Disables the organisation's client (when it has one) and every enabled account whose attribute
     * {@value #ORGANISATION_ATTRIBUTE} equals the code. Answers what changed; when a step fails, what
     * had changed is restored before the failure is answered.
     */
    public AccessChange disable(OrganisationCode code, String clientId) {
        String changedClient = null;
        List<String> changedUsers = new ArrayList<>();
        try {
            if (clientId != null) {
                changedClient = setClientEnabled(code, clientId, false);
            }
            for (int first = 0; ; first += USERS_PER_PAGE) {
                JsonArray page = call("find the users of " + code, admin().path("users")
                        .queryParam("q", ORGANISATION_ATTRIBUTE + ":" + code.value())
                        .queryParam("briefRepresentation", false)
                        .queryParam("first", first).queryParam("max", USERS_PER_PAGE), "GET", null).asJsonArray();
                for (JsonObject user : page.getValuesAs(JsonObject.class)) {
                    if (belongsTo(user, code) && user.getBoolean("enabled", false)) {
                        setUserEnabled(user.getString("id"), false);
                        changedUsers.add(user.getString("id"));
                    }
                }
                if (page.size() < USERS_PER_PAGE) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            revert(new AccessChange(false, changedClient, changedUsers));
            throw e;
        }
        return logged(code, clientId, new AccessChange(false, changedClient, changedUsers));
    }

    /**
     * Enables the organisation's client (when it has one) and the accounts given — those its suspension
     * disabled, not others that were disabled for their own reasons. An account deleted meanwhile is
     * skipped. Answers what changed; when a step fails, what had changed is restored first.
     */
    public AccessChange enable(OrganisationCode code, String clientId, Set<String> accountIds) {
        String changedClient = null;
        List<String> changedUsers = new ArrayList<>();
        try {
            if (clientId != null) {
                changedClient = setClientEnabled(code, clientId, true);
            }
            for (String userId : accountIds.stream().sorted().toList()) {
                try (Response answer = send("read a user of " + code, admin().path("users").path(userId), "GET", null)) {
                    if (answer.getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
                        continue;
                    }
                    expectSuccess("read a user of " + code, answer);
                }
                setUserEnabled(userId, true);
                changedUsers.add(userId);
            }
        } catch (RuntimeException e) {
            revert(new AccessChange(true, changedClient, changedUsers));
            throw e;
        }
        return logged(code, clientId, new AccessChange(true, changedClient, changedUsers));
    }

    private static AccessChange logged(OrganisationCode code, String clientId, AccessChange change) {
        LOG.info(() -> (change.enabled() ? "Enabled" : "Disabled") + " in the identity provider for organisation " + code
                + ": client " + (change.clientInternalId() == null ? "unchanged" : clientId) + ", "
                + change.userIds().size() + " user(s)");
        return change;
    }

    /** Restores what {@link #disable} or {@link #enable} changed; failures are logged, not thrown. */
    public void revert(AccessChange change) {
        if (change.isEmpty()) {
            return;
        }
        try {
            if (change.clientInternalId() != null) {
                call("restore a client", admin().path("clients").path(change.clientInternalId()), "PUT",
                        Json.createObjectBuilder().add("enabled", !change.enabled()).build());
            }
            for (String userId : change.userIds()) {
                setUserEnabled(userId, !change.enabled());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not restore the identity provider after a failed status change; set client "
                    + change.clientInternalId() + " and users " + change.userIds() + " back to enabled="
                    + !change.enabled() + " by hand", e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (http != null) {
            http.close();
            http = null;
        }
    }

    private static JsonObject client(OrganisationCode code, String clientId, String name, String description) {
        return Json.createObjectBuilder()
                .add("clientId", clientId)
                .add("name", name)
                .add("description", description)
                .add("enabled", true)
                .add("protocol", "openid-connect")
                .add("publicClient", false)
                .add("clientAuthenticatorType", "client-secret")
                .add("serviceAccountsEnabled", true)
                .add("standardFlowEnabled", false)
                .add("implicitFlowEnabled", false)
                .add("directAccessGrantsEnabled", false)
                .add("attributes", Json.createObjectBuilder().add(ORGANISATION_ATTRIBUTE, code.value()))
                .build();
    }

    /** Creates the client and answers its internal id, from the Location Keycloak answers. */
    private String create(String clientId, JsonObject client) {
        if (findClient(clientId).isPresent()) {
            throw alreadyThere(clientId);
        }
        try (Response created = send("create client " + clientId, admin().path("clients"), "POST", client)) {
            if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw alreadyThere(clientId);
            }
            expectSuccess("create client " + clientId, created);
            URI location = created.getLocation();
            if (location == null) {
                throw failure("create client " + clientId, "answered without the new client's location");
            }
            String path = location.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    private Optional<JsonObject> findClient(String clientId) {
        JsonArray found = call("look up client " + clientId, admin().path("clients").queryParam("clientId", clientId),
                "GET", null).asJsonArray();
        return found.getValuesAs(JsonObject.class).stream().filter(c -> clientId.equals(c.getString("clientId", null)))
                .findFirst();
    }

    private static RegistryException alreadyThere(String clientId) {
        return new RegistryException(ErrorCode.ORGANISATION_ALREADY_REGISTERED, "The identity provider already has a"
                + " client '" + clientId + "'; remove it there or register the organisation under another code.");
    }

    private JsonArray realmRoles(Set<Role> roles) {
        var found = Json.createArrayBuilder();
        for (Role role : roles.stream().sorted().toList()) {
            try (Response answer = send("read role " + role.roleName(), admin().path("roles").path(role.roleName()),
                    "GET", null)) {
                if (answer.getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
                    throw new RegistryException(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, "The identity provider's realm"
                            + " has no role '" + role.roleName() + "'. Nothing was registered.");
                }
                found.add(body("read role " + role.roleName(), answer));
            }
        }
        return found.build();
    }

    /** Answers the client's internal id when its state changed, null when it was already as asked or is missing. */
    private String setClientEnabled(OrganisationCode code, String clientId, boolean enabled) {
        Optional<JsonObject> client = findClient(clientId);
        if (client.isEmpty()) {
            LOG.warning(() -> "The identity provider has no client " + clientId + " for organisation " + code
                    + "; only its users are " + (enabled ? "enabled" : "disabled"));
            return null;
        }
        if (client.get().getBoolean("enabled", false) == enabled) {
            return null;
        }
        String id = client.get().getString("id");
        call((enabled ? "enable" : "disable") + " client " + clientId, admin().path("clients").path(id), "PUT",
                Json.createObjectBuilder().add("enabled", enabled).build());
        return id;
    }

    private void setUserEnabled(String userId, boolean enabled) {
        call((enabled ? "enable" : "disable") + " a user", admin().path("users").path(userId), "PUT",
                Json.createObjectBuilder().add("enabled", enabled).build());
    }

    private static boolean belongsTo(JsonObject user, OrganisationCode code) {
        JsonObject attributes = user.getJsonObject("attributes");
        JsonArray values = attributes == null ? null : attributes.getJsonArray(ORGANISATION_ATTRIBUTE);
        return values != null && values.getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(v -> v.getString().equals(code.value()));
    }

    private void delete(String internalId, String clientId) {
        try (Response answer = send("delete client " + clientId, admin().path("clients").path(internalId), "DELETE", null)) {
            expectSuccess("delete client " + clientId, answer);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete identity-provider client " + clientId + "; delete it by hand", e);
        }
    }

    private String base() {
        return serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
    }

    private String tokenEndpoint() {
        return base() + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    private WebTarget admin() {
        return http().target(base()).path("admin").path("realms").path(realm);
    }

    /** One admin call whose answer must be a success; answers its JSON body, or an empty object when it has none. */
    private JsonStructure call(String doing, WebTarget target, String method, JsonStructure body) {
        try (Response answer = send(doing, target, method, body)) {
            expectSuccess(doing, answer);
            return body(doing, answer);
        }
    }

    private Response send(String doing, WebTarget target, String method, JsonStructure body) {
        try {
            var request = target.request(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + token());
            return body == null ? request.method(method)
                    : request.method(method, Entity.entity(body.toString(), MediaType.APPLICATION_JSON));
        } catch (ProcessingException e) {
            throw failure(doing, e);
        }
    }

    private void expectSuccess(String doing, Response answer) {
        if (answer.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            throw failure(doing, "answered HTTP " + answer.getStatus());
        }
    }

    private JsonStructure body(String doing, Response answer) {
        String text = answer.hasEntity() ? answer.readEntity(String.class) : "";
        if (text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try {
            return Json.createReader(new StringReader(text)).read();
        } catch (RuntimeException e) {
            throw failure(doing, "answered a body that is not JSON");
        }
    }

    /** A current access token of the provisioning client, taken again shortly before it expires. */
    private synchronized String token() {
        if (accessToken != null && Instant.now().isBefore(tokenExpires)) {
            return accessToken;
        }
        String secret = provisionerSecret.filter(s -> !s.isBlank()).orElseThrow(() -> new RegistryException(
                ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, "The registry has no credentials for the identity"
                + " provider (registry.keycloak.client-secret is not set)."));
        Form form = new Form().param("grant_type", "client_credentials").param("client_id", provisionerId)
                .param("client_secret", secret);
        try (Response answer = http().target(tokenEndpoint()).request(MediaType.APPLICATION_JSON)
                .post(Entity.form(form))) {
            expectSuccess("sign in", answer);
            JsonObject token = body("sign in", answer).asJsonObject();
            accessToken = token.getString("access_token");
            tokenExpires = Instant.now().plusSeconds(Math.max(0, token.getInt("expires_in", 60) - TOKEN_MARGIN_SECONDS));
            return accessToken;
        } catch (ProcessingException e) {
            throw failure("sign in", e);
        }
    }

    private synchronized Client http() {
        if (http == null) {
            http = ClientBuilder.newBuilder()
                    .connectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .build();
        }
        return http;
    }

    private RegistryException failure(String doing, RuntimeException e) {
        LOG.log(Level.WARNING, "Identity provider at " + serverUrl + ", realm " + realm + ": could not " + doing, e);
        return failure(doing, "could not be reached (" + e.getClass().getSimpleName() + ")");
    }

    private RegistryException failure(String doing, String what) {
        LOG.warning(() -> "Identity provider at " + serverUrl + ", realm " + realm + ": " + doing + " " + what);
        return new RegistryException(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, "The identity provider " + what
                + " when the registry tried to " + doing + "; nothing was changed. Try again later.");
    }
}
