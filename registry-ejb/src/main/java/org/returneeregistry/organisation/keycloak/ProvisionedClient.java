package org.returneeregistry.organisation.keycloak;

/**
 * A client the identity provider has just created: its internal id (to undo the creation), its
 * client id, the generated secret and where tokens are obtained. The secret is masked in
 * {@link #toString()}.
 */
public record ProvisionedClient(String internalId, String clientId, String clientSecret, String tokenEndpoint) {

    @Override
    public String toString() {
        return "ProvisionedClient[clientId=" + clientId + ", internalId=" + internalId + ", clientSecret=****]";
    }
}
