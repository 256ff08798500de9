package org.returneeregistry.shared.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import org.returneeregistry.shared.domain.Actor;

/**
 * The caller of the business call now running, for the services it calls in turn: {@link ServiceCall}
 * resolved it once when the outermost call began, so they take it from the request's {@link CallScope}
 * instead of asking {@link CallerContext} (an EJB call, and the token's claims read) again. Outside an
 * outermost call — background work, a request with no call — it asks {@link CallerContext}.
 */
@ApplicationScoped
public class CurrentCaller {

    @Inject
    private CallScope scope;

    @EJB
    private CallerContext caller;

    public Actor actor() {
        try {
            if (scope.inCall()) {
                return scope.actor();
            }
        } catch (ContextNotActiveException e) {
            // no request on this thread: background work, which CallerContext answers
        }
        return caller.actor();
    }
}
