package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.returneeregistry.it.env.ItEnvironment;
import org.returneeregistry.it.env.TokenSigningKey;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.IdentityProvider;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * Tokens the registry must refuse, each differing from a good token in one respect only, over REST
 * (401 problem with an RFC 6750 challenge) and SOAP (fault NotAuthenticated): a changed claim under
 * the original signature, no signature, expired, issued under another issuer name by the same
 * Keycloak key, issued without the registry as audience.
 */
class TokenVerificationIT extends DeployedRegistry {

    private static final String CODE_LISTS = API + "/code-lists";

    @Test
    void theGoodTokenIsAccepted() {
        withToken(Callers.registrar().token()).expect(200);
    }

    @Test
    void aClaimChangedUnderTheOriginalSignatureIsRefused() {
        String token = Callers.mission(Samples.MISSION).token();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"mission-officer\"", "\"registrar\"");
        assertNotEquals(payload, forged, "the token carries its role in the groups claim: " + payload);
        refused(parts[0] + "." + base64(forged) + "." + parts[2]);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = Callers.registrar().token().split("\\.");
        refused(base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
    }

    @Test
    void aTokenFromAnotherIssuerNameIsRefused() {
        // same Keycloak, same realm key: only the issuer differs (Keycloak names itself after the host asked)
        String otherIssuerEndpoint = Callers.tokenEndpoint().replace("127.0.0.1", "localhost");
        JsonObject answer = Callers.tokenResponse(
                otherIssuerEndpoint,
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "registry-cli",
                        "username",
                        "registrar.demo",
                        "password",
                        System.getProperty("registry.it.demoPassword")));
        String token = answer.getString("access_token");
        assertTrue(claims(token).getString("iss").contains("localhost"), () -> "issuer: " + claims(token));
        refused(token);
    }

    @Test
    void aTokenNotIssuedForTheRegistryIsRefused() {
        String code = "NPL-EMB-AUD";
        Callers.registered(code, "MISSION", "QAT", "mission-officer");
        try (Keycloak admin = IdentityProvider.admin()) {
            var clients = admin.realm(Callers.realm()).clients();
            ClientRepresentation client =
                    clients.findByClientId(Callers.clientId(code)).get(0);
            String scope = admin.realm(Callers.realm()).clientScopes().findAll().stream()
                    .filter(s -> s.getName().equals("registry-api"))
                    .findFirst()
                    .orElseThrow()
                    .getId();
            clients.get(client.getId()).removeDefaultClientScope(scope);
        }
        String token = Callers.tokenResponse(
                        Callers.tokenEndpoint(),
                        Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                Callers.clientId(code),
                                "client_secret",
                                Callers.registered(code, "MISSION", "QAT", "mission-officer")))
                .getString("access_token");
        JsonObject claims = claims(token);
        assertFalse(String.valueOf(claims.get("aud")).contains("returnee-registry"), () -> "audience: " + claims);
        refused(token);
    }

    /**
     * A token like the registrar's, signed with a key of the realm, is accepted while current and refused once
     * expired: minted already expired (a minute past, well beyond the registry's 10 s of clock skew,
     * mp.jwt.verify.clock.skew), so the test waits for nothing.
     */
    @Test
    void anExpiredTokenIsRefused() throws Exception {
        JWTClaimsSet genuine = SignedJWT.parse(Callers.registrar().token()).getJWTClaimsSet();
        Instant now = Instant.now();
        withToken(signedByTheRealm(genuine, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(5))))
                .expect(200);
        refused(signedByTheRealm(genuine, now.minus(Duration.ofMinutes(6)), now.minus(Duration.ofMinutes(1))));
    }

    /** The claims of a token Keycloak issued, issued and expiring at the given instants, signed with a realm key. */
    private static String signedByTheRealm(JWTClaimsSet claims, Instant issued, Instant expires) throws JOSEException {
        TokenSigningKey key = ItEnvironment.tokenSigningKey();
        SignedJWT token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .keyID(key.keyId())
                        .build(),
                new JWTClaimsSet.Builder(claims)
                        .jwtID(UUID.randomUUID().toString())
                        .issueTime(Date.from(issued))
                        .notBeforeTime(null)
                        .expirationTime(Date.from(expires))
                        .build());
        token.sign(new RSASSASigner(key.privateKey()));
        return token.serialize();
    }

    private static void refused(String token) {
        Answer rest = withToken(token);
        rest.problem(401, "NotAuthenticated");
        assertTrue(rest.header("WWW-Authenticate").orElse("").contains("error=\"invalid_token\""), rest::toString);
        RegistryFault fault = assertThrows(RegistryFault.class, () -> RegistryApi.withAuthorization(
                        RegistryApi.registryPort(null), "Bearer " + token)
                .getReturnee("RR-0000-0001-3", "REINTEGRATION_SERVICES"));
        assertEquals("NotAuthenticated", fault.getFaultInfo().getCode());
    }

    private static Answer withToken(String token) {
        return RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(CODE_LISTS))
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    private static JsonObject claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
