package org.returneeregistry.reintegration.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.returneeregistry.shared.domain.Actor;

/**
 * One version of a returnee's skills profile (category SKILLS): occupations, certificates and recognition of
 * prior learning as the JSON document they were recorded in.
 */
@Entity
@Table(name = "skills_profile_version")
@AttributeOverride(name = "version", column = @Column(name = "profile_version", nullable = false, updatable = false))
public class SkillsProfileVersion extends CaseRecordVersion {

    protected SkillsProfileVersion() {}

    public SkillsProfileVersion(
            String registryNumber,
            int version,
            String caseId,
            String document,
            Actor actor,
            Instant recordedAt,
            String reason) {
        super(registryNumber, version, caseId, document, actor, recordedAt, reason);
    }
}
