package org.returneeregistry.agreement.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a partner institution's endpoints on an agreement the registry sends to. An institution declares at most
 * one address per transport (SOAP, REST); when it declared both, the one it declared (or changed) last is how it
 * wants to be called now — a partner moving from SOAP to the REST twin declares its REST endpoint and traffic
 * follows at the next attempt, without its SOAP address being removed. Equal times (one change declaring both) keep
 * SOAP, the transport the exchange began with.
 */
public final class PartnerEndpoints {

    private PartnerEndpoints() {}

    public static Optional<PartnerEndpoint> current(List<PartnerEndpoint> endpoints, String institution) {
        return current(endpoints.stream()
                        .filter(e -> e.institution().equals(institution))
                        .map(e -> new Declared<>(e, e.transport(), e.updatedAt()))
                        .toList())
                .map(Declared::endpoint);
    }

    /** One declared endpoint: what it is, its transport, when it was declared or last changed. */
    public record Declared<T>(T endpoint, EndpointTransport transport, java.time.Instant declaredAt) {}

    /** The endpoint declared last; on equal times SOAP before REST. */
    public static <T> Optional<Declared<T>> current(List<Declared<T>> declared) {
        return declared.stream()
                .max(Comparator.comparing((Declared<T> d) -> d.declaredAt())
                        .thenComparing(d -> d.transport() == EndpointTransport.SOAP ? 1 : 0));
    }
}
