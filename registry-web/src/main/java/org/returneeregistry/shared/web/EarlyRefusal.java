package org.returneeregistry.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.rest.Problem;
import org.returneeregistry.shared.rest.RegistryApplication;

/**
 * Answers a request refused by a servlet filter, before REST or SOAP is reached, in the form the
 * caller's protocol uses everywhere else: a SOAP 1.1 fault with the WSDLs' registryFault detail
 * for {@code /soap}, RFC 9457 problem+json for {@code /api}.
 */
final class EarlyRefusal {

    private EarlyRefusal() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, ErrorCode code, int httpStatus,
                     String title, String message) throws IOException {
        send(request.getServletPath(), response, code, httpStatus, title, message);
    }

    /** @param path the request's path within the application, e.g. {@code /soap/ReturneeRegistryService} */
    static void send(String path, HttpServletResponse response, ErrorCode code, int httpStatus,
                     String title, String message) throws IOException {
        response.setHeader("Connection", "close");
        String body;
        if (path.startsWith("/soap")) {
            // SOAP 1.1 answers a fault with 500; a body the server cannot read at all keeps its HTTP status
            response.setStatus(httpStatus == HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE ? httpStatus
                    : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.setContentType("text/xml;charset=UTF-8");
            String text = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                    + "<faultcode>S:Client</faultcode><faultstring>" + text + "</faultstring><detail>"
                    + "<c:registryFault xmlns:c=\"https://schemas.returneeregistry.org/common/v1\">"
                    + "<c:code>" + code.code() + "</c:code><c:message>" + text + "</c:message></c:registryFault>"
                    + "</detail></S:Fault></S:Body></S:Envelope>";
        } else {
            response.setStatus(httpStatus);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setHeader("API-Version", RegistryApplication.API_VERSION);
            body = "{\"type\":\"" + Problem.TYPE_BASE + code.code() + "\",\"title\":\""
                    + json(title) + "\",\"status\":" + httpStatus + ",\"code\":\"" + code.code() + "\",\"detail\":\""
                    + json(message) + "\"}";
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
