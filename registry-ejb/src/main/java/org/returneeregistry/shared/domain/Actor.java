package org.returneeregistry.shared.domain;

import java.util.Objects;

/**
 * Who did something, as recorded in history: the authenticated principal and, where one
 * is known, the organisation on whose behalf they acted.
 */
public record Actor(String principal, String organisation) {

    public Actor {
        Objects.requireNonNull(principal, "principal");
    }

    /** The text kept in history rows, e.g. {@code registrar-1@NPL-MOLESS} or {@code NPL-EMB-DOH}. */
    public String display() {
        return organisation == null ? principal : principal + "@" + organisation;
    }
}
