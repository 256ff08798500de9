package org.returneeregistry.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A search form's day fields (YYYY-MM-DD, UTC) as the instants a service's period is given in. */
public final class Days {

    private Days() {}

    /**
     * The instant the day starts ({@code plusDays} 1 for an inclusive end), null for an empty field; an unreadable
     * day is reported at its field.
     */
    public static Instant start(String field, String value, int plusDays, Violations violations, ConsoleLocale lang) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip())
                    .plusDays(plusDays)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeParseException e) {
            violations.add(field, lang.text("violation.Date"));
            return null;
        }
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
