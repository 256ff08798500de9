package org.returneeregistry.exchange.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.shared.application.InputValidation;

/** The rules of a delivery endpoint that Bean Validation cannot say. */
public final class DeliveryEndpointRules {

    /** A DNS name or an IPv4 address: letters, digits, dots and hyphens, not at either end. */
    public static final String HOST = "[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?";
    private static final Set<String> SCHEMES = Set.of("http", "https");

    private DeliveryEndpointRules() {
    }

    public static void check(InputValidation validation, String organisationCode, SetDeliveryEndpoint command) {
        validation.check(organisationCode == null || OrganisationCode.parse(organisationCode).isEmpty(),
                "organisationCode", "Pattern", "must be an organisation code such as NPL-MOHP");
        if (command.pushUrl() != null && !command.pushUrl().isEmpty()) {
            validation.check(!isPushUrl(command.pushUrl()), "pushUrl", "HttpUrl",
                    "must be an absolute http or https URL with a host, without user info or fragment");
        }
        validation.check(command.mllpHost() != null && command.mllpPort() == null, "mllpPort", "MllpHostAndPort",
                "an MLLP host needs a port");
        validation.check(command.mllpHost() == null && command.mllpPort() != null, "mllpHost", "MllpHostAndPort",
                "an MLLP port needs a host");
    }

    static boolean isPushUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getScheme() != null
                    && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
