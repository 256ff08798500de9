package org.returneeregistry.exchange.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What becomes of a message after a failed attempt: tried again after the back-off, or set aside as a
 * dead letter for an operator, so that a message the recipient will never take does not keep the
 * dispatcher busy (or, for HL7, hold back every later message about the same person).
 *
 * <p>A message is a dead letter when the recipient refused it ({@link DeliveryOutcome.Failure#permanent()}),
 * when the recipient answered "not now" {@code maxAttempts} times, or when it is older than
 * {@code maxAge} (counted from its creation, or from an operator's requeue). A recipient that does not
 * answer at all is asked again until the message is that old: an outage is not a refusal.
 */
public record RetryPolicy(Backoff backoff, int maxAttempts, Duration maxAge) {

    /** Why a message became a dead letter. */
    public enum DeadLetterReason {
        REJECTED, DESTINATION_REFUSED, MAX_ATTEMPTS, TOO_OLD
    }

    /** Retry at {@code nextAttemptAt}, or dead letter for {@code reason} (exactly one of them is set). */
    public record Verdict(Instant nextAttemptAt, DeadLetterReason reason) {

        public boolean deadLetter() {
            return reason != null;
        }
    }

    public RetryPolicy {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive, not " + maxAge);
        }
    }

    /**
     * @param failure  the failure of the attempt just made
     * @param attempts attempts counted so far, this one included
     * @param since    when the message was written (or requeued)
     */
    public Verdict afterFailure(DeliveryOutcome.Failure failure, int attempts, Instant since, Instant now) {
        Objects.requireNonNull(failure, "failure");
        if (failure == DeliveryOutcome.Failure.DESTINATION_REFUSED) {
            return new Verdict(null, DeadLetterReason.DESTINATION_REFUSED);
        }
        if (failure.permanent()) {
            return new Verdict(null, DeadLetterReason.REJECTED);
        }
        if (failure != DeliveryOutcome.Failure.NO_ANSWER && attempts >= maxAttempts) {
            return new Verdict(null, DeadLetterReason.MAX_ATTEMPTS);
        }
        Instant next = now.plus(backoff.delayAfter(Math.max(1, attempts)));
        if (!next.isBefore(since.plus(maxAge))) {
            return new Verdict(null, DeadLetterReason.TOO_OLD);
        }
        return new Verdict(next, null);
    }
}
