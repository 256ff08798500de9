package org.returneeregistry.reintegration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpScheduleTest {

    @Test
    void monthlyForSixMonthsFromTheDayTheCaseOpened() {
        assertEquals(
                List.of(
                        LocalDate.parse("2027-02-28"),
                        LocalDate.parse("2027-03-31"),
                        LocalDate.parse("2027-04-30"),
                        LocalDate.parse("2027-05-31"),
                        LocalDate.parse("2027-06-30"),
                        LocalDate.parse("2027-07-31")),
                FollowUpSchedule.MONTHLY_FOR_SIX_MONTHS.dueDates(LocalDate.parse("2027-01-31")));
    }

    @ParameterizedTest(name = "{0} x {1} from 2026-12-06 -> first {2}, last {3}")
    @CsvSource({"P14D, 4, 2026-12-20, 2027-01-31", "P1M, 1, 2027-01-06, 2027-01-06", "P3M, 2, 2027-03-06, 2027-06-06"})
    void configurable(String interval, int count, LocalDate first, LocalDate last) {
        List<LocalDate> due =
                new FollowUpSchedule(Period.parse(interval), count).dueDates(LocalDate.parse("2026-12-06"));
        assertEquals(count, due.size());
        assertEquals(first, due.get(0));
        assertEquals(last, due.get(count - 1));
    }

    @Test
    void noFollowUpsIsASchedule() {
        assertEquals(List.of(), new FollowUpSchedule(Period.ofMonths(1), 0).dueDates(LocalDate.parse("2026-12-06")));
    }

    @Test
    void aScheduleMovesForward() {
        assertThrows(IllegalArgumentException.class, () -> new FollowUpSchedule(Period.ZERO, 6));
        assertThrows(IllegalArgumentException.class, () -> new FollowUpSchedule(Period.ofDays(-7), 6));
        assertThrows(IllegalArgumentException.class, () -> new FollowUpSchedule(Period.ofMonths(1), 61));
    }
}
