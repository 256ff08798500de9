package org.returneeregistry.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.domain.ErrorCode;

/**
 * The error page of MicroProfile JWT's refusals (web.xml): a bearer token that is malformed, does
 * not verify, has expired, or names another issuer or audience. Answers in the caller's protocol —
 * problem+json with {@code WWW-Authenticate} (RFC 6750) for REST, a SOAP fault with code
 * NotAuthenticated for SOAP — and counts the refusal.
 */
@WebServlet("/access-refused")
public class AccessRefusalPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccessRefusals refusals;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(status instanceof Integer) || uri == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        String channel = path.startsWith("/soap") ? CallScope.SOAP : CallScope.REST;
        refusals.refused("InvalidToken", channel, AccessRefusals.resource(path), null, null);
        response.setHeader("WWW-Authenticate", AuthenticationFilter.CHALLENGE + ", error=\"invalid_token\"");
        EarlyRefusal.send(path, response, ErrorCode.NOT_AUTHENTICATED, HttpServletResponse.SC_UNAUTHORIZED,
                "Authentication required", "The bearer token was refused: it is malformed, its signature does not"
                        + " verify, it has expired, or it was not issued by the registry's identity provider for the registry.");
    }
}
