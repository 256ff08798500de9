package org.returneeregistry.returnee.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.returneeregistry.shared.codelist.Code;

/** New values for a correction; a null component leaves that part of the record as it is. */
public record PersonCorrection(
        @Size(min = 1, max = 200) String givenName,
        @Size(min = 1, max = 200) String familyName,
        @Past LocalDate dateOfBirth,
        @Code("sex") String sex,
        @Size(min = 1, max = 64) String genderIdentity,
        @Valid Contact contact,
        @Size(min = 1, max = 64) String homeDistrict) {

    public boolean isEmpty() {
        return givenName == null && familyName == null && dateOfBirth == null && sex == null
                && genderIdentity == null && contact == null && homeDistrict == null;
    }
}
