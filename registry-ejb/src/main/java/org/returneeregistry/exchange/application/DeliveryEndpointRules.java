package org.returneeregistry.exchange.application;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.returneeregistry.exchange.domain.DestinationPolicy;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.shared.application.InputValidation;

/**
 * The rules of a delivery endpoint that Bean Validation cannot say: host and port of MLLP come together;
 * a push URL is an absolute https URL (http only to a host the operator allowed plain transport to);
 * MLLP goes over TLS, plain only to such a host; and neither may name or resolve to a loopback,
 * link-local, private or otherwise internal address ({@link DestinationPolicy}). A host that does not
 * resolve now is accepted: it is resolved and checked again before every delivery.
 */
public final class DeliveryEndpointRules {

    /** A DNS name or an IPv4 address: letters, digits, dots and hyphens, not at either end. */
    public static final String HOST = "[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?";

    private static final Set<String> SCHEMES = Set.of("http", "https");

    private DeliveryEndpointRules() {}

    /**
     * @param resolve the addresses of a host name (empty when it does not resolve)
     */
    public static void check(
            InputValidation validation,
            String organisationCode,
            SetDeliveryEndpoint command,
            DestinationPolicy destinations,
            Function<String, List<InetAddress>> resolve) {
        validation.check(
                organisationCode == null
                        || OrganisationCode.parse(organisationCode).isEmpty(),
                "organisationCode",
                "Pattern",
                "must be an organisation code such as NPL-MOHP");
        if (command.pushUrl() != null && !command.pushUrl().isEmpty()) {
            Optional<URI> url = pushUrl(command.pushUrl());
            validation.check(
                    url.isEmpty(),
                    "pushUrl",
                    "HttpUrl",
                    "must be an absolute https URL with a host, without user info or fragment");
            url.ifPresent(u -> destination(
                    validation,
                    "pushUrl",
                    u.getHost(),
                    "https".equals(u.getScheme().toLowerCase(Locale.ROOT)),
                    destinations,
                    resolve));
        }
        validation.check(
                command.mllpHost() != null && command.mllpPort() == null,
                "mllpPort",
                "MllpHostAndPort",
                "an MLLP host needs a port");
        validation.check(
                command.mllpHost() == null && command.mllpPort() != null,
                "mllpHost",
                "MllpHostAndPort",
                "an MLLP port needs a host");
        if (command.mllpHost() != null && command.mllpHost().matches(HOST)) {
            // MLLP goes over TLS except to the hosts allowed plain transport: the transport rule always holds
            destination(validation, "mllpHost", command.mllpHost(), true, destinations, resolve);
        }
    }

    /** The destination policy for one host: encrypted transport, and no internal address. */
    public static void destination(
            InputValidation validation,
            String field,
            String host,
            boolean encrypted,
            DestinationPolicy destinations,
            Function<String, List<InetAddress>> resolve) {
        DestinationPolicy.Decision transport = destinations.transport(host, encrypted);
        validation.check(!transport.allowed(), field, DestinationPolicy.PLAIN_TRANSPORT, transport.explanation());
        if (!transport.allowed() || destinations.insecureAllowed(host)) {
            return;
        }
        DestinationPolicy.Decision where = destinations.addresses(host, resolve.apply(host));
        validation.check(!where.allowed(), field, DestinationPolicy.INTERNAL_ADDRESS, where.explanation());
    }

    static Optional<URI> pushUrl(String text) {
        try {
            URI uri = new URI(text);
            boolean valid = uri.isAbsolute()
                    && uri.getScheme() != null
                    && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null
                    && uri.getRawUserInfo() == null
                    && uri.getRawFragment() == null;
            return valid ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The addresses a host resolves to now; none when it does not resolve. */
    public static List<InetAddress> resolveNow(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (java.net.UnknownHostException e) {
            return List.of();
        }
    }
}
