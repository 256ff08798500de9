package org.returneeregistry.reintegration.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.returneeregistry.shared.domain.Actor;

/** One version of the record of a returnee's family members and dependants (category FAMILY). */
@Entity
@Table(name = "family_record_version")
public class FamilyRecordVersion extends CaseRecordVersion {

    protected FamilyRecordVersion() {}

    public FamilyRecordVersion(
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
