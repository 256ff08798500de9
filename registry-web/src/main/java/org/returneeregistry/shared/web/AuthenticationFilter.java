package org.returneeregistry.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Role;

/**
 * First in the chain for {@code /api} and SOAP calls: a request whose bearer token MicroProfile JWT
 * did not verify, or whose token holds none of the registry's roles, is refused here — before its
 * body is read — with 401 or 403 (SOAP: fault NotAuthenticated / NotAuthorized). Public documents
 * (GET and HEAD on {@code /soap}: WSDL and XSD; the consent receipt keys) pass, and so does a message to the partner
 * exchange's port or its REST twin without a token, which its signature authenticates. Per-operation roles are the application
 * services' business.
 */
public class AuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The consent receipt keys (JWKS): verifying a receipt must not need an account. */
    static final String PUBLIC_KEYS = "/api/v1/consent-receipt-keys";
    /**
     * What verifies a statement of periods abroad: its keys and certificates, and the verification its QR code
     * leads to (nothing personal is answered there).
     */
    static final List<String> PUBLIC_STATEMENT_PATHS = List.of(
            "/api/v1/statement-keys", "/api/v1/statement-keys/certificates", "/api/v1/statement-verifications/");

    static final String CHALLENGE = "Bearer realm=\"returnee-registry\"";
    /**
     * The partner exchange's port: another registry calls it without a token, its WS-Security signature by a
     * certificate registered under an agreement in force authenticating it (ADR 0026). A token, when sent, is
     * verified as everywhere.
     */
    static final String SIGNED_MESSAGES = "/soap/PartnerExchangeService";
    /** The partner exchange's REST twin, authenticated by its detached JWS as the SOAP port by WS-Security. */
    static final String SIGNED_JSON_MESSAGES = "/api/v1/partner-exchange/messages";

    @Inject
    private AccessRefusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean soap = request.getServletPath().startsWith("/soap");
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        String path = request.getServletPath() + nullToEmpty(request.getPathInfo());
        if (read && (soap || PUBLIC_KEYS.equals(path) || publicStatementPath(path))) {
            chain.doFilter(request, response);
            return;
        }
        String channel = soap ? CallScope.SOAP : CallScope.REST;
        String resource = AccessRefusals.resource(request.getServletPath() + nullToEmpty(request.getPathInfo()));
        if (!(request.getUserPrincipal() instanceof JsonWebToken token)) {
            if (SIGNED_MESSAGES.equals(path)
                    || ("POST".equals(request.getMethod()) && SIGNED_JSON_MESSAGES.equals(path))) {
                chain.doFilter(request, response);
                return;
            }
            refusals.refused("MissingToken", channel, resource, null, null);
            response.setHeader("WWW-Authenticate", CHALLENGE);
            EarlyRefusal.send(
                    request,
                    response,
                    ErrorCode.NOT_AUTHENTICATED,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Authentication required",
                    "Send an access token from the registry's identity provider: Authorization: Bearer <token>.");
            return;
        }
        if (!holdsRegistryRole(token)) {
            refusals.refused(
                    "NoRegistryRole",
                    channel,
                    resource,
                    CallerContext.claim(token, "azp"),
                    CallerContext.claim(token, CallerContext.ORGANISATION_CLAIM));
            EarlyRefusal.send(
                    request,
                    response,
                    ErrorCode.NOT_AUTHORIZED,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Not authorised",
                    "The token holds none of the registry's roles.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the verified token's groups name one of the registry's roles. The domain maps each group to the
     * role of the same name (default principal-to-role mapping), so this is what asking the container role by
     * role answers, in one pass over the claim.
     */
    static boolean holdsRegistryRole(JsonWebToken token) {
        Set<String> groups = token.getGroups();
        if (groups == null || groups.isEmpty()) {
            return false;
        }
        for (Role role : Role.values()) {
            if (groups.contains(role.roleName())) {
                return true;
            }
        }
        return false;
    }

    static boolean publicStatementPath(String path) {
        return PUBLIC_STATEMENT_PATHS.stream()
                .anyMatch(p -> p.endsWith("/")
                        ? path.startsWith(p) && path.length() > p.length() && path.indexOf('/', p.length()) < 0
                        : p.equals(path));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
