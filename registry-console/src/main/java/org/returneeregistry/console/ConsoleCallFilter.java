package org.returneeregistry.console;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.domain.Actor;

/**
 * Tells the application services that a request came in by the console (channel {@code CONSOLE}, as the
 * decision log and the audit trail record it) and who the signed-in person is: the subject, name,
 * organisation and client of the access token the OpenID Connect mechanism verified for the session.
 */
@WebFilter(urlPatterns = "/*")
public class ConsoleCallFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private CallScope scope;

    @Inject
    private OpenIdContext openId;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        scope.channel(CallScope.CONSOLE);
        Principal principal = request.getUserPrincipal();
        if (principal != null && openId.getAccessToken() != null) {
            JwtClaims claims = openId.getAccessToken().getJwtClaims();
            scope.signedIn(new Actor(
                    openId.getSubject(),
                    principal.getName(),
                    claims.getStringClaim(CallerContext.ORGANISATION_CLAIM).orElse(null),
                    claims.getStringClaim("azp").orElse(null)));
        }
        chain.doFilter(request, response);
    }
}
