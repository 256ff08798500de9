package org.returneeregistry.returnee.rest;

import java.util.List;
import org.returneeregistry.shared.rest.Wire;

/** The body of a direct registration. */
public record RegisterReturnee(PersonDetails person, List<Employment> migrationEpisodes) {

    org.returneeregistry.returnee.application.RegisterReturnee toCommand() {
        return new org.returneeregistry.returnee.application.RegisterReturnee(
                Wire.one(person, PersonDetails::toDomain), Wire.list(migrationEpisodes, Employment::toDomain));
    }
}
