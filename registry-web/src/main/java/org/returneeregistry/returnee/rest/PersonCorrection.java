package org.returneeregistry.returnee.rest;

import java.time.LocalDate;
import org.returneeregistry.shared.rest.Wire;

/** The person details a correction changes; what is left out stays as it is. */
public record PersonCorrection(
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String sex,
        String genderIdentity,
        Contact contact,
        String homeDistrict) {

    org.returneeregistry.returnee.domain.PersonCorrection toDomain() {
        return new org.returneeregistry.returnee.domain.PersonCorrection(
                givenName,
                familyName,
                dateOfBirth,
                sex,
                genderIdentity,
                Wire.one(contact, Contact::toDomain),
                homeDistrict);
    }
}
