package org.returneeregistry.socialsecurity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a statement the registry could not issue is tried again: after the first failure one timer interval later,
 * then twice as long after each further failure, never more than the cap apart. A fault that lasts (a missing signing
 * key) is then neither hammered every round nor forgotten: the mark stays and the statement is issued at the first
 * attempt after the fault is mended.
 */
public final class StatementRetry {

    /** Doubling stops here: 2^20 intervals is beyond any sensible cap. */
    private static final int MAX_DOUBLINGS = 20;

    private StatementRetry() {}

    /**
     * The next attempt after {@code failedAttempts} failures (at least 1), the last at {@code now}.
     *
     * @param interval the timer's interval, the first pause
     * @param cap the longest pause
     */
    public static Instant next(int failedAttempts, Instant now, Duration interval, Duration cap) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        if (interval.isNegative() || interval.isZero() || cap.compareTo(interval) < 0) {
            throw new IllegalArgumentException("the interval must be positive and the cap at least the interval");
        }
        Duration pause = interval.multipliedBy(1L << Math.min(failedAttempts - 1, MAX_DOUBLINGS));
        return now.plus(pause.compareTo(cap) > 0 ? cap : pause);
    }
}
