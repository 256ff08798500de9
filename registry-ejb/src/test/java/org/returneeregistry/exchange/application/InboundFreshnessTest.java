package org.returneeregistry.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Freshness is judged by the signed WS-Security Timestamp, fresh per attempt, not by the envelope a resend keeps. */
class InboundFreshnessTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final Duration SKEW = Duration.ofMinutes(5);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("fresh envelope and Timestamp", NOW, NOW, NOW.plusSeconds(300), true),
                Arguments.of(
                        "a resend: envelope a day old, Timestamp fresh",
                        NOW.minus(Duration.ofDays(1)),
                        NOW,
                        NOW.plusSeconds(300),
                        true),
                Arguments.of(
                        "envelope from the future beyond the skew",
                        NOW.plus(Duration.ofMinutes(6)),
                        NOW,
                        NOW.plusSeconds(300),
                        false),
                Arguments.of(
                        "envelope ahead within the skew",
                        NOW.plus(Duration.ofMinutes(4)),
                        NOW,
                        NOW.plusSeconds(300),
                        true),
                Arguments.of("Timestamp created two hours ago", NOW, NOW.minus(Duration.ofHours(2)), null, false),
                Arguments.of(
                        "Timestamp created ahead beyond the skew", NOW, NOW.plus(Duration.ofMinutes(6)), null, false),
                Arguments.of(
                        "Timestamp expired longer ago than the skew",
                        NOW,
                        NOW.minus(Duration.ofMinutes(4)),
                        NOW.minus(Duration.ofMinutes(6)),
                        false),
                Arguments.of("Timestamp without Created", NOW, null, NOW.plusSeconds(300), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void freshnessFollowsTheSignedTimestamp(
            String name, Instant envelope, Instant created, Instant expires, boolean fresh) {
        assertEquals(fresh, PartnerExchangeService.withinSkew(NOW, envelope, created, expires, SKEW), name);
    }
}
