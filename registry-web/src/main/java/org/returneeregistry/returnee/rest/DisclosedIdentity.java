package org.returneeregistry.returnee.rest;

import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.returnee.application.DisclosedReturnee.Identity;
import org.returneeregistry.shared.rest.Wire;

/** The IDENTITY category of a disclosure. */
public record DisclosedIdentity(
        List<Identifier> identifiers, PersonName name, LocalDate dateOfBirth, String sex, String genderIdentity) {

    static DisclosedIdentity from(Identity i) {
        return new DisclosedIdentity(
                Wire.list(i.identifiers(), Identifier::from),
                Wire.one(i.name(), PersonName::from),
                i.dateOfBirth(),
                i.sex(),
                i.genderIdentity());
    }
}
