package org.returneeregistry.organisation.application;

import java.time.Instant;

/** One event of an organisation's history, with the actor as the token named them. */
public record OrganisationEventView(int sequence, String event, int eventNumber, Instant at, String actor,
                                    String actorSubject, String actorOrganisation, String actorClient,
                                    String reason) {
}
