package org.returneeregistry.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A verified token passes the filter only when its groups name one of the registry's roles. */
class AuthenticationFilterTest {

    private static JsonWebToken token(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "service-account-npl-emb-doh";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    @Test
    void aTokenWhoseGroupsNameARegistryRolePasses() {
        assertTrue(AuthenticationFilter.holdsRegistryRole(
                token(Map.of("groups", Set.of("offline_access", "mission-officer")))));
        assertTrue(AuthenticationFilter.holdsRegistryRole(token(Map.of("groups", Set.of("auditor")))));
    }

    @Test
    void aTokenWithoutARegistryRoleIsRefused() {
        assertFalse(AuthenticationFilter.holdsRegistryRole(
                token(Map.of("groups", Set.of("offline_access", "uma_authorization")))));
        assertFalse(AuthenticationFilter.holdsRegistryRole(token(Map.of("groups", Set.of()))));
        assertFalse(AuthenticationFilter.holdsRegistryRole(token(Map.of())));
        // a role's name in another claim is not a group
        assertFalse(AuthenticationFilter.holdsRegistryRole(token(Map.of("roles", Set.of("registrar")))));
    }

    @Test
    void onlyTheStatementKeysAndOneVerificationAreOpenWithoutAToken() {
        assertTrue(AuthenticationFilter.publicStatementPath("/api/v1/statement-keys"));
        assertTrue(AuthenticationFilter.publicStatementPath("/api/v1/statement-keys/certificates"));
        assertTrue(AuthenticationFilter.publicStatementPath(
                "/api/v1/statement-verifications/11111111-2222-4333-8444-555555555555"));
        assertFalse(AuthenticationFilter.publicStatementPath("/api/v1/statement-verifications/"));
        assertFalse(AuthenticationFilter.publicStatementPath("/api/v1/statement-verifications/x/y"));
        assertFalse(AuthenticationFilter.publicStatementPath("/api/v1/statement-keys/other"));
        assertFalse(AuthenticationFilter.publicStatementPath("/api/v1/returnees/RR-0000-0042-7/statements/x"));
    }
}
