package org.returneeregistry.notification.domain;

/**
 * Where a notification stands. Accepted: the return is on the returnee's record. Held for review: an
 * identifier is held by a returnee whose name or date of birth disagrees, and a registrar decides whose
 * return it is; the notification is received and kept meanwhile, and a replay answers the same.
 */
public enum NotificationStatus {
    ACCEPTED,
    HELD_FOR_REVIEW
}
