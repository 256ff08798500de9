package org.returneeregistry.returnee.domain;

/** What happened to a returnee record; numbered so audit texts stay stable if names change. */
public enum HistoryAction {
    REGISTERED(1001),
    IDENTIFIER_ADDED(1002),
    MIGRATION_RECORDED(1003),
    RETURN_RECORDED(1004),
    CORRECTED(1005);

    private final int eventNumber;

    HistoryAction(int eventNumber) {
        this.eventNumber = eventNumber;
    }

    public int eventNumber() {
        return eventNumber;
    }
}
