package org.returneeregistry.organisation.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;

/**
 * Provisioning and status changes undo what they did when a later step fails, so the realm is left as
 * it was: each step of each operation is made to fail in turn against an in-memory realm.
 */
class KeycloakClientsTest {

    private static final OrganisationCode CODE =
            OrganisationCode.parse("NPL-EMB-DOH").orElseThrow();

    /** A realm in memory, speaking the admin API; the call named in {@code failing} fails as an unreachable server would. */
    private static final class Realm implements KeycloakAdmin {
        final Map<String, JsonObject> clients = new LinkedHashMap<>();
        final Map<String, JsonObject> users = new LinkedHashMap<>();
        final Map<String, List<String>> roleMappings = new LinkedHashMap<>();
        final Set<String> roles = Set.of("mission-officer", "registrar");
        final List<String> calls = new ArrayList<>();
        String failing;
        int failOnCall = 1;
        boolean dropsAttributes;
        private int ids;

        private void step(String name) {
            calls.add(name);
            if (name.equals(failing) && calls.stream().filter(name::equals).count() == failOnCall) {
                throw new ProcessingException("connection reset during " + name);
            }
        }

        @Override
        public JsonArray clients(String clientId) {
            step("clients");
            var found = Json.createArrayBuilder();
            clients.values().stream()
                    .filter(c -> c.getString("clientId").equals(clientId))
                    .forEach(found::add);
            return found.build();
        }

        @Override
        public void createClient(JsonObject client) {
            step("createClient");
            String id = "c" + ++ids;
            clients.put(id, Json.createObjectBuilder(client).add("id", id).build());
            String userId = "u" + ++ids;
            users.put(
                    userId,
                    Json.createObjectBuilder()
                            .add("id", userId)
                            .add("username", "service-account-" + client.getString("clientId"))
                            .add("serviceAccountClientId", id)
                            .add("enabled", true)
                            .build());
        }

        @Override
        public void updateClient(String internalId, JsonObject client) {
            step("updateClient");
            clients.put(internalId, merged(clients.get(internalId), client));
        }

        @Override
        public void deleteClient(String internalId) {
            step("deleteClient");
            clients.remove(internalId);
            users.values().removeIf(u -> internalId.equals(u.getString("serviceAccountClientId", null)));
        }

        @Override
        public JsonObject serviceAccount(String internalId) {
            step("serviceAccount");
            return users.values().stream()
                    .filter(u -> internalId.equals(u.getString("serviceAccountClientId", null)))
                    .findFirst()
                    .orElseThrow();
        }

        @Override
        public JsonObject clientSecret(String internalId) {
            step("clientSecret");
            return Json.createObjectBuilder()
                    .add("value", "s3cret-of-" + internalId)
                    .build();
        }

        @Override
        public JsonArray users(String query, boolean brief, int first, int max) {
            step("users");
            var found = Json.createArrayBuilder();
            users.values().stream().skip(first).limit(max).forEach(found::add);
            return found.build();
        }

        @Override
        public JsonObject user(String userId) {
            step("user");
            return users.get(userId);
        }

        @Override
        public void updateUser(String userId, JsonObject user) {
            step("updateUser");
            JsonObject change = dropsAttributes
                    ? Json.createObjectBuilder(user).remove("attributes").build()
                    : user;
            users.put(userId, merged(users.get(userId), change));
        }

        @Override
        public void grantRealmRoles(String userId, JsonArray granted) {
            step("grantRealmRoles");
            granted.getValuesAs(JsonObject.class).forEach(r -> roleMappings
                    .computeIfAbsent(userId, k -> new ArrayList<>())
                    .add(r.getString("name")));
        }

        @Override
        public JsonObject role(String name) {
            step("role");
            if (!roles.contains(name)) {
                throw new IllegalStateException("the fake realm answers only roles it has");
            }
            return Json.createObjectBuilder().add("name", name).build();
        }

        private static JsonObject merged(JsonObject current, JsonObject change) {
            var merged = Json.createObjectBuilder(current);
            change.forEach(merged::add);
            return merged.build();
        }

        Optional<JsonObject> account(String username) {
            return users.values().stream()
                    .filter(u -> u.getString("username").equals(username))
                    .findFirst();
        }

        JsonObject person(String id, boolean enabled) {
            JsonObject person = Json.createObjectBuilder()
                    .add("id", id)
                    .add("username", id)
                    .add("enabled", enabled)
                    .add(
                            "attributes",
                            Json.createObjectBuilder()
                                    .add(
                                            KeycloakClients.ORGANISATION_ATTRIBUTE,
                                            Json.createArrayBuilder().add(CODE.value())))
                    .build();
            users.put(id, person);
            return person;
        }
    }

    private static KeycloakClients against(Realm realm) {
        KeycloakClients keycloak = new KeycloakClients();
        keycloak.admin = realm;
        keycloak.serverUrl = "http://127.0.0.1:8180";
        keycloak.realm = "returnee-registry";
        return keycloak;
    }

    private static ProvisionedClient provision(KeycloakClients keycloak) {
        return keycloak.provision(CODE, "Embassy in Doha", "System client", Set.of(Role.MISSION_OFFICER));
    }

    @Test
    void provisioningCreatesTheClientMarksItsAccountAndGrantsItsRoles() {
        Realm realm = new Realm();

        ProvisionedClient client = provision(against(realm));

        assertEquals(CODE.clientId(), client.clientId());
        assertEquals("s3cret-of-" + client.internalId(), client.clientSecret());
        assertEquals(
                "http://127.0.0.1:8180/realms/returnee-registry/protocol/openid-connect/token", client.tokenEndpoint());
        JsonObject account = realm.account("service-account-" + CODE.clientId()).orElseThrow();
        assertEquals(
                CODE.value(),
                account.getJsonObject("attributes")
                        .getJsonArray(KeycloakClients.ORGANISATION_ATTRIBUTE)
                        .getString(0));
        assertEquals(List.of("mission-officer"), realm.roleMappings.get(account.getString("id")));
        assertFalse(realm.calls.contains("deleteClient"));
    }

    /** Every step after the client exists: when it fails, the client (and its service account) is deleted. */
    @ParameterizedTest
    @ValueSource(strings = {"serviceAccount", "updateUser", "user", "role", "grantRealmRoles", "clientSecret"})
    void aStepAfterTheCreationFailsAndTheClientIsDeletedAgain(String failing) {
        Realm realm = new Realm();
        realm.failing = failing;

        RegistryException refused = assertThrows(RegistryException.class, () -> provision(against(realm)));

        assertEquals(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, refused.code());
        assertTrue(realm.calls.contains("createClient"), realm.calls::toString);
        assertEquals("deleteClient", realm.calls.get(realm.calls.size() - 1), realm.calls::toString);
        assertTrue(realm.clients.isEmpty(), "no client is left behind");
        assertTrue(realm.users.isEmpty(), "no service account is left behind");
    }

    /** The first lookup and the creation: when the client does not exist, nothing is deleted. */
    @ParameterizedTest
    @ValueSource(strings = {"clients", "createClient"})
    void aStepBeforeTheClientExistsFailsAndNothingIsLeftToUndo(String failing) {
        Realm realm = new Realm();
        realm.failing = failing;

        RegistryException refused = assertThrows(RegistryException.class, () -> provision(against(realm)));

        assertEquals(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, refused.code());
        assertFalse(realm.calls.contains("deleteClient"), realm.calls::toString);
        assertTrue(realm.clients.isEmpty());
    }

    @Test
    void aRealmThatDropsTheOrganisationAttributeIsRefusedAndTheClientDeleted() {
        Realm realm = new Realm();
        realm.dropsAttributes = true;

        RegistryException refused = assertThrows(RegistryException.class, () -> provision(against(realm)));

        assertEquals(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, refused.code());
        assertTrue(refused.getMessage().contains("user profile"), refused::getMessage);
        assertTrue(realm.clients.isEmpty());
        assertFalse(realm.calls.contains("grantRealmRoles"));
    }

    @Test
    void aClientIdTheRealmHasIsRefusedAndTheExistingClientKept() {
        Realm realm = new Realm();
        ProvisionedClient first = provision(against(realm));

        RegistryException refused = assertThrows(RegistryException.class, () -> provision(against(realm)));

        assertEquals(ErrorCode.ORGANISATION_ALREADY_REGISTERED, refused.code());
        assertEquals(Set.of(first.internalId()), realm.clients.keySet());
    }

    @Test
    void aDisableThatFailsHalfwayEnablesAgainWhatItHadDisabled() {
        Realm realm = new Realm();
        KeycloakClients keycloak = against(realm);
        ProvisionedClient client = provision(keycloak);
        realm.person("a-person", true);
        realm.person("b-person", true);
        realm.failing = "updateUser";
        realm.failOnCall = 3; // the service account, then the first person, then the second person fails
        realm.calls.clear();

        assertThrows(RegistryException.class, () -> keycloak.disable(CODE, client.clientId()));

        assertTrue(realm.clients.get(client.internalId()).getBoolean("enabled"), "the client is enabled again");
        assertTrue(realm.users.values().stream().allMatch(u -> u.getBoolean("enabled")), realm.users::toString);
    }

    @Test
    void aDisableChangesOnlyWhatWasEnabledAndRevertRestoresExactlyThat() {
        Realm realm = new Realm();
        KeycloakClients keycloak = against(realm);
        ProvisionedClient client = provision(keycloak);
        realm.person("a-person", true);
        realm.person("b-person", false);

        AccessChange change = keycloak.disable(CODE, client.clientId());

        assertEquals(client.internalId(), change.clientInternalId());
        assertTrue(change.userIds().contains("a-person"));
        assertFalse(change.userIds().contains("b-person"), "an account disabled for its own reasons is not touched");
        assertTrue(realm.users.values().stream().noneMatch(u -> u.getBoolean("enabled")));

        keycloak.revert(change);

        assertTrue(realm.clients.get(client.internalId()).getBoolean("enabled"));
        assertTrue(realm.users.get("a-person").getBoolean("enabled"));
        assertFalse(realm.users.get("b-person").getBoolean("enabled"));
        assertEquals(
                JsonValue.ValueType.TRUE,
                realm.users.get("a-person").get("enabled").getValueType());
    }
}
