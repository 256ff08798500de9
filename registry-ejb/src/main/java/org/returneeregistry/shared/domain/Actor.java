package org.returneeregistry.shared.domain;

import java.util.Objects;

/**
 * Who did something, as recorded in history and audit: the token's subject and user name, the
 * organisation it acts for and the client (system) that obtained the token.
 *
 * @param subject      the identity provider's stable subject id ({@code sub})
 * @param username     the account's name, for people reading history ({@code upn})
 * @param organisation the registry organisation code from the token, or null for the system itself
 * @param client       the OAuth client the token was issued to ({@code azp}), or null
 */
public record Actor(String subject, String username, String organisation, String client) {

    public static final int MAX_LENGTH = 200;

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
    }

    /** An actor known only by name, e.g. the registry acting on its own. */
    public Actor(String username, String organisation) {
        this(username, username, organisation, null);
    }

    /** The text kept in history rows, e.g. {@code registrar.demo@NPL-DOFE}. */
    public String display() {
        return organisation == null ? username : username + "@" + organisation;
    }
}
