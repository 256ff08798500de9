package org.returneeregistry.reintegration.domain;

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

/** One step of a referral: the status it reached, when, who and why. Never updated or deleted. */
@Entity
@Table(name = "referral_event")
public class ReferralEvent {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id", nullable = false, updatable = false)
    private Referral referral;

    @Column(name = "seq", nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = ReferralStatus.LENGTH, nullable = false, updatable = false)
    private ReferralStatus status;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    @Embedded
    private RecordedActor actor;

    @Column(name = "note", length = Referral.TEXT_LENGTH + 40, updatable = false)
    private String note;

    protected ReferralEvent() {
        // JPA
    }

    ReferralEvent(Referral referral, int sequence, ReferralStatus status, Instant at, Actor actor, String note) {
        this.referral = referral;
        this.sequence = sequence;
        this.status = status;
        this.at = at;
        this.actor = new RecordedActor(actor);
        this.note = note;
    }

    public int sequence() {
        return sequence;
    }

    public ReferralStatus status() {
        return status;
    }

    public Instant at() {
        return at;
    }

    public RecordedActor actor() {
        return actor;
    }

    public String note() {
        return note;
    }
}
