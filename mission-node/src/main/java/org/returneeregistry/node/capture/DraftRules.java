package org.returneeregistry.node.capture;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The registry's rules for a return notification, checked at the node so that the officer sees a mistake next to
 * the field while the person is still in front of them, not days later after a sync. They mirror the registry's
 * (the contract's sizes, code lists, identifier and phone patterns, free text without control characters, the
 * order of the dates); the registry checks again and its word is final: what it refuses is shown as a conflict.
 */
public final class DraftRules {

    static final int MAX_DAYS_AHEAD = 366;
    private static final Pattern ID_NUMBER = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern PHONE = Pattern.compile("\\+[0-9]{6,15}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Function<String, Map<String, String>> codeLists;

    /** @param codeLists the codes of a list by its name */
    public DraftRules(Function<String, Map<String, String>> codeLists) {
        this.codeLists = codeLists;
    }

    /** The broken rules, field by field (empty when the draft is valid). */
    public Map<String, String> check(Draft d, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(d, errors, "givenName", true, 200, false);
        text(d, errors, "familyName", false, 200, false);
        LocalDate birth = date(d, errors, "dateOfBirth", true);
        if (birth != null && !birth.isBefore(today)) {
            errors.put("dateOfBirth", "must be in the past");
        }
        code(d, errors, "sex", "sex", true);
        code(d, errors, "idType", "identifier-type", true);
        if (!d.has("idNumber")) {
            errors.put("idNumber", "is required");
        } else if (!ID_NUMBER.matcher(d.get("idNumber")).matches()) {
            errors.put("idNumber", "must be 5 to 20 upper-case letters or digits");
        }
        code(d, errors, "idCountry", "country", true);
        text(d, errors, "homeDistrict", false, 64, false);
        if (d.has("phone") && !PHONE.matcher(d.get("phone")).matches()) {
            errors.put("phone", "must be an international number such as +9779812345678");
        }
        code(d, errors, "destinationCountry", "country", true);
        text(d, errors, "employer", false, 200, false);
        code(d, errors, "occupation", "isco-occupation", false);
        code(d, errors, "sector", "isic-section", false);
        code(d, errors, "channel", "migration-channel", false);
        LocalDate departure = date(d, errors, "departureDate", false);
        LocalDate end = date(d, errors, "endDate", false);
        if (departure != null && birth != null && !departure.isAfter(birth)) {
            errors.put("departureDate", "must be after the date of birth " + birth);
        }
        if (departure != null && end != null && end.isBefore(departure)) {
            errors.put("endDate", "must not be before the departure date " + departure);
        }
        code(d, errors, "returnModality", "return-modality", true);
        text(d, errors, "returnReason", false, 1000, true);
        LocalDate arrival = date(d, errors, "expectedArrivalDate", true);
        if (arrival != null) {
            if (departure != null && !arrival.isAfter(departure)) {
                errors.put("expectedArrivalDate", "must be after the departure date " + departure);
            } else if (birth != null && !arrival.isAfter(birth)) {
                errors.put("expectedArrivalDate", "must be after the date of birth " + birth);
            } else if (arrival.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
                errors.put("expectedArrivalDate", "must be at most " + MAX_DAYS_AHEAD + " days ahead");
            }
        }
        text(d, errors, "portOfEntry", false, 64, false);
        code(d, errors, "urgentNeed", "urgent-need", false);
        text(d, errors, "urgentNote", false, 1000, true);
        if (d.has("urgentNote") && !d.has("urgentNeed") && !errors.containsKey("urgentNote")) {
            errors.put("urgentNote", "needs an urgent need to go with it");
        }
        if (d.has("consentFormHash")
                && !SHA256.matcher(d.get("consentFormHash")).matches()) {
            errors.put("consentFormHash", "must be the SHA-256 of the signed form: 64 lower-case hex digits");
        }
        return errors;
    }

    private void code(Draft d, Map<String, String> errors, String field, String list, boolean required) {
        if (!d.has(field)) {
            if (required) {
                errors.put(field, "is required");
            }
        } else if (!codeLists.apply(list).containsKey(d.get(field))) {
            errors.put(field, "must be a code of the code list '" + list + "'");
        }
    }

    private static LocalDate date(Draft d, Map<String, String> errors, String field, boolean required) {
        if (!d.has(field)) {
            if (required) {
                errors.put(field, "is required");
            }
            return null;
        }
        try {
            return d.date(field);
        } catch (DateTimeParseException e) {
            errors.put(field, "must be a date such as 2026-03-31");
            return null;
        }
    }

    private static void text(
            Draft d, Map<String, String> errors, String field, boolean required, int max, boolean multiLine) {
        String value = d.get(field);
        if (value == null) {
            if (required) {
                errors.put(field, "is required");
            }
            return;
        }
        if (value.length() > max) {
            errors.put(field, "must have at most " + max + " characters");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)
                    || (Character.getType(c) == Character.CONTROL
                            && !(multiLine && (c == '\t' || c == '\n' || c == '\r')))) {
                errors.put(
                        field,
                        String.format(
                                "must not contain the control character U+%04X (at position %d)%s",
                                (int) c,
                                i + 1,
                                multiLine ? "; only tab and line breaks are allowed" : "; it is one line of text"));
                return;
            }
        }
    }
}
