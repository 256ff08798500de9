package org.returneeregistry.returnee.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.returneeregistry.shared.domain.Inputs;
import org.returneeregistry.shared.domain.Text;

/** A name as the person uses it; the family name is optional because not every culture has one. */
public record PersonName(
        @Text @NotBlank @Size(max = 200) String givenName,
        @Text @Size(min = 1, max = 200) String familyName,
        @Size(max = 5) List<@Valid Transliteration> transliterations) {

    public PersonName {
        transliterations = Inputs.listOf(transliterations);
    }
}
