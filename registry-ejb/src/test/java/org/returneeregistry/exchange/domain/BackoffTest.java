package org.returneeregistry.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(300));

    @ParameterizedTest
    @CsvSource({"0, 2", "1, 2", "2, 4", "3, 8", "4, 16", "8, 256", "9, 300", "10, 300", "1000, 300",
            "2147483647, 300"})
    void doublesFromTheBaseUpToTheCap(int failedAttempts, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), backoff.delayAfter(failedAttempts));
    }

    @Test
    void aBaseAboveTheCapIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(5)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(5)));
    }
}
