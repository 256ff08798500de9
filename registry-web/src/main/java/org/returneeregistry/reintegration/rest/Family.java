package org.returneeregistry.reintegration.rest;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.reintegration.application.FamilyView;
import org.returneeregistry.shared.rest.Wire;

/** A returnee's family members and dependants: the current version and the earlier ones, each with who, when, why. */
public record Family(String registryNumber, FamilyVersion current, List<FamilyVersion> history) {

    /** One version of the record. */
    public record FamilyVersion(
            int version,
            String caseId,
            List<RecordFamily.Member> members,
            String recordedBy,
            String organisation,
            Instant recordedAt,
            String reason) {

        static FamilyVersion from(FamilyView.Version v) {
            return new FamilyVersion(
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
                v.registryNumber(),
                Wire.one(v.current(), FamilyVersion::from),
                Wire.list(v.history(), FamilyVersion::from));
    }
}
