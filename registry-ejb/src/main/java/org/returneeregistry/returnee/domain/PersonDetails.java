package org.returneeregistry.returnee.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.shared.domain.Inputs;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/** Who a person is: identifiers, name, date of birth, sex (ISO 5218), gender, contact, home district. */
public record PersonDetails(
        @NotEmpty @Size(max = 5) List<@NotNull @Valid Identifier> identifiers,
        @NotNull @Valid PersonName name,
        @NotNull @Past LocalDate dateOfBirth,
        @NotNull @Code("sex") String sex,
        @Text @Size(min = 1, max = 64) String genderIdentity,
        @Valid Contact contact,
        @Text @Size(min = 1, max = 64) String homeDistrict) {

    public PersonDetails {
        identifiers = Inputs.listOf(identifiers);
    }
}
