package org.returneeregistry.returnee.application;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.returnee.domain.FieldChange;

/**
 * One history entry of a returnee. {@code actor} is the readable form; subject, organisation and
 * client are the token's {@code sub}, {@code organisation} and {@code azp} of whoever made the change.
 */
public record HistoryView(int sequence, Instant at, String actor, String actorSubject, String actorOrganisation,
                          String actorClient, String action, int eventNumber, String reason,
                          List<FieldChange> changes) {
}
