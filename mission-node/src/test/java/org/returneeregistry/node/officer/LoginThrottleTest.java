package org.returneeregistry.node.officer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private LoginThrottle throttle;
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle();
        throttle.failuresPerAccount = 5;
        throttle.window = "PT15M";
        throttle.lock = "PT5M";
        tick(Duration.ZERO);
    }

    private void tick(Duration d) {
        now = now.plus(d);
        throttle.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void aNameIsLockedAfterFiveFailuresForFiveMinutesThenFree() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("officer.a", "10.0.0." + i);
            assertFalse(throttle.locked("officer.a", "10.0.0.9"), "locked after " + (i + 1));
        }
        throttle.failed("officer.a", "10.0.0.5");
        assertTrue(throttle.locked("officer.a", "10.0.0.9"), "not locked after 5 failures from anywhere");
        assertFalse(throttle.locked("officer.b", "10.0.0.9"), "another officer was locked too");
        tick(Duration.ofMinutes(4));
        assertTrue(throttle.locked("officer.a", "10.0.0.9"));
        tick(Duration.ofMinutes(1).plusSeconds(1));
        assertFalse(throttle.locked("officer.a", "10.0.0.9"), "still locked after the lock's time");
    }

    @Test
    void failuresOutsideTheWindowAndASuccessDoNotAddUp() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("officer.a", "10.0.0.1");
        }
        tick(Duration.ofMinutes(16));
        throttle.failed("officer.a", "10.0.0.1");
        assertFalse(throttle.locked("officer.a", "10.0.0.1"), "failures of an earlier window counted");
        for (int i = 0; i < 3; i++) {
            throttle.failed("officer.a", "10.0.0.1");
        }
        throttle.succeeded("officer.a");
        throttle.failed("officer.a", "10.0.0.1");
        assertFalse(throttle.locked("officer.a", "10.0.0.1"), "failures before a success counted");
    }

    @Test
    void anAddressTryingManyNamesIsLockedForEveryName() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("guess-" + i, "192.0.2.7");
        }
        assertFalse(throttle.locked("officer.a", "192.0.2.7"));
        throttle.failed("guess-19", "192.0.2.7");
        assertTrue(throttle.locked("officer.a", "192.0.2.7"), "an address guessing 20 names was not locked");
        assertFalse(throttle.locked("officer.a", "192.0.2.8"));
    }

    @Test
    void floodingWithMadeUpNamesDoesNotGrowWithoutBound() {
        throttle.tracked = 50;
        for (int i = 0; i < 60; i++) {
            throttle.failed("name-" + i, "198.51.100." + i);
        }
        // the names beyond the bound are counted together, and locked together
        assertTrue(throttle.locked(LoginThrottle.OVERFLOW, "203.0.113.1"));
    }
}
