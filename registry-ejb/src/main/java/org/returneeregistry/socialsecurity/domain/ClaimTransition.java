package org.returneeregistry.socialsecurity.domain;

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

/** One move of a claim: from which status to which, by which action, when, who and why. Never changed. */
@Entity
@Table(name = "ss_claim_transition")
public class ClaimTransition {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private Claim claim;

    @Column(name = "seq", nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = ClaimStatus.LENGTH, updatable = false)
    private ClaimStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = ClaimStatus.LENGTH, nullable = false, updatable = false)
    private ClaimStatus to;

    @Column(name = "action", length = ClaimAction.LENGTH, nullable = false, updatable = false)
    private String action;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    @Embedded
    private RecordedActor actor;

    @Column(name = "reason", length = Claim.TEXT_LENGTH, updatable = false)
    private String reason;

    protected ClaimTransition() {
        // JPA
    }

    ClaimTransition(
            Claim claim,
            int sequence,
            ClaimStatus from,
            ClaimStatus to,
            String action,
            Instant at,
            Actor actor,
            String reason) {
        this.claim = claim;
        this.sequence = sequence;
        this.from = from;
        this.to = to;
        this.action = action;
        this.at = at;
        this.actor = new RecordedActor(actor);
        this.reason = reason;
    }

    public int sequence() {
        return sequence;
    }

    /** Null for the claim's creation. */
    public ClaimStatus from() {
        return from;
    }

    public ClaimStatus to() {
        return to;
    }

    public String action() {
        return action;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return actor.display();
    }

    public String reason() {
        return reason;
    }
}
