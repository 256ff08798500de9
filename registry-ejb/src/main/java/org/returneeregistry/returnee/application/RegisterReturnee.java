package org.returneeregistry.returnee.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.returneeregistry.shared.domain.Inputs;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.PersonDetails;

/** A registrar registers a person who has come back, with the work abroad known so far. */
public record RegisterReturnee(
        @NotNull @Valid PersonDetails person,
        @Size(max = 20) List<@NotNull @Valid Employment> migrationEpisodes) {

    public RegisterReturnee {
        migrationEpisodes = Inputs.listOf(migrationEpisodes);
    }
}
