package org.returneeregistry.shared.application;

import org.returneeregistry.shared.domain.Actor;

/**
 * A business call is about to run for this caller. Observers may refuse it by throwing a
 * {@link org.returneeregistry.shared.domain.RegistryException}; the call then does not run.
 */
public record CallerIdentified(Actor actor) {
}
