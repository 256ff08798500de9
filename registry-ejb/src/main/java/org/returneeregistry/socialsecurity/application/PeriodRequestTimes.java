package org.returneeregistry.socialsecurity.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.socialsecurity.domain.SocialSecuritySection;

/**
 * When a partner that has not answered a period request is reminded, and when the request times out: the
 * {@code periodRequests} member of an agreement's social security section ({@code remindAfter},
 * {@code timeOutAfter}, ISO-8601 durations such as {@code P30D}). Absent, a partner is reminded after 30 days
 * and times out after 90.
 */
public record PeriodRequestTimes(Duration remindAfter, Duration timeOutAfter) {

    public static final PeriodRequestTimes DEFAULT = new PeriodRequestTimes(Duration.ofDays(30), Duration.ofDays(90));

    /** Where a request sent at {@code requestedAt}, last reminded at {@code lastReminder}, stands at {@code now}. */
    public String standing(Instant requestedAt, Instant lastReminder, Instant now) {
        if (requestedAt == null) {
            return null;
        }
        if (!now.isBefore(requestedAt.plus(timeOutAfter))) {
            return "TIMED_OUT";
        }
        Instant since = lastReminder == null ? requestedAt : lastReminder;
        return !now.isBefore(since.plus(remindAfter)) ? "REMINDER_DUE" : "WAITING";
    }

    /**
     * When a request sent at {@code requestedAt}, last reminded at {@code lastReminder}, next changes its standing:
     * its next reminder, or its time-out when that comes first.
     */
    public Instant nextDeadline(Instant requestedAt, Instant lastReminder) {
        Instant since = lastReminder == null ? requestedAt : lastReminder;
        Instant remind = since.plus(remindAfter);
        Instant timeOut = requestedAt.plus(timeOutAfter);
        return remind.isBefore(timeOut) ? remind : timeOut;
    }

    /** The times a stored section sets (the defaults when it sets none, or when there is no section). */
    static PeriodRequestTimes of(Optional<SocialSecuritySection> s) {
        return s.map(section -> {
                    try (JsonReader reader = Json.createReader(new StringReader(section.document()))) {
                        PeriodRequestTimes t = read(reader.readObject(), "document", new ArrayList<>());
                        return t == null ? DEFAULT : t;
                    }
                })
                .orElse(DEFAULT);
    }

    /** The times of a section document, checked; violations go to {@code out} under {@code root}. */
    static PeriodRequestTimes read(JsonObject document, String root, List<Violation> out) {
        JsonValue value = document == null ? null : document.get("periodRequests");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return DEFAULT;
        }
        String at = root + ".periodRequests";
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            out.add(new Violation(at, "Type", "must be an object"));
            return null;
        }
        JsonObject o = value.asJsonObject();
        int before = out.size();
        for (String key : o.keySet()) {
            if (!key.equals("remindAfter") && !key.equals("timeOutAfter")) {
                out.add(new Violation(at + "." + key, "UnknownMember", "is not a member of a social security section"));
            }
        }
        Duration remind = duration(o, at, "remindAfter", DEFAULT.remindAfter(), out);
        Duration timeOut = duration(o, at, "timeOutAfter", DEFAULT.timeOutAfter(), out);
        if (remind != null && timeOut != null && timeOut.compareTo(remind) < 0) {
            out.add(new Violation(at + ".timeOutAfter", "Order", "must not be shorter than remindAfter"));
            return null;
        }
        return remind == null || timeOut == null || out.size() > before
                ? null
                : new PeriodRequestTimes(remind, timeOut);
    }

    private static Duration duration(JsonObject o, String at, String name, Duration absent, List<Violation> out) {
        JsonValue v = o.get(name);
        if (v == null) {
            return absent;
        }
        String field = at + "." + name;
        if (!(v instanceof JsonString s)) {
            out.add(new Violation(field, "Type", "must be an ISO-8601 duration such as P30D"));
            return null;
        }
        try {
            Duration d = Duration.parse(s.getString());
            if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(3650)) > 0) {
                out.add(new Violation(field, "Range", "must be more than zero and at most ten years"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            out.add(new Violation(field, "Pattern", "must be an ISO-8601 duration such as P30D"));
            return null;
        }
    }
}
