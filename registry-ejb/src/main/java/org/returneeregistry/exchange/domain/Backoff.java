package org.returneeregistry.exchange.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential back-off between delivery attempts: the base after the first failure, doubling after
 * each further one, never more than the cap. A recipient that is down is asked less and less often,
 * but at least once per cap, so it gets its messages soon after it is back.
 */
public record Backoff(Duration base, Duration cap) {

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < base <= cap, got " + base + " and " + cap);
        }
    }

    /** The wait after {@code failedAttempts} failed attempts (1 = the first failure). */
    public Duration delayAfter(int failedAttempts) {
        long capMillis = cap.toMillis();
        long delay = base.toMillis();
        for (int i = 1; i < failedAttempts && delay < capMillis; i++) {
            delay *= 2;
        }
        return Duration.ofMillis(Math.min(delay, capMillis));
    }
}
