package org.returneeregistry.returnee.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/** New values for a correction; a null component leaves that part of the record as it is. */
public record PersonCorrection(
        @Text @Size(min = 1, max = 200) String givenName,
        @Text @Size(min = 1, max = 200) String familyName,
        @Past LocalDate dateOfBirth,
        @Code("sex") String sex,
        @Text @Size(min = 1, max = 64) String genderIdentity,
        @Valid Contact contact,
        @Text @Size(min = 1, max = 64) String homeDistrict) {

    public boolean isEmpty() {
        return givenName == null && familyName == null && dateOfBirth == null && sex == null
                && genderIdentity == null && contact == null && homeDistrict == null;
    }
}
