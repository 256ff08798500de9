package org.returneeregistry.reintegration.application;

import org.returneeregistry.reintegration.domain.CaseRecordVersion;
import org.returneeregistry.reintegration.domain.FamilyRecordVersion;
import org.returneeregistry.reintegration.domain.SkillsProfileVersion;

/**
 * A kind of record case workers keep as versions ({@link CaseRecordVersion}): its table's entity, how a version
 * is made, and the name messages give it.
 */
record CaseRecordKind<T extends CaseRecordVersion>(Class<T> type, CaseRecordVersion.Factory<T> factory, String name) {

    static final CaseRecordKind<SkillsProfileVersion> SKILLS =
            new CaseRecordKind<>(SkillsProfileVersion.class, SkillsProfileVersion::new, "skills profile");

    static final CaseRecordKind<FamilyRecordVersion> FAMILY =
            new CaseRecordKind<>(FamilyRecordVersion.class, FamilyRecordVersion::new, "family record");
}
