package org.returneeregistry.organisation.rest;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.organisation.application.OrganisationView;
import org.returneeregistry.shared.rest.Wire;

/**
 * An organisation with its history; {@code credentials} only in the answer to its registration, {@code
 * district} only for a migrant resource centre.
 */
public record Organisation(
        String code,
        String name,
        String type,
        String country,
        String district,
        List<String> roles,
        String status,
        String clientId,
        long version,
        Instant registeredAt,
        Instant updatedAt,
        List<OrganisationEvent> history,
        ClientCredentials credentials) {

    static Organisation from(OrganisationView v) {
        return new Organisation(
                v.code(),
                v.name(),
                v.type(),
                v.country(),
                v.district(),
                v.roles(),
                v.status(),
                v.clientId(),
                v.version(),
                v.registeredAt(),
                v.updatedAt(),
                Wire.list(v.history(), OrganisationEvent::from),
                Wire.one(v.credentials(), ClientCredentials::from));
    }
}
