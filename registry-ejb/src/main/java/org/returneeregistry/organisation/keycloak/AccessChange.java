package org.returneeregistry.organisation.keycloak;

import java.util.List;

/**
 * What {@link KeycloakClients#disable} or {@link KeycloakClients#enable} changed, so exactly that can be undone: the client (when
 * its state changed) and the users whose state changed.
 */
public record AccessChange(boolean enabled, String clientInternalId, List<String> userIds) {

    public AccessChange {
        userIds = List.copyOf(userIds);
    }

    public boolean isEmpty() {
        return clientInternalId == null && userIds.isEmpty();
    }
}
