package org.returneeregistry.reintegration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.returneeregistry.shared.domain.Actor;

/**
 * Which organisation receives referrals to one service unless a registrar names another. One route
 * per service; changing it affects only referrals made afterwards.
 */
@Entity
@Table(name = "referral_route")
public class ReferralRoute {

    /** The service's code; a string key, since enum keys are not portable JPA. */
    @Id
    @Column(name = "service", length = SupportService.LENGTH, nullable = false, updatable = false)
    private String service;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "recipient", length = Referral.RECIPIENT_LENGTH, nullable = false)
    private String recipient;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Who set the route last, as people read it; the audit trail keeps the full caller of each change. */
    @Column(name = "updated_by", length = Actor.MAX_LENGTH, nullable = false)
    private String updatedBy;

    protected ReferralRoute() {
        // JPA
    }

    public ReferralRoute(SupportService service, String recipient, Actor actor, Instant at) {
        this.service = Objects.requireNonNull(service, "service").name();
        routeTo(recipient, actor, at);
    }

    /** Sends the service's future referrals to this recipient. */
    public void routeTo(String recipient, Actor actor, Instant at) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.updatedAt = at;
        this.updatedBy = actor.display();
    }

    public SupportService service() {
        return SupportService.valueOf(service);
    }

    public String recipient() {
        return recipient;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
