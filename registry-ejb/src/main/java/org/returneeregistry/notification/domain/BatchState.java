package org.returneeregistry.notification.domain;

/** A batch is processing until every item has its outcome, then completed. */
public enum BatchState {
    PROCESSING,
    COMPLETED
}
