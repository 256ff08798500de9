package org.returneeregistry.organisation.keycloak;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;

/**
 * The registry's view of Keycloak, and the only class that talks to its admin REST API: creates an
 * organisation's system client, and turns an organisation's client and users off and on.
 *
 * <p>It calls the admin API through the MicroProfile Rest Client interfaces {@link KeycloakAdmin} and
 * {@link KeycloakTokens}, which the server implements on its own JAX-RS client. Keycloak's Java admin
 * client is not used here: it brings a second JAX-RS implementation (RESTEasy) into the EAR, and with it
 * the server's admin interface failed after the registry was undeployed.
 *
 * <p>It signs in as the confidential client {@code registry.keycloak.client-id} with the
 * client-credentials grant ({@link AdminToken}); that client's service account needs the
 * realm-management roles to manage clients and users. Timeouts are bounded so a dead Keycloak fails a
 * request quickly instead of holding it. Every failure is answered as {@link
 * ErrorCode#IDENTITY_PROVIDER_UNAVAILABLE}, after undoing what the failed operation had already
 * changed. Client secrets and tokens are never logged.
 */
@ApplicationScoped
public class KeycloakClients {

    /** The user attribute naming the organisation a person or system acts for. */
    public static final String ORGANISATION_ATTRIBUTE = "organisation";

    private static final Logger LOG = Logger.getLogger(KeycloakClients.class.getName());
    private static final long CONNECT_TIMEOUT_SECONDS = 5;
    private static final long READ_TIMEOUT_SECONDS = 10;
    private static final int USERS_PER_PAGE = 100;

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

    /** The admin API, built on first use (a test gives its own). */
    KeycloakAdmin admin;

    private AdminToken token;
    private KeycloakTokens tokens;

    /**
     * Creates the organisation's confidential client with a service account and nothing else (no
     * browser, implicit or password flows), marks the service account with the organisation, grants
     * it the organisation's realm roles, and answers the generated secret. Refuses a client id the
     * realm already has. When a step after the creation fails, the client is deleted again, so the
     * realm is left as it was.
     */
    public ProvisionedClient provision(OrganisationCode code, String name, String description, Set<Role> roles) {
        String clientId = code.clientId();
        String internalId = create(clientId, client(code, clientId, name, description));
        try {
            JsonObject account = call("read the service account of " + clientId, a -> a.serviceAccount(internalId));
            String userId = account.getString("id");
            JsonObject marked = Json.createObjectBuilder(account)
                    .add(
                            "attributes",
                            Json.createObjectBuilder()
                                    .add(
                                            ORGANISATION_ATTRIBUTE,
                                            Json.createArrayBuilder().add(code.value())))
                    .build();
            run("mark the service account of " + clientId, a -> a.updateUser(userId, marked));
            JsonObject kept = call("read the service account of " + clientId, a -> a.user(userId));
            if (!belongsTo(kept, code)) {
                throw new RegistryException(
                        ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE,
                        "The identity provider did not"
                                + " keep the user attribute '" + ORGANISATION_ATTRIBUTE
                                + "' on the client's service account;"
                                + " its realm's user profile must allow it. Nothing was registered.");
            }
            JsonArray realmRoles = realmRoles(roles);
            run("grant the roles of " + clientId, a -> a.grantRealmRoles(userId, realmRoles));
            String secret = call("read the secret of " + clientId, a -> a.clientSecret(internalId))
                    .getString("value");
            LOG.info(() ->
                    "Provisioned identity-provider client " + clientId + " for organisation " + code + " with roles "
                            + roles.stream().map(Role::roleName).sorted().toList());
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
                int from = first;
                JsonArray page = call(
                        "find the users of " + code,
                        a -> a.users(ORGANISATION_ATTRIBUTE + ":" + code.value(), false, from, USERS_PER_PAGE));
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
                if (optional("read a user of " + code, a -> a.user(userId)).isEmpty()) {
                    continue;
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
        LOG.info(
                () -> (change.enabled() ? "Enabled" : "Disabled") + " in the identity provider for organisation " + code
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
                JsonObject restored = Json.createObjectBuilder()
                        .add("enabled", !change.enabled())
                        .build();
                run("restore a client", a -> a.updateClient(change.clientInternalId(), restored));
            }
            for (String userId : change.userIds()) {
                setUserEnabled(userId, !change.enabled());
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not restore the identity provider after a failed status change; set client "
                            + change.clientInternalId() + " and users " + change.userIds() + " back to enabled="
                            + !change.enabled() + " by hand",
                    e);
        }
    }

    @PreDestroy
    synchronized void close() {
        for (Object client : new Object[] {admin, tokens}) {
            if (client instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.log(Level.FINE, "Closing a client of the identity provider failed", e);
                }
            }
        }
        admin = null;
        tokens = null;
        token = null;
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

    /** Creates the client and answers its internal id, as the realm lists the client once created. */
    private String create(String clientId, JsonObject client) {
        if (findClient(clientId).isPresent()) {
            throw alreadyThere(clientId);
        }
        try {
            send(
                    "create client " + clientId,
                    a -> {
                        a.createClient(client);
                        return null;
                    },
                    Response.Status.CONFLICT);
        } catch (Refused e) {
            throw alreadyThere(clientId);
        }
        return findClient(clientId)
                .map(c -> c.getString("id"))
                .orElseThrow(() -> failure("create client " + clientId, "does not list the client it created"));
    }

    private Optional<JsonObject> findClient(String clientId) {
        JsonArray found = call("look up client " + clientId, a -> a.clients(clientId));
        return found.getValuesAs(JsonObject.class).stream()
                .filter(c -> clientId.equals(c.getString("clientId", null)))
                .findFirst();
    }

    private static RegistryException alreadyThere(String clientId) {
        return new RegistryException(
                ErrorCode.ORGANISATION_ALREADY_REGISTERED,
                "The identity provider already has a" + " client '" + clientId
                        + "'; remove it there or register the organisation under another code.");
    }

    private JsonArray realmRoles(Set<Role> roles) {
        var found = Json.createArrayBuilder();
        for (Role role : roles.stream().sorted().toList()) {
            found.add(optional("read role " + role.roleName(), a -> a.role(role.roleName()))
                    .orElseThrow(() -> new RegistryException(
                            ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE,
                            "The identity provider's realm" + " has no role '" + role.roleName()
                                    + "'. Nothing was registered.")));
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
        JsonObject change = Json.createObjectBuilder().add("enabled", enabled).build();
        run((enabled ? "enable" : "disable") + " client " + clientId, a -> a.updateClient(id, change));
        return id;
    }

    private void setUserEnabled(String userId, boolean enabled) {
        JsonObject change = Json.createObjectBuilder().add("enabled", enabled).build();
        run((enabled ? "enable" : "disable") + " a user", a -> a.updateUser(userId, change));
    }

    private static boolean belongsTo(JsonObject user, OrganisationCode code) {
        JsonObject attributes = user.getJsonObject("attributes");
        JsonArray values = attributes == null ? null : attributes.getJsonArray(ORGANISATION_ATTRIBUTE);
        return values != null
                && values.getValuesAs(JsonString.class).stream()
                        .anyMatch(v -> v.getString().equals(code.value()));
    }

    private void delete(String internalId, String clientId) {
        try {
            run("delete client " + clientId, a -> a.deleteClient(internalId));
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

    /** One step of an operation against the admin API, as the registry names it in logs and answers. */
    @FunctionalInterface
    interface Step<T> {
        T on(KeycloakAdmin admin);
    }

    @FunctionalInterface
    interface VoidStep {
        void on(KeycloakAdmin admin);
    }

    private void run(String doing, VoidStep step) {
        call(doing, a -> {
            step.on(a);
            return null;
        });
    }

    /** A read whose 404 means "there is none". */
    private <T> Optional<T> optional(String doing, Step<T> step) {
        try {
            return Optional.of(send(doing, step, Response.Status.NOT_FOUND));
        } catch (Refused e) {
            return Optional.empty();
        }
    }

    /** Runs one admin call; any failure becomes {@link ErrorCode#IDENTITY_PROVIDER_UNAVAILABLE}. */
    private <T> T call(String doing, Step<T> step) {
        return send(doing, step, null);
    }

    /** As {@link #call}, but the status {@code expected} is thrown as {@link Refused}, for the caller to answer. */
    private <T> T send(String doing, Step<T> step, Response.Status expected) {
        KeycloakAdmin api = admin();
        try {
            return step.on(api);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (expected != null && status == expected.getStatusCode()) {
                throw new Refused();
            }
            throw failure(doing, "answered HTTP " + status);
        } catch (ProcessingException e) {
            if (e.getCause() instanceof RegistryException signIn) {
                throw signIn;
            }
            throw failure(doing, e);
        }
    }

    /** An answer the caller of {@link #send} expects and handles; it never leaves this class. */
    private static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }

    /** The admin API, signed in: a token is taken (or the one held reused) before the call is made. */
    private synchronized KeycloakAdmin admin() {
        if (admin != null && token == null) {
            return admin;
        }
        if (admin == null) {
            Supplier<String> secret = () -> provisionerSecret
                    .filter(s -> !s.isBlank())
                    .orElseThrow(() -> new RegistryException(
                            ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE,
                            "The registry has no credentials for the identity"
                                    + " provider (registry.keycloak.client-secret is not set)."));
            tokens = builder(UriBuilder.fromUri(base())
                            .path("realms")
                            .path(realm)
                            .build())
                    .build(KeycloakTokens.class);
            token = new AdminToken(tokens, provisionerId, secret, Clock.systemUTC());
            admin = builder(UriBuilder.fromUri(base())
                            .path("admin")
                            .path("realms")
                            .path(realm)
                            .build())
                    .register(token)
                    .build(KeycloakAdmin.class);
        }
        try {
            token.current();
        } catch (WebApplicationException e) {
            throw failure(
                    "sign in",
                    "answered HTTP "
                            + (e.getResponse() == null ? 0 : e.getResponse().getStatus()));
        } catch (ProcessingException e) {
            throw failure("sign in", e);
        } catch (RegistryException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure("sign in", "answered a body that is not a token");
        }
        return admin;
    }

    private static RestClientBuilder builder(URI base) {
        return RestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .followRedirects(false);
    }

    private RegistryException failure(String doing, RuntimeException e) {
        LOG.log(Level.WARNING, "Identity provider at " + serverUrl + ", realm " + realm + ": could not " + doing, e);
        return failure(doing, "could not be reached (" + e.getClass().getSimpleName() + ")");
    }

    private RegistryException failure(String doing, String what) {
        LOG.warning(() -> "Identity provider at " + serverUrl + ", realm " + realm + ": " + doing + " " + what);
        return new RegistryException(
                ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE,
                "The identity provider " + what + " when the registry tried to " + doing
                        + "; nothing was changed. Try again later.");
    }
}
