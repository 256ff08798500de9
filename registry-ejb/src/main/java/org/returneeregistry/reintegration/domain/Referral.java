package org.returneeregistry.reintegration.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.RegistryNumber;

/**
 * A returnee referred to one service at one recipient organisation (a line ministry or service
 * provider), for the purpose the service implies.
 *
 * <p>The recipient decides: a SENT referral is accepted or declined (with a reason), and an accepted
 * one is completed with an outcome. Nothing else moves it, so a report can never overwrite an earlier
 * decision; each step is kept with its actor, because a registrar must be able to tell who took on a
 * returnee and what came of it. A referral born of a mission's urgent need whose service has no route
 * waits UNROUTED until a registrar names the recipient.
 *
 * <p>The referral carries the registry number and nothing else about the person — in particular not
 * the mission's note on the need, which may be health data: recipients read the person only through
 * the consent decision point, for the referral's purpose.
 */
@Entity
@Table(name = "referral")
public class Referral {

    public static final int RECIPIENT_LENGTH = 36;
    public static final int PURPOSE_LENGTH = 32;
    public static final int NOTIFICATION_LENGTH = 110;
    public static final int TEXT_LENGTH = 1000;
    public static final int IDEMPOTENCY_KEY_LENGTH = 64;
    public static final int REQUEST_HASH_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    private Long id;

    @Embedded
    private ReferralId referralId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "registry_number", length = RegistryNumber.LENGTH, nullable = false, updatable = false)
    private String registryNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "service", length = SupportService.LENGTH, nullable = false, updatable = false)
    private SupportService service;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = PURPOSE_LENGTH, nullable = false, updatable = false)
    private Purpose purpose;

    @Column(name = "recipient", length = RECIPIENT_LENGTH)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = ReferralSource.LENGTH, nullable = false, updatable = false)
    private ReferralSource source;

    @Column(name = "source_notification", length = NOTIFICATION_LENGTH, updatable = false)
    private String sourceNotification;

    @Column(name = "reason", length = TEXT_LENGTH, nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = ReferralStatus.LENGTH, nullable = false)
    private ReferralStatus status;

    @Column(name = "decline_reason", length = TEXT_LENGTH)
    private String declineReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = ReferralOutcome.LENGTH)
    private ReferralOutcome outcome;

    @Column(name = "outcome_note", length = TEXT_LENGTH)
    private String outcomeNote;

    @Column(name = "idempotency_owner", length = RECIPIENT_LENGTH, updatable = false)
    private String idempotencyOwner;

    @Column(name = "idempotency_key", length = IDEMPOTENCY_KEY_LENGTH, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", length = REQUEST_HASH_LENGTH, updatable = false)
    private String requestHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<ReferralEvent> events = new ArrayList<>();

    protected Referral() {
        // JPA
    }

    /** A registrar's referral after an assessment: sent at once to the recipient named. */
    public static Referral byRegistrar(
            String registryNumber, SupportService service, String recipient, String reason, Actor actor, Instant at) {
        Referral r = new Referral(
                registryNumber, service, ReferralSource.ASSESSMENT, null, Objects.requireNonNull(reason, "reason"), at);
        r.recipient = Objects.requireNonNull(recipient, "recipient");
        r.status = ReferralStatus.SENT;
        r.record(actor, at, "Referred to " + recipient);
        return r;
    }

    /**
     * A referral for an urgent need a mission reported: sent to the routed recipient, or UNROUTED when
     * there is none. Its reason is fixed text naming the mission, never the mission's note.
     */
    public static Referral forUrgentNeed(
            String registryNumber,
            SupportService service,
            String recipient,
            String missionCode,
            String notificationKey,
            Actor actor,
            Instant at) {
        Referral r = new Referral(
                registryNumber,
                service,
                ReferralSource.NOTIFICATION,
                Objects.requireNonNull(notificationKey, "notificationKey"),
                "Urgent need reported by mission " + Objects.requireNonNull(missionCode, "missionCode"),
                at);
        r.recipient = recipient;
        r.status = recipient == null ? ReferralStatus.UNROUTED : ReferralStatus.SENT;
        r.record(
                actor,
                at,
                recipient == null ? "No route for " + service + "; awaiting a registrar" : "Referred to " + recipient);
        return r;
    }

    private Referral(
            String registryNumber,
            SupportService service,
            ReferralSource source,
            String sourceNotification,
            String reason,
            Instant at) {
        this.referralId = ReferralId.generate();
        this.registryNumber = Objects.requireNonNull(registryNumber, "registryNumber");
        this.service = Objects.requireNonNull(service, "service");
        this.purpose = service.purpose();
        this.source = source;
        this.sourceNotification = sourceNotification;
        this.reason = reason;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /**
     * Remembers the client-chosen key this referral was created under, and the hash of the request,
     * so a repeated request with the key answers this referral and a different one is refused.
     */
    public void createdUnder(String owner, String key, String hash) {
        if (idempotencyKey != null) {
            throw new IllegalStateException("referral " + referralId + " already has an idempotency key");
        }
        this.idempotencyOwner = Objects.requireNonNull(owner, "owner");
        this.idempotencyKey = Objects.requireNonNull(key, "key");
        this.requestHash = Objects.requireNonNull(hash, "hash");
    }

    /** True when a request with this hash is the one the referral was created from. */
    public boolean createdBy(String hash) {
        return requestHash != null && requestHash.equals(hash);
    }

    /** Names the recipient of an UNROUTED referral, which is then SENT. */
    public void route(String recipient, Actor actor, Instant at) {
        require(ReferralStatus.UNROUTED, "routed");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        move(ReferralStatus.SENT, actor, at, "Routed to " + recipient);
    }

    /** The recipient takes the returnee on. */
    public void accept(Actor actor, Instant at) {
        require(ReferralStatus.SENT, "accepted");
        move(ReferralStatus.ACCEPTED, actor, at, null);
    }

    /** The recipient will not serve this referral, and says why. */
    public void decline(String reason, Actor actor, Instant at) {
        require(ReferralStatus.SENT, "declined");
        this.declineReason = Objects.requireNonNull(reason, "reason");
        move(ReferralStatus.DECLINED, actor, at, reason);
    }

    /** The recipient reports how an accepted referral ended. */
    public void complete(ReferralOutcome outcome, String note, Actor actor, Instant at) {
        require(ReferralStatus.ACCEPTED, "completed");
        if (outcome == ReferralOutcome.OTHER && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("an outcome of OTHER is explained in a note");
        }
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.outcomeNote = note;
        move(ReferralStatus.COMPLETED, actor, at, note == null ? outcome.name() : outcome.name() + ": " + note);
    }

    private void require(ReferralStatus expected, String verb) {
        if (status != expected) {
            throw new RegistryException(
                    ErrorCode.REFERRAL_STATUS_CONFLICT,
                    "Referral " + referralId + " is " + status + "; only a " + expected + " referral can be " + verb
                            + ".");
        }
    }

    private void move(ReferralStatus next, Actor actor, Instant at, String note) {
        status = next;
        updatedAt = at;
        record(actor, at, note);
    }

    private void record(Actor actor, Instant at, String note) {
        events.add(new ReferralEvent(this, events.size() + 1, status, at, actor, note));
    }

    /** True when the organisation is this referral's recipient. */
    public boolean addressedTo(String organisation) {
        return recipient != null && recipient.equals(organisation);
    }

    public ReferralId referralId() {
        return referralId;
    }

    public long version() {
        return version;
    }

    public String registryNumber() {
        return registryNumber;
    }

    public SupportService service() {
        return service;
    }

    public Purpose purpose() {
        return purpose;
    }

    /** The recipient organisation's code; null while UNROUTED. */
    public String recipient() {
        return recipient;
    }

    public ReferralSource source() {
        return source;
    }

    /** {@code missionCode/notificationId} of the notification it came from; null for a registrar's referral. */
    public String sourceNotification() {
        return sourceNotification;
    }

    public String reason() {
        return reason;
    }

    public ReferralStatus status() {
        return status;
    }

    public String declineReason() {
        return declineReason;
    }

    public ReferralOutcome outcome() {
        return outcome;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<ReferralEvent> events() {
        return List.copyOf(events);
    }
}
