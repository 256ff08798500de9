package org.returneeregistry.shared.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.returneeregistry.shared.domain.Violation;

/**
 * Reads typed query parameters, collecting a violation for each unreadable one so that a request
 * is answered with all of them at once. A missing parameter reads as null.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static Integer integer(String name, String value, List<Violation> unreadable) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            unreadable.add(new Violation(name, "Integer", "must be a whole number"));
            return null;
        }
    }

    public static LocalDate date(String name, String value, List<Violation> unreadable) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            unreadable.add(new Violation(name, "IsoDate", "must be a date such as 1990-04-12"));
            return null;
        }
    }

    public static Instant instant(String name, String value, List<Violation> unreadable) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            unreadable.add(new Violation(name, "IsoInstant", "must be a UTC time such as 2026-11-23T08:00:00Z"));
            return null;
        }
    }
}
