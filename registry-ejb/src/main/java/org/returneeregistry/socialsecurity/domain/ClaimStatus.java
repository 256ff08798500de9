package org.returneeregistry.socialsecurity.domain;

/**
 * Where a portability claim stands. A claim is prepared (DRAFT), submitted, waits for the partner institutions'
 * periods (and times out when they stay silent), is assessed and decided; it may be withdrawn before a decision and reopened on appeal after one.
 */
public enum ClaimStatus {
    DRAFT,
    SUBMITTED,
    PERIODS_REQUESTED,
    /** The partner did not answer within the section's {@code timeOutAfter}; a late answer is still taken in. */
    PERIODS_TIMED_OUT,
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
