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
import java.time.Instant;
import org.returneeregistry.shared.domain.RegistryNumber;

/**
 * One notification of a batch, by its row (1-based, as the mission numbered it: the array position, the
 * NDJSON line or the CSV record). It is stored as received before the batch is acknowledged and is
 * pending until the job records its outcome — in the transaction that writes the outcome's effect, so an
 * item is never taken in twice nor lost. An item that could not even be read (a date that is not a date)
 * is stored refused, with what was wrong, and never reaches intake.
 */
@Entity
@Table(name = "notification_batch_item")
public class BatchItem {

    public static final int MESSAGE_LENGTH = 1000;
    public static final int CONTENT_LENGTH = 65535;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "batch_ref", nullable = false, updatable = false)
    private Long batch;

    @Column(name = "row_number", nullable = false, updatable = false)
    private int rowNumber;

    @Column(name = "notification_id", length = NotificationKey.ID_LENGTH, updatable = false)
    private String notificationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 16, nullable = false)
    private ItemOutcome outcome;

    @Column(name = "content", length = CONTENT_LENGTH, updatable = false)
    private String content;

    @Column(name = "registry_number", length = RegistryNumber.LENGTH)
    private String registryNumber;

    @Column(name = "notification_status", length = 16)
    private String notificationStatus;

    @Column(name = "match_outcome", length = 16)
    private String match;

    @Column(name = "refusal_code", length = 64)
    private String refusalCode;

    @Column(name = "refusal_message", length = MESSAGE_LENGTH)
    private String refusalMessage;

    @Column(name = "violations", length = 65535)
    private String violations;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected BatchItem() {}

    private BatchItem(Long batch, int row, String notificationId, String content, ItemOutcome outcome) {
        this.batch = batch;
        this.rowNumber = row;
        this.notificationId = notificationId;
        this.content = content;
        this.outcome = outcome;
    }

    /** An item read as a notification, waiting for intake. */
    public static BatchItem pending(Long batch, int row, String notificationId, String content) {
        return new BatchItem(batch, row, notificationId, content, ItemOutcome.PENDING);
    }

    /** An item that could not be read as a notification: refused as it arrives, with what was wrong. */
    public static BatchItem unreadable(
            Long batch, int row, String notificationId, String violations, String message, Instant now) {
        BatchItem item = new BatchItem(batch, row, notificationId, null, ItemOutcome.REFUSED);
        item.refusalCode = "ValidationFailed";
        item.refusalMessage = clip(message);
        item.violations = violations;
        item.processedAt = now;
        return item;
    }

    /** Intake took the item in, or answered it as the replay of a notification received before. */
    public void acknowledged(
            boolean firstReceipt, String registryNumber, String notificationStatus, String match, Instant now) {
        requirePending();
        this.outcome = firstReceipt ? ItemOutcome.ACCEPTED : ItemOutcome.REPLAYED;
        this.registryNumber = registryNumber;
        this.notificationStatus = notificationStatus;
        this.match = match;
        this.processedAt = now;
    }

    /** Intake refused the item; nothing of it was written. */
    public void refused(String code, String message, String violations, Instant now) {
        requirePending();
        this.outcome = ItemOutcome.REFUSED;
        this.refusalCode = code;
        this.refusalMessage = clip(message);
        this.violations = violations;
        this.processedAt = now;
    }

    private void requirePending() {
        if (outcome != ItemOutcome.PENDING) {
            throw new IllegalStateException("item " + rowNumber + " already has its outcome " + outcome);
        }
    }

    private static String clip(String message) {
        return message == null || message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH);
    }

    public Long id() {
        return id;
    }

    public Long batch() {
        return batch;
    }

    public int row() {
        return rowNumber;
    }

    public String notificationId() {
        return notificationId;
    }

    public ItemOutcome outcome() {
        return outcome;
    }

    public String content() {
        return content;
    }

    public String registryNumber() {
        return registryNumber;
    }

    public String notificationStatus() {
        return notificationStatus;
    }

    public String match() {
        return match;
    }

    public String refusalCode() {
        return refusalCode;
    }

    public String refusalMessage() {
        return refusalMessage;
    }

    public String violations() {
        return violations;
    }

    public Instant processedAt() {
        return processedAt;
    }
}
