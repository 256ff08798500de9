package org.returneeregistry.reintegration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.persistence.RecordedActor;

/**
 * One version of the record of a returnee's family members and dependants (category FAMILY), as the JSON
 * document it was recorded in, written once with who, when, why and under which case. A change is the
 * next version; the latest is the record, the earlier ones its history.
 */
@Entity
@Table(name = "family_record_version")
public class FamilyRecordVersion {

    public static final int DOCUMENT_LENGTH = 65_535;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "registry_number", length = RegistryNumber.LENGTH, nullable = false, updatable = false)
    private String registryNumber;

    @Column(name = "record_version", nullable = false, updatable = false)
    private int version;

    @Column(name = "case_id", length = CaseId.LENGTH, nullable = false, updatable = false)
    private String caseId;

    @Column(name = "document", length = DOCUMENT_LENGTH, nullable = false, updatable = false)
    private String document;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    private RecordedActor actor;

    @Column(name = "reason", length = 1000, nullable = false, updatable = false)
    private String reason;

    protected FamilyRecordVersion() {}

    public FamilyRecordVersion(
            String registryNumber,
            int version,
            String caseId,
            String document,
            Actor actor,
            Instant recordedAt,
            String reason) {
        this.registryNumber = registryNumber;
        this.version = version;
        this.caseId = caseId;
        this.document = document;
        this.actor = new RecordedActor(actor);
        this.recordedAt = recordedAt;
        this.reason = reason;
    }

    public String registryNumber() {
        return registryNumber;
    }

    public int version() {
        return version;
    }

    public String caseId() {
        return caseId;
    }

    public String document() {
        return document;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return actor.display();
    }

    public String organisation() {
        return actor.organisation();
    }

    public String reason() {
        return reason;
    }
}
