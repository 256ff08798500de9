package org.returneeregistry.returnee.rest;

import java.util.List;
import org.returneeregistry.shared.rest.Wire;

/** A person's name, with its transliterations. */
public record PersonName(String givenName, String familyName, List<Transliteration> transliterations) {

    static PersonName from(org.returneeregistry.returnee.domain.PersonName name) {
        return new PersonName(
                name.givenName(), name.familyName(), Wire.list(name.transliterations(), Transliteration::from));
    }

    org.returneeregistry.returnee.domain.PersonName toDomain() {
        return new org.returneeregistry.returnee.domain.PersonName(
                givenName, familyName, Wire.list(transliterations, Transliteration::toDomain));
    }
}
