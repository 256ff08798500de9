package org.returneeregistry.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returneeregistry.shared.application.CallScope;

/** Tells the application services which interface a request came in by, for the audit entry. */
@WebFilter(urlPatterns = {"/api/*", "/soap/*", "/sync/*"})
public class CallChannelFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private CallScope scope;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        scope.channel(
                path.startsWith("/soap") ? CallScope.SOAP : path.startsWith("/sync") ? CallScope.DCI : CallScope.REST);
        chain.doFilter(request, response);
    }
}
