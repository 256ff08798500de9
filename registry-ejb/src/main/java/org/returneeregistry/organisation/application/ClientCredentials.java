package org.returneeregistry.organisation.application;

/**
 * What an organisation's system needs to obtain tokens with the client-credentials grant. Answered
 * once, when the organisation is registered: the registry does not keep the secret. The secret is
 * masked in {@link #toString()} so it cannot reach a log by accident.
 */
public record ClientCredentials(String clientId, String clientSecret, String tokenEndpoint) {

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", clientSecret=****, tokenEndpoint=" + tokenEndpoint + "]";
    }
}
