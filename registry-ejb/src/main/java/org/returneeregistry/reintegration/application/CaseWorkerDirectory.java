package org.returneeregistry.reintegration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returneeregistry.consent.application.CaseWorkers;
import org.returneeregistry.reintegration.persistence.CaseRepository;
import org.returneeregistry.shared.domain.Actor;

/**
 * Answers the consent decision point's question (port {@link CaseWorkers}): is this caller the case
 * worker of the returnee's open case — of the centre holding it, and the one it is assigned to?
 */
@ApplicationScoped
public class CaseWorkerDirectory implements CaseWorkers {

    @Inject
    private CaseRepository cases;

    @Override
    public boolean isCaseWorker(Actor actor, String registryNumber) {
        return actor.organisation() != null
                && cases.openFor(registryNumber)
                        .filter(c -> c.workedBy(actor.organisation(), actor.username()))
                        .isPresent();
    }
}
