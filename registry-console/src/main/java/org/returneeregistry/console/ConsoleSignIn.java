package org.returneeregistry.console;

import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where and as whom the console signs people in: the registry's realm (by default the issuer the API verifies
 * tokens against, {@code mp.jwt.verify.issuer}) and the confidential client {@code registry-console}, whose
 * secret comes from MicroProfile Config ({@code registry.console.client-secret}, a password alias), never from
 * the build. The audience the access token must name is the API's ({@code mp.jwt.verify.audiences}).
 */
public record ConsoleSignIn(String issuer, String clientId, String clientSecret, String audience) {

    static final String CALLBACK = "/callback";

    public static ConsoleSignIn fromConfig() {
        Config config = ConfigProvider.getConfig();
        String issuer = config.getOptionalValue("registry.console.provider-uri", String.class)
                .or(() -> config.getOptionalValue("mp.jwt.verify.issuer", String.class))
                .orElseThrow(() -> new IllegalStateException(
                        "Set registry.console.provider-uri (or mp.jwt.verify.issuer) to the realm's URL"));
        String clientId = config.getOptionalValue("registry.console.client-id", String.class)
                .orElse("registry-console");
        Optional<String> secret = config.getOptionalValue("registry.console.client-secret", String.class);
        String audience =
                config.getOptionalValue("mp.jwt.verify.audiences", String.class).orElse("returnee-registry");
        return new ConsoleSignIn(
                issuer.replaceAll("/+$", ""), clientId, secret.orElse(null), audience.split(",")[0].strip());
    }

    /** The identity provider's origin (scheme, host, port), which the console's forms may be sent on to. */
    public String providerOrigin() {
        URI uri = URI.create(issuer);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
