package org.returneeregistry.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.persistence.RecordedActor;

/**
 * One recorded change of an agreement: what, under which version, when, who and why, and what it concerned
 * (a certificate's id, an endpoint). Never updated or deleted.
 */
@Entity
@Table(name = "agreement_event")
public class AgreementEvent {

    public static final int REASON_LENGTH = 500;
    public static final int SUBJECT_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @Column(name = "seq", nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", length = AgreementEventType.LENGTH, nullable = false, updatable = false)
    private AgreementEventType type;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    @Embedded
    private RecordedActor actor;

    @Column(name = "reason", length = REASON_LENGTH, updatable = false)
    private String reason;

    @Column(name = "subject", length = SUBJECT_LENGTH, updatable = false)
    private String subject;

    protected AgreementEvent() {
        // JPA
    }

    AgreementEvent(
            Agreement agreement,
            int sequence,
            AgreementEventType type,
            int versionNumber,
            Instant at,
            Actor actor,
            String reason,
            String subject) {
        this.agreement = agreement;
        this.sequence = sequence;
        this.type = type;
        this.versionNumber = versionNumber;
        this.at = at;
        this.actor = new RecordedActor(actor);
        this.reason = reason;
        this.subject = subject;
    }

    public int sequence() {
        return sequence;
    }

    public AgreementEventType type() {
        return type;
    }

    /** The agreement's version in force when this happened. */
    public int versionNumber() {
        return versionNumber;
    }

    public Instant at() {
        return at;
    }

    public RecordedActor actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }

    /** What the change concerned beyond the agreement: a certificate id, an endpoint; null otherwise. */
    public String subject() {
        return subject;
    }
}
