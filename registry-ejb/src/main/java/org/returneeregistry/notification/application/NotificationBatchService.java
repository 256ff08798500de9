package org.returneeregistry.notification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.returneeregistry.notification.domain.BatchFormat;
import org.returneeregistry.notification.domain.BatchItem;
import org.returneeregistry.notification.domain.ItemOutcome;
import org.returneeregistry.notification.domain.NotificationBatch;
import org.returneeregistry.notification.domain.NotificationKey;
import org.returneeregistry.notification.persistence.NotificationBatchRepository;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Violation;

/**
 * Bulk intake: a mission submits many return notifications at once and follows the batch as a job.
 *
 * <p>A batch is acknowledged only once it and every item as received are committed (ADR 0007), and
 * nothing else happens in that request: the job ({@link BatchJob}) then takes each item through the same
 * intake as a single notification — validation, free-text rules, matching, idempotency on the notification
 * id, the mission's own notifications only — and records its outcome with its effect. A batch belongs to
 * the organisation that submitted it: another organisation is told it does not exist.
 */
@Stateless
@Interceptors(ServiceCall.class)
public class NotificationBatchService {

    static final Jsonb JSON = JsonbBuilder.create();
    static final Type VIOLATIONS = new ArrayList<Violation>() {}.getClass().getGenericSuperclass();
    private static final int MAX_PAGE_SIZE = 500;

    @Inject
    private NotificationBatchRepository batches;

    @Inject
    private BatchSettings settings;

    @Inject
    private Clock clock;

    @EJB
    private CallerContext caller;

    @Inject
    private Event<BatchAccepted> accepted;

    /**
     * Accepts a batch: {@code items} reads the request's body into its entries, once the caller is known to be
     * a mission officer — so a caller who may not submit batches is refused before the body is read, and a body
     * that is no batch is refused as this call's outcome.
     */
    @RolesAllowed(Role.Names.MISSION_OFFICER)
    @AuditOperation("NOTIFICATION_BATCH_SUBMIT")
    public BatchReceipt submit(BatchFormat format, Supplier<List<BatchEntry>> items) {
        List<BatchEntry> entries = items.get();
        if (entries == null || entries.isEmpty()) {
            throw new RegistryException(
                    ErrorCode.VALIDATION_FAILED,
                    "The batch has no notification.",
                    List.of(new Violation("items", "NotEmpty", "a batch has at least one notification")));
        }
        if (entries.size() > settings.maxItems()) {
            throw new RegistryException(
                    ErrorCode.REQUEST_TOO_LARGE,
                    "The batch has " + entries.size() + " notifications; a batch has at most " + settings.maxItems()
                            + ". Split it into several batches.");
        }
        Actor actor = caller.actor();
        NotificationBatch batch = NotificationBatch.received(actor, format, entries.size(), clock.instant());
        batches.add(batch);
        int unreadable = 0;
        for (BatchEntry entry : entries) {
            BatchItem item = item(batch, entry);
            if (item.outcome() == ItemOutcome.REFUSED) {
                unreadable++;
            }
            batches.add(item);
        }
        batch.refusedOnReceipt(unreadable);
        accepted.fire(new BatchAccepted(batch.batchId()));
        return new BatchReceipt(
                batch.batchId(),
                batch.missionCode(),
                batch.itemCount(),
                batch.state().name(),
                batch.createdAt());
    }

    @RolesAllowed(Role.Names.MISSION_OFFICER)
    @AuditOperation("NOTIFICATION_BATCH_STATUS")
    public BatchView status(String batchId, int page, int pageSize) {
        NotificationBatch batch = ownBatch(batchId);
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        int number = Math.max(1, page);
        List<BatchItemView> items = batches.items(batch.id(), false, (number - 1) * size, size).stream()
                .map(NotificationBatchService::view)
                .toList();
        return new BatchView(
                batch.batchId(),
                batch.missionCode(),
                batch.format().name(),
                batch.state().name(),
                batch.itemCount(),
                batch.done(),
                batch.accepted(),
                batch.replayed(),
                batch.refused(),
                batch.createdAt(),
                batch.finishedAt(),
                number,
                size,
                items);
    }

    /** Every refused item of the batch, in row order: what the error report lists. */
    @RolesAllowed(Role.Names.MISSION_OFFICER)
    @AuditOperation("NOTIFICATION_BATCH_ERRORS")
    public List<BatchItemView> refusals(String batchId) {
        NotificationBatch batch = ownBatch(batchId);
        return batches.items(batch.id(), true, 0, batch.itemCount()).stream()
                .map(NotificationBatchService::view)
                .toList();
    }

    private NotificationBatch ownBatch(String batchId) {
        Actor actor = caller.actor();
        return batches.find(batchId)
                .filter(b -> b.missionCode().equals(actor.organisation()))
                .orElseThrow(() -> RegistryException.notFound("Batch " + batchId + " of " + actor.organisation()));
    }

    private BatchItem item(NotificationBatch batch, BatchEntry entry) {
        String notificationId = clipId(entry.notificationId());
        if (entry.notification() == null) {
            return BatchItem.unreadable(
                    batch.id(),
                    entry.row(),
                    notificationId,
                    JSON.toJson(entry.unreadable(), VIOLATIONS),
                    "The row cannot be read as a notification; see the violations.",
                    clock.instant());
        }
        String content = ReturnNotificationService.CANONICAL.toJson(entry.notification());
        if (content.length() > BatchItem.CONTENT_LENGTH) {
            List<Violation> tooLarge = List.of(new Violation(
                    "(row)", "Size", "the notification is larger than " + BatchItem.CONTENT_LENGTH + " characters"));
            return BatchItem.unreadable(
                    batch.id(),
                    entry.row(),
                    notificationId,
                    JSON.toJson(tooLarge, VIOLATIONS),
                    "The notification is too large.",
                    clock.instant());
        }
        return BatchItem.pending(batch.id(), entry.row(), notificationId, content);
    }

    /** A notification id as far as it can be kept on the item; the intake's own rule refuses it if it is not one. */
    private static String clipId(String id) {
        return id == null || id.length() <= NotificationKey.ID_LENGTH ? id : id.substring(0, NotificationKey.ID_LENGTH);
    }

    static BatchItemView view(BatchItem item) {
        List<Violation> violations =
                item.violations() == null ? List.of() : JSON.fromJson(item.violations(), VIOLATIONS);
        return new BatchItemView(
                item.row(),
                item.notificationId(),
                item.outcome().name(),
                item.registryNumber(),
                item.notificationStatus(),
                item.match(),
                item.refusalCode(),
                item.refusalMessage(),
                violations);
    }
}
