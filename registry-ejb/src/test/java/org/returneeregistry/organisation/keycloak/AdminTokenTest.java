package org.returneeregistry.organisation.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/** The provisioning client's token is taken once and kept until shortly before it expires. */
class AdminTokenTest {

    private static final class TokenEndpoint implements KeycloakTokens {
        final List<String> grants = new ArrayList<>();

        @Override
        public JsonObject clientCredentials(String grantType, String clientId, String clientSecret) {
            grants.add(grantType + " " + clientId + " " + clientSecret);
            return Json.createObjectBuilder()
                    .add("access_token", "token-" + grants.size())
                    .add("expires_in", 300)
                    .build();
        }
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-03-10T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theTokenIsReusedUntilTheMarginBeforeItsExpiryAndThenTakenAgain() {
        TokenEndpoint endpoint = new TokenEndpoint();
        MovingClock clock = new MovingClock();
        AdminToken token = new AdminToken(endpoint, "registry-provisioner", () -> "s3cret", clock);

        assertEquals("token-1", token.current());
        clock.now = clock.now.plus(Duration.ofSeconds(300 - AdminToken.MARGIN_SECONDS - 1));
        assertEquals("token-1", token.current());
        clock.now = clock.now.plusSeconds(1);
        assertEquals("token-2", token.current());
        assertEquals(
                List.of(
                        "client_credentials registry-provisioner s3cret",
                        "client_credentials registry-provisioner s3cret"),
                endpoint.grants);
    }

    @Test
    void withoutASecretNoTokenIsAskedFor() {
        TokenEndpoint endpoint = new TokenEndpoint();
        RegistryException missing = new RegistryException(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, "no secret");
        AdminToken token = new AdminToken(
                endpoint,
                "registry-provisioner",
                () -> {
                    throw missing;
                },
                new MovingClock());

        assertSame(missing, assertThrows(RegistryException.class, token::current));
        assertEquals(List.of(), endpoint.grants);
    }
}
