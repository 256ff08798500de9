package org.returneeregistry.reintegration.rest;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.reintegration.application.SkillsProfileView;
import org.returneeregistry.shared.rest.Wire;

/** A returnee's skills profile: the current version and the earlier ones, each with who, when and why. */
public record SkillsProfile(String registryNumber, SkillsProfileVersion current, List<SkillsProfileVersion> history) {

    /** One version of the profile. */
    public record SkillsProfileVersion(
            int version,
            String caseId,
            List<RecordSkills.Occupation> occupations,
            List<RecordSkills.Certificate> certificates,
            RecordSkills.PriorLearning priorLearning,
            String recordedBy,
            String organisation,
            Instant recordedAt,
            String reason) {

        static SkillsProfileVersion from(SkillsProfileView.Version v) {
            return new SkillsProfileVersion(
                    v.version(),
                    v.caseId(),
                    Wire.list(v.occupations(), o -> new RecordSkills.Occupation(o.isco(), o.title(), o.years())),
                    Wire.list(v.certificates(), c -> new RecordSkills.Certificate(c.issuer(), c.title(), c.issuedOn())),
                    new RecordSkills.PriorLearning(
                            v.priorLearning().status(), v.priorLearning().outcome()),
                    v.recordedBy(),
                    v.organisation(),
                    v.recordedAt(),
                    v.reason());
        }
    }

    static SkillsProfile from(SkillsProfileView v) {
        return new SkillsProfile(
                v.registryNumber(),
                Wire.one(v.current(), SkillsProfileVersion::from),
                Wire.list(v.history(), SkillsProfileVersion::from));
    }
}
