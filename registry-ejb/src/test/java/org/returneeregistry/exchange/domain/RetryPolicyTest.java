package org.returneeregistry.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.exchange.domain.DeliveryOutcome.Failure;

class RetryPolicyTest {

    private static final Instant T0 = Instant.parse("2026-03-10T08:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5)),
            5, Duration.ofDays(1));

    /** failure, attempts so far, age of the message → retry after (seconds) or dead-letter reason. */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "NO_ANSWER,           1,    PT0S,   2,   -",
            "NO_ANSWER,           3,    PT1M,   8,   -",
            "NO_ANSWER,           50,   PT2H,   300, -",
            "NO_ANSWER,           50,   PT23H58M, -, TOO_OLD",
            "REJECTED_FOR_NOW,    1,    PT0S,   2,   -",
            "REJECTED_FOR_NOW,    4,    PT1M,   16,  -",
            "REJECTED_FOR_NOW,    5,    PT1M,   -,   MAX_ATTEMPTS",
            "BAD_ANSWER,          5,    PT1M,   -,   MAX_ATTEMPTS",
            "REJECTED,            1,    PT0S,   -,   REJECTED",
            "DESTINATION_REFUSED, 1,    PT0S,   -,   DESTINATION_REFUSED",
            "REJECTED_FOR_NOW,    2,    PT24H,  -,   TOO_OLD"})
    void aFailureIsRetriedOrADeadLetter(Failure failure, int attempts, Duration age, Long retryAfterSeconds,
                                        RetryPolicy.DeadLetterReason reason) {
        Instant now = T0.plus(age);

        RetryPolicy.Verdict verdict = POLICY.afterFailure(failure, attempts, T0, now);

        assertEquals(reason, verdict.reason());
        assertEquals(retryAfterSeconds == null ? null : now.plusSeconds(retryAfterSeconds), verdict.nextAttemptAt());
    }

    @ParameterizedTest
    @CsvSource({"0, P1D", "1, PT0S", "1, -PT1S"})
    void aPolicyNeedsAttemptsAndAnAge(int maxAttempts, Duration maxAge) {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(backoff, maxAttempts, maxAge));
    }
}
