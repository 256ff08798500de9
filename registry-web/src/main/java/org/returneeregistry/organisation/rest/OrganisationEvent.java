package org.returneeregistry.organisation.rest;

import java.time.Instant;
import org.returneeregistry.organisation.application.OrganisationEventView;

/** One event in an organisation's history: registered, suspended, reinstated; by whom and why. */
public record OrganisationEvent(
        int sequence,
        String event,
        int eventNumber,
        Instant at,
        String actor,
        String actorSubject,
        String actorOrganisation,
        String actorClient,
        String reason) {

    static OrganisationEvent from(OrganisationEventView e) {
        return new OrganisationEvent(
                e.sequence(),
                e.event(),
                e.eventNumber(),
                e.at(),
                e.actor(),
                e.actorSubject(),
                e.actorOrganisation(),
                e.actorClient(),
                e.reason());
    }
}
