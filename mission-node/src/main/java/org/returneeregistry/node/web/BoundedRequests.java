package org.returneeregistry.node.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Every body the node takes is small: a notification's form or JSON fits in 64 KiB. */
@WebFilter("/*")
public class BoundedRequests extends HttpFilter {

    static final long MAX_BYTES = 64 * 1024;
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > MAX_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "at most 64 KiB");
            return;
        }
        if (length < 0 && "POST".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED, "a POST needs a Content-Length");
            return;
        }
        chain.doFilter(request, response);
    }
}
