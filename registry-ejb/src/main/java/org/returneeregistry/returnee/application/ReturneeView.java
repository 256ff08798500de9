package org.returneeregistry.returnee.application;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.PersonDetails;
import org.returneeregistry.returnee.domain.ReturnDetails;

/** A returnee as the registry answers it. */
public record ReturneeView(String registryNumber, PersonDetails person, List<Employment> migrationEpisodes,
                           List<ReturnDetails> returnEvents, long version, Instant registeredAt, Instant updatedAt) {
}
