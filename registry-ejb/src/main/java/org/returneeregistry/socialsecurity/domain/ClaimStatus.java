package org.returneeregistry.socialsecurity.domain;

/**
 * Where a portability claim stands. A claim is prepared (DRAFT), submitted, waits for the partner institutions'
 * periods, is assessed and decided; it may be withdrawn before a decision and reopened on appeal after one.
 */
public enum ClaimStatus {
    DRAFT,
    SUBMITTED,
    PERIODS_REQUESTED,
    PERIODS_RECEIVED,
    UNDER_ASSESSMENT,
    APPROVED,
    REJECTED,
    PARTLY_APPROVED,
    WITHDRAWN,
    REOPENED;

    public static final int LENGTH = 24;

    /** Whether the claim carries a decision (approved, rejected or partly approved). */
    public boolean decided() {
        return this == APPROVED || this == REJECTED || this == PARTLY_APPROVED;
    }
}
