package org.returneeregistry.reintegration.rest;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.reintegration.application.FamilyView;
import org.returneeregistry.shared.rest.Wire;

/** A returnee's family members and dependants: the current version and the earlier ones, each with who, when, why. */
public record Family(String registryNumber, Version current, List<Version> history) {

    /** One version of the record. */
    public record Version(
            int version,
            String caseId,
            List<RecordFamily.Member> members,
            String recordedBy,
            String organisation,
            Instant recordedAt,
            String reason) {

        static Version from(FamilyView.Version v) {
            return new Version(
                    v.version(),
                    v.caseId(),
                    Wire.list(
                            v.members(),
                            m -> new RecordFamily.Member(
                                    m.relationship(),
                                    m.givenName(),
                                    m.familyName(),
                                    m.dateOfBirth(),
                                    m.sex(),
                                    m.dependant(),
                                    m.inSchool())),
                    v.recordedBy(),
                    v.organisation(),
                    v.recordedAt(),
                    v.reason());
        }
    }

    static Family from(FamilyView v) {
        return new Family(
                v.registryNumber(), Wire.one(v.current(), Version::from), Wire.list(v.history(), Version::from));
    }
}
