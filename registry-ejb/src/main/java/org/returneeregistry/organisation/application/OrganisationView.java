package org.returneeregistry.organisation.application;

import java.time.Instant;
import java.util.List;

/**
 * An organisation as the registry answers it, roles by their role names; {@code district} is the district a
 * migrant resource centre serves (null for other types). {@code credentials} is
 * present only in the answer to a registration (and then only once); everywhere else it is null.
 */
public record OrganisationView(
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
        List<OrganisationEventView> history,
        ClientCredentials credentials) {

    OrganisationView withCredentials(ClientCredentials oneTime) {
        return new OrganisationView(
                code,
                name,
                type,
                country,
                district,
                roles,
                status,
                clientId,
                version,
                registeredAt,
                updatedAt,
                history,
                oneTime);
    }
}
