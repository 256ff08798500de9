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
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.shared.domain.ErrorCode;

/**
 * Refuses XML bodies that carry a document type declaration, before any XML stack sees them: no
 * DTD means no entity expansion (billion laughs) and no external entities (XXE). For REST only the
 * prolog is parsed, up to the first element. A SOAP body is read whole (at most
 * {@code registry.request.max-bytes}, as the SOAP runtime buffers it anyway) and must be well formed:
 * the runtime would answer XML it cannot read as its own failure, a {@code soap:Server} fault, though
 * the error is the caller's; for the same reason its body element must name an operation of the service
 * ({@link SoapOperations}). Either way the body then goes on unchanged. SOAP callers get a fault
 * with code MalformedRequest, REST callers problem+json 400.
 */
@WebFilter(urlPatterns = {"/api/*", "/soap/*"})
public class XmlPrologFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PROLOG_BYTES = 8192;
    private static final XMLInputFactory PROLOG = prologFactory();
    private static final String WSDLS = "/WEB-INF/wsdl/v1/wsdl/";
    private static final Map<String, Set<QName>> OPERATIONS = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "registry.request.max-bytes", defaultValue = "262144")
    long maxBytes;

    private static XMLInputFactory prologFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!"POST".equals(request.getMethod()) || !type.contains("xml")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getServletPath().startsWith("/soap")) {
            byte[] whole = readAtMost(request.getInputStream(), maxBytes);
            if (whole == null) {
                EarlyRefusal.send(
                        request,
                        response,
                        ErrorCode.REQUEST_TOO_LARGE,
                        413,
                        "The request body is too large",
                        new RequestTooLargeException(maxBytes).getMessage());
                return;
            }
            QName[] operation = new QName[1];
            String refusal = refusal(new ByteArrayInputStream(whole), operation);
            if (refusal == null) {
                refusal = unknownOperation(request, operation[0]);
            }
            if (refusal != null) {
                EarlyRefusal.send(
                        request,
                        response,
                        ErrorCode.MALFORMED_REQUEST,
                        HttpServletResponse.SC_BAD_REQUEST,
                        "The request body cannot be read",
                        refusal);
                return;
            }
            chain.doFilter(new Replayed(request, new ByteArrayInputStream(whole)), response);
            return;
        }
        BufferedInputStream body = new BufferedInputStream(request.getInputStream(), MAX_PROLOG_BYTES);
        body.mark(MAX_PROLOG_BYTES);
        String refusal = refusal(new PrologWindow(body), null);
        if (refusal != null) {
            EarlyRefusal.send(
                    request,
                    response,
                    ErrorCode.MALFORMED_REQUEST,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "The request body cannot be read",
                    refusal);
            return;
        }
        body.reset();
        chain.doFilter(new Replayed(request, body), response);
    }

    /** The whole body, or null when it is longer than {@code limit} bytes. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
        } catch (RequestTooLargeException e) {
            return null;
        }
        return out.toByteArray();
    }

    /** Why a SOAP body is refused when its element names no operation of the service, or null. */
    private String unknownOperation(HttpServletRequest request, QName element) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String service = path.substring(path.lastIndexOf('/') + 1);
        Set<QName> operations = OPERATIONS.get(service);
        if (operations == null) {
            try (InputStream wsdl = getServletContext().getResourceAsStream(WSDLS + service + ".wsdl")) {
                if (wsdl == null) {
                    return null; // no such service: the runtime answers 404
                }
                operations = SoapOperations.requestElements(wsdl);
            }
            OPERATIONS.putIfAbsent(service, operations);
        }
        return element == null || operations.contains(element)
                ? null
                : "The body element " + element + " is no operation of " + service + ".";
    }

    /**
     * Why the body is refused, or null when it has no DTD and an element. With {@code bodyElement} null only
     * the prolog is read, up to the first element; otherwise the whole document, which must be well formed,
     * and {@code bodyElement[0]} is set to the first element inside a SOAP Body.
     */
    private static String refusal(InputStream xml, QName[] bodyElement) {
        XMLStreamReader reader = null;
        try {
            reader = PROLOG.createXMLStreamReader(xml);
            boolean element = false;
            int depth = 0;
            boolean inBody = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    return "Document type declarations (DTDs) are not accepted.";
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (bodyElement == null) {
                        return null;
                    }
                    element = true;
                    depth++;
                    if (depth == 2) {
                        inBody = "Body".equals(reader.getLocalName());
                    } else if (depth == 3 && inBody && bodyElement[0] == null) {
                        bodyElement[0] = reader.getName();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return element ? null : "The body holds no XML element.";
        } catch (XMLStreamException e) {
            return "The XML body cannot be read: " + e.getMessage();
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    /** At most the first {@link #MAX_PROLOG_BYTES} bytes of the body; a prolog longer than that is refused. */
    private static final class PrologWindow extends InputStream {
        private final InputStream in;
        private int remaining = MAX_PROLOG_BYTES - 1;

        PrologWindow(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            remaining--;
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the body stays open for the chain
        }
    }

    private static final class Replayed extends HttpServletRequestWrapper {
        private final ServletInputStream stream;

        Replayed(HttpServletRequest request, InputStream body) {
            super(request);
            this.stream = new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = body.read(buffer, offset, length);
                    finished = n < 0;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("this request body is read synchronously");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }
    }
}
