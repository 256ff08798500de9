package org.returneeregistry.organisation.domain;

/** Whether an organisation's people and systems may use the registry. */
public enum OrganisationStatus {
    ACTIVE,
    SUSPENDED;

    public static final int LENGTH = 16;
}
