package org.returneeregistry.organisation.domain;

/** What happened to an organisation; numbered so audit texts stay stable if names change. */
public enum OrganisationEventType {
    REGISTERED(2001),
    SUSPENDED(2002),
    REINSTATED(2003);

    public static final int LENGTH = 16;

    private final int eventNumber;

    OrganisationEventType(int eventNumber) {
        this.eventNumber = eventNumber;
    }

    public int eventNumber() {
        return eventNumber;
    }
}
