package org.returneeregistry.reintegration.application;

import java.time.Instant;
import java.util.List;

/**
 * A returnee's skills profile: the current version and, for the case worker, every earlier one with who
 * recorded it, when and why.
 */
public record SkillsProfileView(String registryNumber, Version current, List<Version> history) {

    /** One version of the profile. */
    public record Version(
            int version,
            String caseId,
            List<RecordSkills.Occupation> occupations,
            List<RecordSkills.Certificate> certificates,
            RecordSkills.PriorLearning priorLearning,
            String recordedBy,
            String organisation,
            Instant recordedAt,
            String reason) {}
}
