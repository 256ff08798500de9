package org.returneeregistry.notification.application;

import java.util.List;
import org.returneeregistry.shared.domain.Violation;

/**
 * One item of a submitted batch, by its row (1-based): the notification as read, or — when the row could
 * not be read as a notification at all (a date that is not a date, a number that is not a number) — what was
 * wrong with it, field by field. Either way it becomes an item of the batch and is reported on its row.
 */
public record BatchEntry(
        int row, String notificationId, SubmitReturnNotification notification, List<Violation> unreadable) {

    public BatchEntry {
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
        if ((notification == null) == unreadable.isEmpty()) {
            throw new IllegalArgumentException("an entry is either a notification or what made it unreadable");
        }
    }

    public static BatchEntry of(int row, SubmitReturnNotification notification) {
        return new BatchEntry(row, notification.notificationId(), notification, List.of());
    }

    public static BatchEntry unreadable(int row, String notificationId, List<Violation> violations) {
        return new BatchEntry(row, notificationId, null, violations);
    }
}
