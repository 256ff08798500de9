package org.returneeregistry.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.returneeregistry.shared.domain.ErrorCode;

/**
 * The registry reads XML, SOAP and JSON and nothing else — and a batch of notifications also as NDJSON or CSV. A body in any other content type (Fast
 * Infoset, {@code application/fastinfoset} or {@code application/soap+fastinfoset}, which Metro would
 * otherwise decode by a parser of its own, past the hardened XML parsers and the schema validation;
 * form data; serialized objects) is refused with 415 before it is read. A request that asks for a Fast
 * Infoset answer is served plain XML: the Accept header reaches the endpoints without it.
 */
@WebFilter(urlPatterns = {"/api/*", "/soap/*", "/sync/*"})
public class ContentTypeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && !readable(type) && !(isBatch(request) && batchReadable(type))) {
            EarlyRefusal.send(
                    request,
                    response,
                    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    415,
                    "Unsupported media type",
                    "The registry reads application/json, application/xml, text/xml and application/soap+xml bodies"
                            + " (and a batch of notifications in application/x-ndjson or text/csv).");
            return;
        }
        String accept = request.getHeader("Accept");
        boolean fastInfoset = accept != null && accept.toLowerCase(Locale.ROOT).contains("fastinfoset");
        chain.doFilter(fastInfoset ? new PlainXmlAccepted(request) : request, response);
    }

    /** JSON (and +json types), XML (and +xml types, SOAP 1.2 among them); parameters such as charset aside. */
    static boolean readable(String contentType) {
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return media.equals("application/json")
                || media.equals("application/xml")
                || media.equals("text/xml")
                || media.startsWith("application/") && (media.endsWith("+json") || media.endsWith("+xml"));
    }

    /** A batch of return notifications (docs/bulk-intake.md), which also comes as NDJSON or CSV. */
    static boolean isBatch(HttpServletRequest request) {
        String path = request.getRequestURI();
        return "POST".equals(request.getMethod())
                && path != null
                && path.endsWith("/api/v1/return-notifications/batches");
    }

    /** NDJSON and CSV, the other forms of a batch; parameters such as charset aside. */
    static boolean batchReadable(String contentType) {
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return media.equals("application/x-ndjson") || media.equals("text/csv");
    }

    /** The request without the Fast Infoset types in its Accept header. */
    private static final class PlainXmlAccepted extends HttpServletRequestWrapper {

        PlainXmlAccepted(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "accept".equalsIgnoreCase(name) ? withoutFastInfoset(super.getHeader(name)) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!"accept".equalsIgnoreCase(name)) {
                return super.getHeaders(name);
            }
            List<String> values = Collections.list(super.getHeaders(name)).stream()
                    .map(PlainXmlAccepted::withoutFastInfoset)
                    .filter(v -> !v.isEmpty())
                    .toList();
            return Collections.enumeration(values);
        }

        private static String withoutFastInfoset(String accept) {
            if (accept == null) {
                return null;
            }
            return List.of(accept.split(",")).stream()
                    .map(String::strip)
                    .filter(t -> !t.toLowerCase(Locale.ROOT).contains("fastinfoset"))
                    .collect(Collectors.joining(", "));
        }
    }
}
