package org.returneeregistry.socialsecurity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.shared.domain.Violation;

/** When a silent partner is due a reminder or timed out, and how a section says so. */
class PeriodRequestTimesTest {

    private static final Instant SENT = Instant.parse("2026-11-01T00:00:00Z");
    private static final PeriodRequestTimes TIMES = new PeriodRequestTimes(Duration.ofDays(30), Duration.ofDays(90));

    @ParameterizedTest(name = "{0} days after, last reminder {1} -> {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "0,   null, WAITING",
                "29,  null, WAITING",
                "30,  null, REMINDER_DUE",
                "45,  35,   WAITING",
                "65,  35,   REMINDER_DUE",
                "89,  80,   WAITING",
                "90,  80,   TIMED_OUT",
                "200, null, TIMED_OUT"
            })
    void standing(int daysAfter, Integer reminderDay, String expected) {
        Instant reminder = reminderDay == null ? null : SENT.plus(Duration.ofDays(reminderDay));
        assertEquals(expected, TIMES.standing(SENT, reminder, SENT.plus(Duration.ofDays(daysAfter))));
    }

    @Test
    void noRequestNoStanding() {
        assertNull(TIMES.standing(null, null, SENT));
    }

    @Test
    void absentTheDefaultsApply() {
        List<Violation> found = new ArrayList<>();
        assertEquals(
                PeriodRequestTimes.DEFAULT,
                PeriodRequestTimes.read(Json.createObjectBuilder().build(), "d", found));
        assertEquals(List.of(), found);
    }

    @Test
    void aSectionSetsItsOwnTimes() {
        JsonObject doc = Json.createObjectBuilder()
                .add(
                        "periodRequests",
                        Json.createObjectBuilder().add("remindAfter", "P14D").add("timeOutAfter", "P60D"))
                .build();
        List<Violation> found = new ArrayList<>();
        assertEquals(
                new PeriodRequestTimes(Duration.ofDays(14), Duration.ofDays(60)),
                PeriodRequestTimes.read(doc, "document", found));
        assertEquals(List.of(), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"remindAfter\":\"soon\"}|document.periodRequests.remindAfter|Pattern",
                "{\"remindAfter\":\"-P1D\"}|document.periodRequests.remindAfter|Range",
                "{\"remindAfter\":30}|document.periodRequests.remindAfter|Type",
                "{\"remindAfter\":\"P30D\",\"timeOutAfter\":\"P10D\"}|document.periodRequests.timeOutAfter|Order",
                "{\"remindEvery\":\"P30D\"}|document.periodRequests.remindEvery|UnknownMember"
            })
    void badTimesAreNamed(String member, String field, String rule) {
        JsonObject doc = Json.createObjectBuilder()
                .add(
                        "periodRequests",
                        Json.createReader(new java.io.StringReader(member)).readObject())
                .build();
        List<Violation> found = new ArrayList<>();
        assertNull(PeriodRequestTimes.read(doc, "document", found));
        assertEquals(field, found.get(0).field(), found::toString);
        assertEquals(rule, found.get(0).rule(), found::toString);
    }
}
