package org.returneeregistry.returnee.rest;

import java.time.LocalDate;
import org.returneeregistry.shared.rest.Wire;

/** A returnee found by a search. */
public record ReturneeSummary(String registryNumber, PersonName name, LocalDate dateOfBirth, String homeDistrict) {

    static ReturneeSummary from(org.returneeregistry.returnee.application.ReturneeSummary s) {
        return new ReturneeSummary(
                s.registryNumber(), Wire.one(s.name(), PersonName::from), s.dateOfBirth(), s.homeDistrict());
    }
}
