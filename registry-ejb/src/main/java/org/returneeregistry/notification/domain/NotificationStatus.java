package org.returneeregistry.notification.domain;

/** Where a notification stands. Accepted: the return is on the returnee's record. */
public enum NotificationStatus {
    ACCEPTED
}
