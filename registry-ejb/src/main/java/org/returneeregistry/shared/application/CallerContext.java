package org.returneeregistry.shared.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.security.Principal;
import org.returneeregistry.shared.domain.Actor;

/**
 * The caller of the current business method, as the container authenticated it. Until callers
 * carry tokens the container reports its anonymous principal; history records it as such.
 */
@Stateless
public class CallerContext {

    @Resource
    private SessionContext session;

    public Actor actor() {
        Principal principal = session.getCallerPrincipal();
        String name = principal == null ? "anonymous" : principal.getName();
        return new Actor(name, null);
    }

    /** The actor acting for an organisation named in the request, e.g. a mission. */
    public Actor actorFor(String organisation) {
        return new Actor(actor().principal(), organisation);
    }
}
