package org.returneeregistry.returnee.rest;

import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.shared.rest.Wire;

/** Who a returnee is: identifiers, name, date of birth, sex, contact, home district. */
public record PersonDetails(
        List<Identifier> identifiers,
        PersonName name,
        LocalDate dateOfBirth,
        String sex,
        String genderIdentity,
        Contact contact,
        String homeDistrict) {

    public static PersonDetails from(org.returneeregistry.returnee.domain.PersonDetails person) {
        return new PersonDetails(
                Wire.list(person.identifiers(), Identifier::from),
                Wire.one(person.name(), PersonName::from),
                person.dateOfBirth(),
                person.sex(),
                person.genderIdentity(),
                Wire.one(person.contact(), Contact::from),
                person.homeDistrict());
    }

    public org.returneeregistry.returnee.domain.PersonDetails toDomain() {
        return new org.returneeregistry.returnee.domain.PersonDetails(
                Wire.list(identifiers, Identifier::toDomain),
                Wire.one(name, PersonName::toDomain),
                dateOfBirth,
                sex,
                genderIdentity,
                Wire.one(contact, Contact::toDomain),
                homeDistrict);
    }
}
