package org.returneeregistry.reintegration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.persistence.RecordedActor;

/**
 * One version of a record a case worker keeps about a returnee (the skills profile, the family), as the JSON
 * document it was recorded in, written once with who, when, why and under which case. A change is the next
 * version, numbered per returnee; the latest is the record, the earlier ones its history. Nothing is updated in
 * place: a second write of the same version number loses on the table's unique key.
 */
@MappedSuperclass
public abstract class CaseRecordVersion {

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

    protected CaseRecordVersion() {}

    protected CaseRecordVersion(
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

    /** Makes a section's next version; each kind of record is one table. */
    @FunctionalInterface
    public interface Factory<T extends CaseRecordVersion> {
        T create(
                String registryNumber,
                int version,
                String caseId,
                String document,
                Actor actor,
                Instant recordedAt,
                String reason);
    }
}
