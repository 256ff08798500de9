package org.returneeregistry.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returneeregistry.shared.application.CallScope;

/**
 * Tells the application services that a request came in by the console: the decision log and the audit trail
 * record its calls with channel {@code CONSOLE}. Who the person is, the services read from the container's
 * principal ({@link ConsolePerson}), as for API calls.
 */
@WebFilter(urlPatterns = "/*")
public class ConsoleCallFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private CallScope scope;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        scope.channel(CallScope.CONSOLE);
        chain.doFilter(request, response);
    }
}
