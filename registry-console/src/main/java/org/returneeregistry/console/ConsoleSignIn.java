package org.returneeregistry.console;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.shared.domain.Role;

/**
 * How people sign in to the console: OpenID Connect's authorisation code flow against the registry's
 * Keycloak realm (Jakarta Security), as the confidential client {@code registry-console}. The roles are the
 * access token's {@code groups}, as for the API; the caller's name is its {@code upn}. The realm's URL defaults
 * to the issuer the API verifies tokens against ({@code mp.jwt.verify.issuer}); the client secret comes from
 * MicroProfile Config ({@code registry.console.client-secret}, a password alias), never from the build.
 *
 * <p>The client asks for no profile or e-mail scope: the identity token then names the person by an opaque
 * subject only, so the token handed back to Keycloak on sign-out carries no personal data in the URL.
 */
@ApplicationScoped
@Named("consoleSignIn")
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${consoleSignIn.providerUri}",
        clientId = "${consoleSignIn.clientId}",
        clientSecret = "${consoleSignIn.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = true,
        scope = {"openid"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "upn", callerGroupsClaim = "groups"))
@DeclareRoles({
    Role.Names.REGISTRAR,
    Role.Names.MISSION_OFFICER,
    Role.Names.SOCIAL_SECURITY_OFFICER,
    Role.Names.AUDITOR,
    Role.Names.REGISTRY_ADMIN
})
public class ConsoleSignIn {

    @Inject
    @ConfigProperty(name = "registry.console.provider-uri")
    private Optional<String> providerUri;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    private Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "registry.console.client-id", defaultValue = "registry-console")
    private String clientId;

    @Inject
    @ConfigProperty(name = "registry.console.client-secret")
    private Optional<String> clientSecret;

    public String getProviderUri() {
        return providerUri
                .or(() -> issuer)
                .orElseThrow(() -> new IllegalStateException(
                        "Set registry.console.provider-uri (or mp.jwt.verify.issuer) to the realm's URL"));
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret.orElseThrow(() -> new IllegalStateException(
                "Set registry.console.client-secret (a password alias) to the secret of client " + clientId));
    }

    /** The identity provider's origin (scheme, host, port), which the console's forms may be sent on to. */
    public String providerOrigin() {
        URI uri = URI.create(getProviderUri());
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
