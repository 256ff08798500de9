package org.returneeregistry.reintegration.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a case's follow-ups are due: {@code count} contacts, one every {@code interval} from the day the
 * case opened (by default monthly for the first six months, as the reintegration manual suggests).
 */
public record FollowUpSchedule(Period interval, int count) {

    public static final FollowUpSchedule MONTHLY_FOR_SIX_MONTHS = new FollowUpSchedule(Period.ofMonths(1), 6);

    public FollowUpSchedule {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a follow-up interval is positive: " + interval);
        }
        if (count < 0 || count > 60) {
            throw new IllegalArgumentException("between 0 and 60 follow-ups are scheduled, not " + count);
        }
    }

    /** The due dates for a case opened on {@code openedOn}. */
    public List<LocalDate> dueDates(LocalDate openedOn) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            dates.add(openedOn.plus(interval.multipliedBy(i)));
        }
        return dates;
    }
}
