package org.example.cxfclient;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.MessageContext;
import java.util.List;
import java.util.Map;

/**
 * What every client here shares: the bearer token on each request, and one JSON line per call on standard
 * output (the answer's registry number and one detail of it, or the registryFault code of a refusal).
 */
final class Calls {

    private Calls() {
    }

    /**
     * The port with the access token in the Authorization header of every request: the environment's REGISTRY_TOKEN,
     * or the system property registry.token when the client runs in a JVM shared with other clients.
     */
    static <P> P withBearerToken(P port) {
        String token = System.getProperty("registry.token", System.getenv("REGISTRY_TOKEN"));
        ((BindingProvider) port).getRequestContext().put(MessageContext.HTTP_REQUEST_HEADERS,
                Map.of("Authorization", List.of("Bearer " + token)));
        return port;
    }

    static void answered(String operation, String registryNumber, String detail) {
        System.out.println("{\"operation\":\"" + operation + "\",\"registryNumber\":\"" + registryNumber
                + "\",\"detail\":\"" + detail + "\"}");
    }

    /** An answer that names its record by another key than a registry number. */
    static void answered(String operation, String key, String value, String detail) {
        System.out.println("{\"operation\":\"" + operation + "\",\"" + key + "\":\"" + value
                + "\",\"detail\":\"" + detail + "\"}");
    }

    static void refused(String operation, String code) {
        System.out.println("{\"operation\":\"" + operation + "\",\"fault\":\"" + code + "\"}");
    }

    static void notRefused(String operation) {
        System.out.println("{\"operation\":\"" + operation + "\",\"fault\":null}");
    }
}
