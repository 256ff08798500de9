package org.returneeregistry.socialsecurity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementRetryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @ParameterizedTest(name = "after {0} failures, interval {1}, cap {2}: {3} later")
    @CsvSource({
        "1, PT1M, PT1H, PT1M",
        "2, PT1M, PT1H, PT2M",
        "3, PT1M, PT1H, PT4M",
        "6, PT1M, PT1H, PT32M",
        "7, PT1M, PT1H, PT1H",
        "8, PT1M, PT1H, PT1H",
        "1000, PT1M, PT1H, PT1H",
        "1, PT1S, PT1S, PT1S",
        "5, PT1S, PT10S, PT10S",
        "4, PT30S, PT24H, PT4M"
    })
    void thePauseDoublesFromOneIntervalUpToTheCap(int failures, Duration interval, Duration cap, Duration pause) {
        assertEquals(NOW.plus(pause), StatementRetry.next(failures, NOW, interval, cap));
    }

    @ParameterizedTest(name = "{0} failures, interval {1}, cap {2}: refused")
    @CsvSource({"0, PT1M, PT1H", "1, PT0S, PT1H", "1, PT1M, PT30S", "1, -PT1M, PT1H"})
    void nonsenseIsRefused(int failures, Duration interval, Duration cap) {
        assertThrows(IllegalArgumentException.class, () -> StatementRetry.next(failures, NOW, interval, cap));
    }
}
