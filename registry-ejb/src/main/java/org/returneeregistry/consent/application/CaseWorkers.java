package org.returneeregistry.consent.application;

import org.returneeregistry.shared.domain.Actor;

/**
 * Port: who is a returnee's case worker. The decision point grants a special category (the case's
 * trafficking and GBV screening) to the case worker alone, but the cases live downstream, in the
 * reintegration context, which implements this.
 */
public interface CaseWorkers {

    /**
     * Whether {@code actor} is the case worker of the returnee's open case: a person or system of the
     * resource centre holding it, and the one it is assigned to.
     */
    boolean isCaseWorker(Actor actor, String registryNumber);
}
