package org.returneeregistry.organisation.keycloak;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Signs every admin call in as the provisioning client: an access token from the client-credentials
 * grant, kept until shortly before it expires. A failure to sign in is thrown from the filter and
 * reaches the caller as the cause of the call's {@link jakarta.ws.rs.ProcessingException}.
 */
final class AdminToken implements ClientRequestFilter {

    static final long MARGIN_SECONDS = 30;

    private final KeycloakTokens tokens;
    private final String clientId;
    private final Supplier<String> secret;
    private final Clock clock;
    private String accessToken;
    private Instant expires = Instant.MIN;

    AdminToken(KeycloakTokens tokens, String clientId, Supplier<String> secret, Clock clock) {
        this.tokens = tokens;
        this.clientId = clientId;
        this.secret = secret;
        this.clock = clock;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + current());
    }

    /** The token held, or a new one when it is missing or expires within the margin. */
    synchronized String current() {
        Instant now = clock.instant();
        if (accessToken == null || !now.isBefore(expires)) {
            JsonObject token = tokens.clientCredentials("client_credentials", clientId, secret.get());
            accessToken = token.getString("access_token");
            expires = now.plusSeconds(Math.max(0, token.getInt("expires_in", 60) - MARGIN_SECONDS));
        }
        return accessToken;
    }
}
