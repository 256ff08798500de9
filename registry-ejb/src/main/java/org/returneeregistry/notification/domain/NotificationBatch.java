package org.returneeregistry.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.returneeregistry.shared.domain.Actor;

/**
 * A batch of return notifications a mission submitted at once. It is acknowledged once it and all its
 * items are durable; a job then takes every item through the same intake as a single notification, and
 * the batch is completed when no item is pending. The submitter (as the verified token named them) is
 * kept, because the job acts for them, and only their organisation reads the batch.
 *
 * <p>The counts are moved by the same transaction that records an item's outcome, so they never
 * disagree with the items, whatever restart happens in between.
 */
@Entity
@Table(name = "notification_batch")
public class NotificationBatch {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "batch_id", length = 36, nullable = false, updatable = false)
    private String batchId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "mission_code", length = NotificationKey.MISSION_LENGTH, nullable = false, updatable = false)
    private String missionCode;

    @Column(name = "actor_subject", length = Actor.MAX_LENGTH, nullable = false, updatable = false)
    private String actorSubject;

    @Column(name = "actor_name", length = Actor.MAX_LENGTH, updatable = false)
    private String actorName;

    @Column(name = "actor_client", length = Actor.MAX_LENGTH, updatable = false)
    private String actorClient;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", length = 8, nullable = false, updatable = false)
    private BatchFormat format;

    @Column(name = "item_count", nullable = false, updatable = false)
    private int itemCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 16, nullable = false)
    private BatchState state;

    @Column(name = "accepted_count", nullable = false)
    private int accepted;

    @Column(name = "replayed_count", nullable = false)
    private int replayed;

    @Column(name = "refused_count", nullable = false)
    private int refused;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected NotificationBatch() {}

    private NotificationBatch(Actor submitter, BatchFormat format, int itemCount, Instant now) {
        this.batchId = UUID.randomUUID().toString();
        this.missionCode = Objects.requireNonNull(submitter.organisation());
        this.actorSubject = submitter.subject();
        this.actorName = submitter.username();
        this.actorClient = submitter.client();
        this.format = Objects.requireNonNull(format);
        this.itemCount = itemCount;
        this.state = BatchState.PROCESSING;
        this.createdAt = now;
    }

    /** A new batch of {@code itemCount} items from the submitter's mission, processing. */
    public static NotificationBatch received(Actor submitter, BatchFormat format, int itemCount, Instant now) {
        if (itemCount < 1) {
            throw new IllegalArgumentException("a batch has at least one item");
        }
        return new NotificationBatch(submitter, format, itemCount, now);
    }

    /** Counts the items refused as they arrived, unreadable as notifications, before any is processed. */
    public void refusedOnReceipt(int unreadable) {
        if (unreadable < 0 || unreadable > itemCount || done() > 0) {
            throw new IllegalArgumentException(unreadable + " unreadable of " + itemCount);
        }
        refused = unreadable;
    }

    /** Completes the batch once no item is pending; the time it did so is kept. */
    public void complete(Instant now) {
        if (state != BatchState.COMPLETED) {
            state = BatchState.COMPLETED;
            finishedAt = now;
        }
    }

    /** The submitter, for whom the job takes the items in. */
    public Actor submitter() {
        return new Actor(actorSubject, actorName, missionCode, actorClient);
    }

    public Long id() {
        return id;
    }

    public String batchId() {
        return batchId;
    }

    public String missionCode() {
        return missionCode;
    }

    public BatchFormat format() {
        return format;
    }

    public int itemCount() {
        return itemCount;
    }

    public BatchState state() {
        return state;
    }

    public int accepted() {
        return accepted;
    }

    public int replayed() {
        return replayed;
    }

    public int refused() {
        return refused;
    }

    public int done() {
        return accepted + replayed + refused;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
