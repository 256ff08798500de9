package org.returneeregistry.shared.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.returneeregistry.shared.domain.Actor;

/**
 * The caller a unit of background work acts for, when it carries on what an authenticated caller asked
 * and was authorised for earlier (a batch job takes in the notifications a mission officer submitted).
 * {@link CallerContext} answers this actor only when the request has no token of its own; it never
 * grants a role. Set only by the registry's own jobs, for the work of one request context.
 */
@RequestScoped
public class ActingFor {

    private Actor actor;

    public void actor(Actor actor) {
        this.actor = actor;
    }

    public Optional<Actor> actor() {
        return Optional.ofNullable(actor);
    }

    public void clear() {
        actor = null;
    }
}
