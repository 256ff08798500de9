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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.shared.domain.ErrorCode;

/**
 * Keeps the exact bytes of a signed SOAP request (the partner exchange's), for its WS-Security verification: the
 * JAX-WS runtime hands a port a message it rebuilt, and a signature covers the bytes as they were sent — whitespace
 * around the Body's content included. The body is read once, bounded like every request body
 * ({@code registry.request.max-bytes}), kept as a request attribute ({@link #of}) and replayed unchanged to the
 * runtime.
 */
@WebFilter(urlPatterns = "/soap/PartnerExchangeService")
public class SignedSoapBodyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = SignedSoapBodyFilter.class.getName() + ".body";

    @Inject
    @ConfigProperty(name = "registry.request.max-bytes", defaultValue = "262144")
    long maxBytes;

    /** The request's body as it was sent, when this filter read it. */
    public static Optional<byte[]> of(HttpServletRequest request) {
        return request == null || !(request.getAttribute(ATTRIBUTE) instanceof byte[] body)
                ? Optional.empty()
                : Optional.of(body.clone());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                body.write(buffer, 0, n);
                if (body.size() > maxBytes) {
                    EarlyRefusal.send(
                            request,
                            response,
                            ErrorCode.REQUEST_TOO_LARGE,
                            413,
                            "The request body is too large",
                            new RequestTooLargeException(maxBytes).getMessage());
                    return;
                }
            }
        } catch (RequestTooLargeException e) {
            EarlyRefusal.send(
                    request,
                    response,
                    ErrorCode.REQUEST_TOO_LARGE,
                    413,
                    "The request body is too large",
                    e.getMessage());
            return;
        }
        byte[] bytes = body.toByteArray();
        request.setAttribute(ATTRIBUTE, bytes);
        chain.doFilter(new Replayed(request, bytes), response);
    }

    /** The request with its body read from the bytes kept. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("not an asynchronous request");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            throw new IllegalStateException("the body is read as a stream");
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
