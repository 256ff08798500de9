package org.returneeregistry.returnee.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.returnee.application.CaseRecords;
import org.returneeregistry.shared.rest.Wire;

/** The FAMILY category of a disclosure: the family members and dependants a case worker recorded. */
public record DisclosedFamily(int version, List<DisclosedFamilyMember> members, Instant recordedAt) {

    /** A family member or dependant. */
    public record DisclosedFamilyMember(
            String relationship,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String sex,
            boolean dependant,
            Boolean inSchool) {}

    static DisclosedFamily from(CaseRecords.Family f) {
        return new DisclosedFamily(
                f.version(),
                Wire.list(
                        f.members(),
                        m -> new DisclosedFamilyMember(
                                m.relationship(),
                                m.givenName(),
                                m.familyName(),
                                m.dateOfBirth(),
                                m.sex(),
                                m.dependant(),
                                m.inSchool())),
                f.recordedAt());
    }
}
