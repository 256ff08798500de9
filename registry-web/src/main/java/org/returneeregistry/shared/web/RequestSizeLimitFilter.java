package org.returneeregistry.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.shared.domain.ErrorCode;

/**
 * Bounds every request body (MicroProfile Config {@code registry.request.max-bytes}). A declared
 * length over the limit is refused before reading; an undeclared (chunked) body is cut off when it
 * passes the limit. REST callers get problem+json 413, SOAP callers a fault with code RequestTooLarge.
 */
@WebFilter(urlPatterns = {"/api/*", "/soap/*", "/sync/*"})
public class RequestSizeLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "registry.request.max-bytes", defaultValue = "262144")
    long maxBytes;

    /** A batch of notifications (docs/bulk-intake.md) carries many notifications in one body. */
    @Inject
    @ConfigProperty(name = "registry.batch.max-bytes", defaultValue = "16777216")
    long maxBatchBytes;

    /** A DCI registry search (docs/dci.md) holds at most ten small search requests. */
    @Inject
    @ConfigProperty(name = "registry.dci.max-bytes", defaultValue = "65536")
    long maxDciBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limit(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, limit);
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Bounded(request, limit), response);
    }

    private long limit(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (request.getServletPath().startsWith("/sync")) {
            return Math.min(maxBytes, maxDciBytes);
        }
        return "POST".equals(request.getMethod())
                        && path != null
                        && path.endsWith("/api/v1/return-notifications/batches")
                ? Math.max(maxBytes, maxBatchBytes)
                : maxBytes;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        EarlyRefusal.send(
                request,
                response,
                ErrorCode.REQUEST_TOO_LARGE,
                413,
                "The request body is too large",
                new RequestTooLargeException(limit).getMessage());
    }

    /** A request whose body stream fails once more than {@code limit} bytes have been read. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws RequestTooLargeException {
                        count += n;
                        if (count > limit) {
                            throw new RequestTooLargeException(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
