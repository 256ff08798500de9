package org.returneeregistry.reintegration.domain;

/** Where a case stands (code list {@code case-status}). A closed case is final. */
public enum CaseStatus {
    OPEN,
    CLOSED;

    public static final int LENGTH = 16;
}
