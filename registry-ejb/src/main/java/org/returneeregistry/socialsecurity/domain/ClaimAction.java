package org.returneeregistry.socialsecurity.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What may happen to a portability claim, and the one table of which status each action may start from and
 * which it leads to. The table is the whole state machine: the aggregate asks it before every move, so no
 * other code path can put a claim into a status the table does not allow.
 *
 * <p>A decision leads to the outcome the officer records (approved, rejected, partly approved); every other
 * action has one target. Periods may be requested again while they are awaited (a reminder re-sends the
 * request without moving the claim); a request the partner leaves unanswered past the section's time-out moves
 * the claim to PERIODS_TIMED_OUT, from where the officer asks again, assesses without the partner's periods, or
 * takes a late answer in; and a reopened claim goes back to assessment or asks for periods again.
 */
public enum ClaimAction {
    SUBMIT(EnumSet.of(ClaimStatus.DRAFT), ClaimStatus.SUBMITTED),
    REQUEST_PERIODS(
            EnumSet.of(
                    ClaimStatus.SUBMITTED,
                    ClaimStatus.PERIODS_RECEIVED,
                    ClaimStatus.PERIODS_TIMED_OUT,
                    ClaimStatus.REOPENED),
            ClaimStatus.PERIODS_REQUESTED),
    /** The registry's own move when the partner stays silent past the section's {@code timeOutAfter}. */
    TIME_OUT(EnumSet.of(ClaimStatus.PERIODS_REQUESTED), ClaimStatus.PERIODS_TIMED_OUT),
    RECEIVE_PERIODS(
            EnumSet.of(ClaimStatus.PERIODS_REQUESTED, ClaimStatus.PERIODS_TIMED_OUT), ClaimStatus.PERIODS_RECEIVED),
    START_ASSESSMENT(
            EnumSet.of(
                    ClaimStatus.SUBMITTED,
                    ClaimStatus.PERIODS_RECEIVED,
                    ClaimStatus.PERIODS_TIMED_OUT,
                    ClaimStatus.REOPENED),
            ClaimStatus.UNDER_ASSESSMENT),
    APPROVE(EnumSet.of(ClaimStatus.UNDER_ASSESSMENT), ClaimStatus.APPROVED),
    REJECT(EnumSet.of(ClaimStatus.UNDER_ASSESSMENT), ClaimStatus.REJECTED),
    PARTLY_APPROVE(EnumSet.of(ClaimStatus.UNDER_ASSESSMENT), ClaimStatus.PARTLY_APPROVED),
    WITHDRAW(
            EnumSet.of(
                    ClaimStatus.DRAFT,
                    ClaimStatus.SUBMITTED,
                    ClaimStatus.PERIODS_REQUESTED,
                    ClaimStatus.PERIODS_TIMED_OUT,
                    ClaimStatus.PERIODS_RECEIVED,
                    ClaimStatus.UNDER_ASSESSMENT,
                    ClaimStatus.REOPENED),
            ClaimStatus.WITHDRAWN),
    REOPEN(EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.REJECTED, ClaimStatus.PARTLY_APPROVED), ClaimStatus.REOPENED);

    public static final int LENGTH = 24;

    private final Set<ClaimStatus> from;
    private final ClaimStatus to;

    ClaimAction(Set<ClaimStatus> from, ClaimStatus to) {
        this.from = from;
        this.to = to;
    }

    /** The status this action leads to from {@code current}; empty when the table refuses it. */
    public Optional<ClaimStatus> from(ClaimStatus current) {
        return from.contains(current) ? Optional.of(to) : Optional.empty();
    }

    /** The statuses this action may start from. */
    public Set<ClaimStatus> allowedFrom() {
        return EnumSet.copyOf(from);
    }

    /** The decision actions: the outcome an officer records after assessment. */
    public boolean decision() {
        return this == APPROVE || this == REJECT || this == PARTLY_APPROVE;
    }
}
