package org.returneeregistry.notification.domain;

/**
 * Where a batch item stands: waiting for the job, taken in for the first time, a replay of a notification
 * already received (answered with its acknowledgement), or refused with its violations.
 */
public enum ItemOutcome {
    PENDING,
    ACCEPTED,
    REPLAYED,
    REFUSED
}
