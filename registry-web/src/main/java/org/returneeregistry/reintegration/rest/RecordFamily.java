package org.returneeregistry.reintegration.rest;

import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.shared.rest.Wire;

/** The body of a family record, whole: the members and dependants, and the reason for the change. */
public record RecordFamily(List<Member> members, String reason) {

    /**
     * A family member: relationship ({@code family-relationship} code), names, date of birth, sex ({@code sex}
     * code), whether a dependant, whether in school.
     */
    public record Member(
            String relationship,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String sex,
            Boolean dependant,
            Boolean inSchool) {}

    org.returneeregistry.reintegration.application.RecordFamily toCommand() {
        return new org.returneeregistry.reintegration.application.RecordFamily(
                Wire.list(
                        members,
                        m -> new org.returneeregistry.reintegration.application.RecordFamily.Member(
                                m.relationship(),
                                m.givenName(),
                                m.familyName(),
                                m.dateOfBirth(),
                                m.sex(),
                                m.dependant(),
                                m.inSchool())),
                reason);
    }
}
