package org.returneeregistry.reintegration.domain;

/** Where a plan's action stands: open until done or cancelled. */
public enum ActionStatus {
    OPEN,
    DONE,
    CANCELLED;

    public static final int LENGTH = 16;
}
