package org.returneeregistry.node.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import org.returneeregistry.node.officer.Officers;

/**
 * Ends the session of an officer who has been disabled since logging in: their next request, page or API, is
 * answered 401 and the session is gone, so disabling an officer takes effect at once, not when the session times
 * out.
 */
@WebFilter("/*")
public class ActiveOfficers extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Officers officers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal officer = request.getUserPrincipal();
        if (officer != null && !officers.active(officer.getName())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            request.logout();
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "this officer has been disabled");
            return;
        }
        chain.doFilter(request, response);
    }
}
