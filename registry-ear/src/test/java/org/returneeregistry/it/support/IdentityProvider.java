package org.returneeregistry.it.support;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/** The Keycloak of the test run, seen through its admin API as the registry's provisioning client sees it. */
public final class IdentityProvider {

    private IdentityProvider() {
    }

    /** An admin client authenticated as {@code registry-provisioner}; close it after use. */
    public static Keycloak admin() {
        return KeycloakBuilder.builder()
                .serverUrl(Callers.keycloakUrl())
                .realm(Callers.realm())
                .grantType("client_credentials")
                .clientId("registry-provisioner")
                .clientSecret(System.getProperty("registry.it.provisionerSecret"))
                .build();
    }
}
