package org.returneeregistry.notification.rest;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.notification.application.BatchItemView;
import org.returneeregistry.notification.application.BatchReceipt;
import org.returneeregistry.notification.application.BatchView;
import org.returneeregistry.shared.rest.Wire;

/** The JSON a batch's client reads: the receipt of a submission, and a batch's status with its items' outcomes. */
public final class BatchTransfer {

    private BatchTransfer() {}

    /** The answer to an accepted batch (202): its id, and where to follow it. */
    public record Receipt(String batchId, String missionCode, int itemCount, String state, Instant createdAt) {
        static Receipt from(BatchReceipt r) {
            return new Receipt(r.batchId(), r.missionCode(), r.itemCount(), r.state(), r.createdAt());
        }
    }

    /** A batch's progress and counts, with one page of its items' outcomes in row order. */
    public record Status(
            String batchId,
            String missionCode,
            String format,
            String state,
            int itemCount,
            int done,
            int accepted,
            int replayed,
            int refused,
            Instant createdAt,
            Instant finishedAt,
            int page,
            int pageSize,
            List<Item> items) {
        static Status from(BatchView v) {
            return new Status(
                    v.batchId(),
                    v.missionCode(),
                    v.format(),
                    v.state(),
                    v.itemCount(),
                    v.done(),
                    v.accepted(),
                    v.replayed(),
                    v.refused(),
                    v.createdAt(),
                    v.finishedAt(),
                    v.page(),
                    v.pageSize(),
                    Wire.list(v.items(), Item::from));
        }
    }

    /** One item's outcome: PENDING, ACCEPTED or REPLAYED with the acknowledgement, REFUSED with the refusal. */
    public record Item(
            int row,
            String notificationId,
            String outcome,
            String registryNumber,
            String notificationStatus,
            String match,
            String refusalCode,
            String refusalMessage,
            List<RowViolation> violations) {
        static Item from(BatchItemView i) {
            return new Item(
                    i.row(),
                    i.notificationId(),
                    i.outcome(),
                    i.registryNumber(),
                    i.notificationStatus(),
                    i.match(),
                    i.refusalCode(),
                    i.refusalMessage(),
                    i.violations().isEmpty()
                            ? null
                            : Wire.list(i.violations(), v -> new RowViolation(v.field(), v.rule(), v.message())));
        }
    }

    /** One broken rule of an item: the field, the rule, a sentence. */
    public record RowViolation(String field, String rule, String message) {}
}
