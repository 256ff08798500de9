package org.returneeregistry.organisation.rest;

/** An organisation's system client, answered once at registration: the registry does not keep the secret. */
public record ClientCredentials(String clientId, String clientSecret, String tokenEndpoint) {

    static ClientCredentials from(org.returneeregistry.organisation.application.ClientCredentials c) {
        return new ClientCredentials(c.clientId(), c.clientSecret(), c.tokenEndpoint());
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", clientSecret=****, tokenEndpoint=" + tokenEndpoint + "]";
    }
}
