package org.returneeregistry.exchange.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the registry sends personal data: only over an encrypted transport (https, MLLP over TLS) and only
 * to public addresses. An endpoint aimed at the registry's own machine, its network or a cloud metadata
 * service would turn the outbox into a way to reach what an administrator's browser cannot.
 *
 * <p>The hosts an operator names in {@code allowedInsecure} (e.g. {@code 127.0.0.1} for a demo or a test
 * domain; there are none by default) are exempt from both rules. The host is compared as written in the
 * endpoint, without case.
 */
public final class DestinationPolicy {

    /** The answer: allowed, or refused with a reason code and a sentence for the administrator. */
    public record Decision(boolean allowed, String reason, String explanation) {

        static final Decision ALLOWED = new Decision(true, null, null);

        static Decision refused(String reason, String explanation) {
            return new Decision(false, reason, explanation);
        }
    }

    public static final String PLAIN_TRANSPORT = "PlainTransport";
    public static final String INTERNAL_ADDRESS = "InternalAddress";

    private final Set<String> allowedInsecure;

    private DestinationPolicy(Set<String> allowedInsecure) {
        this.allowedInsecure = allowedInsecure;
    }

    /** From a comma-separated list of host names or addresses (blank: none). */
    public static DestinationPolicy allowingInsecure(String hosts) {
        Objects.requireNonNull(hosts, "hosts");
        return new DestinationPolicy(Arrays.stream(hosts.split(",")).map(String::trim).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean insecureAllowed(String host) {
        return host != null && allowedInsecure.contains(host.toLowerCase(Locale.ROOT));
    }

    /** May a message go to {@code host} over this transport? {@code encrypted}: https, MLLP over TLS. */
    public Decision transport(String host, boolean encrypted) {
        if (encrypted || insecureAllowed(host)) {
            return Decision.ALLOWED;
        }
        return Decision.refused(PLAIN_TRANSPORT, "must use an encrypted transport (https; MLLP goes over TLS)");
    }

    /** May a message go to {@code host}, which resolves to {@code addresses}? Every address must be public. */
    public Decision addresses(String host, List<InetAddress> addresses) {
        if (insecureAllowed(host)) {
            return Decision.ALLOWED;
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                return Decision.refused(INTERNAL_ADDRESS, "must not be a loopback, link-local, private, shared,"
                        + " multicast or reserved address");
            }
        }
        return Decision.ALLOWED;
    }

    /** Loopback, unspecified, link-local, private (RFC 1918, ULA), shared (CGNAT), multicast, reserved or documentation. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                   // "this network"
                    || first == 100 && (second & 0xc0) == 64    // 100.64.0.0/10 shared address space
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0     // 192.0.0.0/24 protocol assignments
                    || first == 192 && second == 0 && (b[2] & 0xff) == 2     // TEST-NET-1
                    || first == 198 && (second & 0xfe) == 18    // 198.18.0.0/15 benchmarking
                    || first == 198 && second == 51 && (b[2] & 0xff) == 100  // TEST-NET-2
                    || first == 203 && second == 0 && (b[2] & 0xff) == 113   // TEST-NET-3
                    || first >= 240;                            // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            boolean ipv4Compatible = true;
            for (int i = 0; i < 12; i++) {
                ipv4Compatible &= b[i] == 0;
            }
            return (first & 0xfe) == 0xfc                       // fc00::/7 unique local
                    || first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8 // documentation
                    || first == 0x00 && ipv4Compatible          // ::/96 (::1 and :: are caught above)
                    || first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b; // NAT64 64:ff9b::/96
        }
        return true;
    }
}
