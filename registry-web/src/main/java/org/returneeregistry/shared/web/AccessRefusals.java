package org.returneeregistry.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.metrics.Tag;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.domain.ErrorCode;

/**
 * Counts and logs every refused authentication or authorisation, without personal data: the
 * reason, the interface, the resource family and, when a token was verified, only its client and
 * organisation — never the user name, the token, or the identifiers in the request path.
 * The counter is {@code registry_access_refused_total{reason,interface}} in the metrics endpoint.
 */
@ApplicationScoped
public class AccessRefusals {

    private static final Logger LOG = Logger.getLogger(AccessRefusals.class.getName());
    private static final Metadata REFUSED = Metadata.builder().withName("registry_access_refused")
            .withDescription("Requests refused for failed authentication or authorisation").build();

    @Inject
    private MetricRegistry metrics;

    public void refused(String reason, String channel, String resource, String client, String organisation) {
        metrics.counter(REFUSED, new Tag("reason", reason), new Tag("interface", channel)).inc();
        LOG.warning(() -> "Access refused: reason=" + reason + " interface=" + channel + " resource=" + resource
                + (client == null ? "" : " client=" + client) + (organisation == null ? "" : " organisation=" + organisation));
    }

    /**
     * Counts a refusal by the application services (a role or an organisation refused), if the
     * error is one; the token was verified, so its client and organisation are named.
     */
    public void refusedIfAccess(ErrorCode code, String channel, String path, Principal principal) {
        if (code.kind() == ErrorCode.Kind.UNAUTHENTICATED || code.kind() == ErrorCode.Kind.FORBIDDEN) {
            JsonWebToken token = principal instanceof JsonWebToken t ? t : null;
            refused(code.code(), channel, resource(path), token == null ? null : CallerContext.claim(token, "azp"),
                    token == null ? null : CallerContext.claim(token, CallerContext.ORGANISATION_CLAIM));
        }
    }

    /**
     * The resource family of a path, e.g. {@code returnees} for {@code /api/v1/returnees/RR-…} or for
     * JAX-RS's relative {@code returnees/RR-…}: the first segment only, so no identifier is logged.
     */
    public static String resource(String path) {
        if (path == null) {
            return "-";
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        for (String prefix : new String[] {"api/v1/", "soap/"}) {
            if (p.startsWith(prefix)) {
                p = p.substring(prefix.length());
            }
        }
        int slash = p.indexOf('/');
        String first = (slash < 0 ? p : p.substring(0, slash)).replaceAll("[^A-Za-z0-9-]", "");
        return first.isEmpty() ? "-" : first;
    }
}
