package org.returneeregistry.notification.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.shared.domain.RegistryNumber;

/**
 * A return notification as received from a mission, kept as evidence of what was said and when.
 *
 * <p>The mission's notification id is the idempotency key: a mission may resend after a timeout
 * without creating a second return, so the registry keeps a hash of the content and answers a
 * replay with the first acknowledgement, while the same key with different content is a conflict
 * the mission must resolve (a correction is a new notification, not a silent overwrite).
 *
 * <p>The content itself is kept only for the retention period ({@link #purgeContent}); the hash, which is
 * all replay detection needs, is kept for good. A notification held for review keeps its content until
 * a registrar decides, since the decision reads it.
 */
@Entity
@Table(name = "return_notification")
public class ReturnNotification {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Embedded
    private NotificationKey key;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "content_hash", length = 64, nullable = false, updatable = false)
    private String contentHash;

    /** What the mission sent, as canonical JSON; none once purged after the retention period. */
    @Column(name = "content", length = 65535)
    private String content;

    @Column(name = "content_purged_at")
    private Instant contentPurgedAt;

    @Column(name = "registry_number", length = RegistryNumber.LENGTH)
    private String registryNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_outcome", length = 16, nullable = false)
    private MatchOutcome match;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private NotificationStatus status;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", length = 200, nullable = false, updatable = false)
    private String receivedBy;

    @Column(name = "return_modality", length = 32, nullable = false)
    private String returnModality;

    @Column(name = "expected_arrival", nullable = false)
    private LocalDate expectedArrival;

    @Column(name = "port_of_entry", length = 64)
    private String portOfEntry;

    /** While held: the returnee holding the identifier, whose name or date of birth disagrees. */
    @Column(name = "review_candidate", length = RegistryNumber.LENGTH)
    private String reviewCandidate;

    @Column(name = "review_reason", length = 32)
    private String reviewReason;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 200)
    private String resolvedBy;

    @Column(name = "resolution_note", length = 1000)
    private String resolutionNote;

    @ElementCollection
    @CollectionTable(name = "notification_urgent_need", joinColumns = @JoinColumn(name = "notification_id"))
    @OrderColumn(name = "position")
    private List<NeedRow> urgentNeeds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "notification_pending_claim", joinColumns = @JoinColumn(name = "notification_id"))
    @OrderColumn(name = "position")
    private List<ClaimRow> pendingClaims = new ArrayList<>();

    protected ReturnNotification() {
        // JPA
    }

    /** A notification whose return has been recorded on the returnee with the given number. */
    public static ReturnNotification accepted(
            NotificationKey key,
            String contentHash,
            String content,
            String returnModality,
            LocalDate expectedArrival,
            String portOfEntry,
            List<UrgentNeedItem> needs,
            List<PendingClaim> claims,
            String registryNumber,
            MatchOutcome match,
            Instant at,
            String by) {
        ReturnNotification n = new ReturnNotification();
        n.key = key;
        n.contentHash = contentHash;
        n.content = content;
        n.returnModality = returnModality;
        n.expectedArrival = expectedArrival;
        n.portOfEntry = portOfEntry;
        needs.forEach(x -> n.urgentNeeds.add(new NeedRow(x)));
        claims.forEach(x -> n.pendingClaims.add(new ClaimRow(x)));
        n.registryNumber = registryNumber;
        n.match = match;
        n.status = NotificationStatus.ACCEPTED;
        n.receivedAt = at;
        n.receivedBy = by;
        return n;
    }

    /**
     * A notification kept but not yet recorded on anyone: its identifier is held by {@code candidate},
     * whose name or date of birth disagrees for {@code reason}.
     */
    public static ReturnNotification held(
            NotificationKey key,
            String contentHash,
            String content,
            String returnModality,
            LocalDate expectedArrival,
            String portOfEntry,
            List<UrgentNeedItem> needs,
            List<PendingClaim> claims,
            String candidate,
            String reason,
            Instant at,
            String by) {
        ReturnNotification n = accepted(
                key,
                contentHash,
                content,
                returnModality,
                expectedArrival,
                portOfEntry,
                needs,
                claims,
                null,
                MatchOutcome.PENDING_REVIEW,
                at,
                by);
        n.status = NotificationStatus.HELD_FOR_REVIEW;
        n.reviewCandidate = candidate;
        n.reviewReason = reason;
        return n;
    }

    /**
     * A registrar's decision on a held notification: its return is now recorded on {@code registryNumber},
     * the candidate ({@code MATCHED_EXISTING}) or a person registered for it ({@code CREATED_NEW}).
     */
    public void resolve(String registryNumber, MatchOutcome match, String note, String by, Instant at) {
        if (status != NotificationStatus.HELD_FOR_REVIEW) {
            throw new IllegalStateException("notification " + key + " is not held for review");
        }
        if (match == MatchOutcome.PENDING_REVIEW) {
            throw new IllegalArgumentException("a resolution records the return on someone");
        }
        this.registryNumber = registryNumber;
        this.match = match;
        this.status = NotificationStatus.ACCEPTED;
        this.resolutionNote = note;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public boolean heldForReview() {
        return status == NotificationStatus.HELD_FOR_REVIEW;
    }

    /** What the mission sent, as canonical JSON, unless it was purged after the retention period. */
    public Optional<String> content() {
        return Optional.ofNullable(content);
    }

    /** The retention period of the content ended: the content goes, the hash stays for replay detection. */
    public void purgeContent(Instant at) {
        if (heldForReview()) {
            throw new IllegalStateException(
                    "notification " + key + " is held for review; its content is kept until decided");
        }
        if (content != null) {
            content = null;
            contentPurgedAt = at;
        }
    }

    public Instant contentPurgedAt() {
        return contentPurgedAt;
    }

    public String reviewCandidate() {
        return reviewCandidate;
    }

    public String reviewReason() {
        return reviewReason;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    /** True when {@code hash} is the hash of the content first received under this key. */
    public boolean sameContentAs(String hash) {
        return contentHash.equals(hash);
    }

    public NotificationKey key() {
        return key;
    }

    public String registryNumber() {
        return registryNumber;
    }

    public MatchOutcome match() {
        return match;
    }

    public NotificationStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public List<UrgentNeedItem> urgentNeeds() {
        return urgentNeeds.stream().map(NeedRow::item).toList();
    }

    public List<PendingClaim> pendingClaims() {
        return pendingClaims.stream().map(ClaimRow::claim).toList();
    }
}
