package org.returneeregistry.organisation.keycloak;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;

/**
 * The registry's view of Keycloak, and the only class that uses its admin client: creates an
 * organisation's system client, and turns an organisation's client and users off and on.
 *
 * <p>It signs in as the confidential client {@code registry.keycloak.client-id} with the
 * client-credentials grant; that client's service account needs the realm-management roles to manage
 * clients and users. One admin client serves the application, built on first use and closed at
 * shutdown, with bounded timeouts so a dead Keycloak fails a request quickly instead of holding it.
 * Every failure is answered as {@link ErrorCode#IDENTITY_PROVIDER_UNAVAILABLE}, after undoing what the
 * failed operation had already changed. Client secrets are never logged.
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

    private Keycloak keycloak;

    /**
     * Creates the organisation's confidential client with a service account and nothing else (no
     * browser, implicit or password flows), marks the service account with the organisation, grants
     * it the organisation's realm roles, and answers the generated secret. Refuses a client id the
     * realm already has. When a step after the creation fails, the client is deleted again.
     */
    public ProvisionedClient provision(OrganisationCode code, String name, String description, Set<Role> roles) {
        String clientId = code.clientId();
        RealmResource realmResource = realm();
        String internalId = create(realmResource, clientId, client(code, clientId, name, description));
        try {
            ClientResource client = realmResource.clients().get(internalId);
            UsersResource users = realmResource.users();
            UserRepresentation account = client.getServiceAccountUser();
            account.setAttributes(Map.of(ORGANISATION_ATTRIBUTE, List.of(code.value())));
            users.get(account.getId()).update(account);
            Map<String, List<String>> kept = users.get(account.getId()).toRepresentation().getAttributes();
            if (kept == null || !List.of(code.value()).equals(kept.get(ORGANISATION_ATTRIBUTE))) {
                throw new RegistryException(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, "The identity provider did not"
                        + " keep the user attribute '" + ORGANISATION_ATTRIBUTE + "' on the client's service account;"
                        + " its realm's user profile must allow it. Nothing was registered.");
            }
            users.get(account.getId()).roles().realmLevel().add(realmRoles(realmResource, roles));
            String secret = client.getSecret().getValue();
            LOG.info(() -> "Provisioned identity-provider client " + clientId + " for organisation " + code
                    + " with roles " + roles.stream().map(Role::roleName).sorted().toList());
            return new ProvisionedClient(internalId, clientId, secret, tokenEndpoint());
        } catch (RuntimeException e) {
            delete(realmResource, internalId, clientId);
            throw e instanceof RegistryException refusal ? refusal : failure("provision client " + clientId, e);
        }
    }

    /** Deletes a client provisioned earlier, e.g. when the registration that created it did not commit. */
    public void remove(ProvisionedClient provisioned) {
        try {
            delete(realm(), provisioned.internalId(), provisioned.clientId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete identity-provider client " + provisioned.clientId()
                    + " after a failed registration; delete it by hand", e);
        }
    }

    /**
     * Enables or disables the organisation's client (when it has one) and every user whose attribute
     * {@value #ORGANISATION_ATTRIBUTE} equals the code. Answers what changed; when a step fails, what
     * had changed is restored before the failure is answered.
     */
    public AccessChange setEnabled(OrganisationCode code, String clientId, boolean enabled) {
        RealmResource realmResource = realm();
        String changedClient = null;
        List<String> changedUsers = new ArrayList<>();
        try {
            if (clientId != null) {
                changedClient = setClientEnabled(realmResource, code, clientId, enabled);
            }
            UsersResource users = realmResource.users();
            for (int first = 0; ; first += USERS_PER_PAGE) {
                List<UserRepresentation> page = users.searchByAttributes(first, USERS_PER_PAGE, null, true, false,
                        ORGANISATION_ATTRIBUTE + ":" + code.value());
                for (UserRepresentation user : page) {
                    if (belongsTo(user, code) && !Boolean.valueOf(enabled).equals(user.isEnabled())) {
                        setUserEnabled(users, user.getId(), enabled);
                        changedUsers.add(user.getId());
                    }
                }
                if (page.size() < USERS_PER_PAGE) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            revert(new AccessChange(enabled, changedClient, changedUsers));
            throw e instanceof RegistryException refusal ? refusal
                    : failure((enabled ? "enable" : "disable") + " the client and users of " + code, e);
        }
        AccessChange change = new AccessChange(enabled, changedClient, changedUsers);
        LOG.info(() -> (enabled ? "Enabled" : "Disabled") + " in the identity provider for organisation " + code
                + ": client " + (change.clientInternalId() == null ? "unchanged" : clientId) + ", "
                + change.userIds().size() + " user(s)");
        return change;
    }

    /** Restores what {@link #setEnabled} changed; failures are logged, not thrown. */
    public void revert(AccessChange change) {
        if (change.isEmpty()) {
            return;
        }
        try {
            RealmResource realmResource = realm();
            if (change.clientInternalId() != null) {
                ClientRepresentation update = new ClientRepresentation();
                update.setEnabled(!change.enabled());
                realmResource.clients().get(change.clientInternalId()).update(update);
            }
            for (String userId : change.userIds()) {
                setUserEnabled(realmResource.users(), userId, !change.enabled());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not restore the identity provider after a failed status change; set client "
                    + change.clientInternalId() + " and users " + change.userIds() + " back to enabled="
                    + !change.enabled() + " by hand", e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
    }

    private static ClientRepresentation client(OrganisationCode code, String clientId, String name, String description) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setDescription(description);
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setAttributes(Map.of(ORGANISATION_ATTRIBUTE, code.value()));
        return client;
    }

    private String create(RealmResource realmResource, String clientId, ClientRepresentation client) {
        try {
            if (!realmResource.clients().findByClientId(clientId).isEmpty()) {
                throw alreadyThere(clientId);
            }
            try (Response created = realmResource.clients().create(client)) {
                if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw alreadyThere(clientId);
                }
                return CreatedResponseUtil.getCreatedId(created);
            }
        } catch (RegistryException refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            throw failure("create client " + clientId, e);
        }
    }

    private static RegistryException alreadyThere(String clientId) {
        return new RegistryException(ErrorCode.ORGANISATION_ALREADY_REGISTERED, "The identity provider already has a"
                + " client '" + clientId + "'; remove it there or register the organisation under another code.");
    }

    private static List<RoleRepresentation> realmRoles(RealmResource realmResource, Set<Role> roles) {
        List<RoleRepresentation> found = new ArrayList<>();
        for (Role role : roles.stream().sorted().toList()) {
            try {
                found.add(realmResource.roles().get(role.roleName()).toRepresentation());
            } catch (NotFoundException e) {
                throw new RegistryException(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, "The identity provider's realm"
                        + " has no role '" + role.roleName() + "'. Nothing was registered.");
            }
        }
        return found;
    }

    /** Answers the client's internal id when its state changed, null when it was already as asked or is missing. */
    private static String setClientEnabled(RealmResource realmResource, OrganisationCode code, String clientId,
                                           boolean enabled) {
        List<ClientRepresentation> clients = realmResource.clients().findByClientId(clientId);
        if (clients.isEmpty()) {
            LOG.warning(() -> "The identity provider has no client " + clientId + " for organisation " + code
                    + "; only its users are " + (enabled ? "enabled" : "disabled"));
            return null;
        }
        ClientRepresentation current = clients.get(0);
        if (Boolean.valueOf(enabled).equals(current.isEnabled())) {
            return null;
        }
        ClientRepresentation update = new ClientRepresentation();
        update.setEnabled(enabled);
        realmResource.clients().get(current.getId()).update(update);
        return current.getId();
    }

    private static void setUserEnabled(UsersResource users, String userId, boolean enabled) {
        UserRepresentation update = new UserRepresentation();
        update.setEnabled(enabled);
        users.get(userId).update(update);
    }

    private static boolean belongsTo(UserRepresentation user, OrganisationCode code) {
        Map<String, List<String>> attributes = user.getAttributes();
        return attributes != null && attributes.getOrDefault(ORGANISATION_ATTRIBUTE, List.of()).contains(code.value());
    }

    private static void delete(RealmResource realmResource, String internalId, String clientId) {
        try {
            realmResource.clients().get(internalId).remove();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete identity-provider client " + clientId + "; delete it by hand", e);
        }
    }

    private String tokenEndpoint() {
        String base = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        return base + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    private RealmResource realm() {
        return keycloak().realm(realm);
    }

    private synchronized Keycloak keycloak() {
        if (keycloak == null) {
            String secret = provisionerSecret.filter(s -> !s.isBlank()).orElseThrow(() -> new RegistryException(
                    ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, "The registry has no credentials for the identity"
                    + " provider (registry.keycloak.client-secret is not set)."));
            Client http = ResteasyClientClassicProvider.createClientBuilder()
                    .connectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .connectionCheckoutTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .register(JacksonProvider.class, 100)
                    .build();
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(serverUrl)
                    .realm(realm)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(provisionerId)
                    .clientSecret(secret)
                    .resteasyClient(http)
                    .build();
        }
        return keycloak;
    }

    private RegistryException failure(String doing, RuntimeException e) {
        String answer = "could not be reached (" + e.getClass().getSimpleName() + ")";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WebApplicationException web) {
                answer = "answered HTTP " + web.getResponse().getStatus();
                break;
            }
        }
        LOG.log(Level.WARNING, "Identity provider at " + serverUrl + ", realm " + realm + ": could not " + doing, e);
        return new RegistryException(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, "The identity provider " + answer
                + " when the registry tried to " + doing + "; nothing was changed. Try again later.");
    }
}
