package org.returneeregistry.notification.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.returneeregistry.notification.application.BatchEntry;
import org.returneeregistry.returnee.rest.Contact;
import org.returneeregistry.returnee.rest.Employment;
import org.returneeregistry.returnee.rest.Identifier;
import org.returneeregistry.returnee.rest.PendingClaim;
import org.returneeregistry.returnee.rest.PersonDetails;
import org.returneeregistry.returnee.rest.PersonName;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;

/**
 * Reads a batch's body into its items, each with its row: a JSON array (row = position, from 1), NDJSON (row
 * = line) or the CSV template (row = the spreadsheet's row, the header being row 1). A body that cannot be
 * read as a whole (not JSON, not CSV, a header that is not the template's) is refused with where it broke; an
 * item that is JSON or CSV but not a notification (a date that is not a date) is kept as an unreadable item
 * and reported on its row. Nothing here judges the notifications: intake does, item by item.
 */
final class BatchReader {

    /** The template's columns (docs/bulk-intake.md), in the order the published template has them. */
    static final List<String> COLUMNS = List.of(
            "missionCode",
            "notificationId",
            "givenName",
            "familyName",
            "dateOfBirth",
            "sex",
            "genderIdentity",
            "homeDistrict",
            "phone",
            "email",
            "address",
            "passportNumber",
            "passportCountry",
            "nationalIdNumber",
            "nationalIdCountry",
            "labourPermitNumber",
            "labourPermitCountry",
            "destinationCountry",
            "employer",
            "occupation",
            "sector",
            "recruitmentAgency",
            "channel",
            "departureDate",
            "endDate",
            "returnModality",
            "returnReason",
            "expectedArrivalDate",
            "portOfEntry",
            "urgentNeeds",
            "pendingClaimType",
            "pendingClaimAmount",
            "pendingClaimCurrency");

    private static final Set<String> REQUIRED_COLUMNS = Set.of("missionCode", "notificationId");
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final CSVFormat CSV = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setAllowMissingColumnNames(false)
            .get();

    private BatchReader() {}

    /** A JSON array of notifications. */
    static List<BatchEntry> jsonArray(String body, int maxItems) {
        JsonArray array;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            array = reader.readArray();
        } catch (JsonException | IllegalStateException e) {
            throw malformed("The body is not a JSON array of notifications: " + message(e));
        }
        bound(array.size(), maxItems);
        List<BatchEntry> entries = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            entries.add(item(i + 1, array.get(i)));
        }
        return entries;
    }

    /** One notification per line; blank lines are skipped and still counted. */
    static List<BatchEntry> ndjson(String body, int maxItems) {
        List<BatchEntry> entries = new ArrayList<>();
        String[] lines = body.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonValue value;
            try (JsonReader reader = Json.createReader(new StringReader(lines[i]))) {
                value = reader.readValue();
            } catch (JsonException | IllegalStateException e) {
                throw malformed("Line " + (i + 1) + " is not a JSON object: " + message(e));
            }
            entries.add(item(i + 1, value));
            bound(entries.size(), maxItems);
        }
        return entries;
    }

    /** The CSV template: a header row naming the template's columns, then one row per person. */
    static List<BatchEntry> csv(String body, int maxItems) {
        List<BatchEntry> entries = new ArrayList<>();
        CSVParser parser;
        try {
            parser = CSV.parse(new StringReader(body));
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw malformed("The CSV's header (line 1) cannot be read: " + message(e));
        }
        try (parser) {
            checkHeader(parser.getHeaderNames());
            int row = 1;
            for (CSVRecord record : parser) {
                row++;
                entries.add(csvRow(row, record.toMap()));
                bound(entries.size(), maxItems);
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw malformed("The CSV cannot be read at line " + parser.getCurrentLineNumber() + ": " + message(e));
        }
        return entries;
    }

    private static void checkHeader(List<String> header) {
        Set<String> unknown = new LinkedHashSet<>(header);
        unknown.removeAll(COLUMNS);
        List<Violation> violations = new ArrayList<>();
        for (String column : unknown) {
            violations.add(new Violation("header." + column, "KnownColumn", "is not a column of the template"));
        }
        for (String column : REQUIRED_COLUMNS) {
            if (!header.contains(column)) {
                violations.add(new Violation("header." + column, "RequiredColumn", "is missing"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RegistryException(
                    ErrorCode.VALIDATION_FAILED,
                    "Row 1 of the CSV is not the template's header; see docs/bulk-intake.md.",
                    violations);
        }
    }

    private static void bound(int count, int maxItems) {
        if (count > maxItems) {
            throw new RegistryException(
                    ErrorCode.REQUEST_TOO_LARGE,
                    "The batch has more than " + maxItems + " notifications; split it into several batches.");
        }
    }

    private static BatchEntry item(int row, JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            return BatchEntry.unreadable(
                    row, null, List.of(new Violation("(row)", "Object", "must be a JSON object (a notification)")));
        }
        String id = object.get("notificationId") instanceof JsonString s ? s.getString() : null;
        try {
            SubmitReturnNotification notification = JSONB.fromJson(object.toString(), SubmitReturnNotification.class);
            return BatchEntry.of(row, notification.toCommand());
        } catch (JsonbException e) {
            return BatchEntry.unreadable(
                    row, id, List.of(new Violation("(row)", "Readable", "cannot be read: " + message(e))));
        }
    }

    private static BatchEntry csvRow(int row, Map<String, String> cells) {
        List<Violation> unreadable = new ArrayList<>();
        Cells c = new Cells(cells, unreadable);
        List<Identifier> identifiers = new ArrayList<>();
        c.identifier(identifiers, "PASSPORT", "passportNumber", "passportCountry");
        c.identifier(identifiers, "NATIONAL_ID", "nationalIdNumber", "nationalIdCountry");
        c.identifier(identifiers, "LABOUR_PERMIT", "labourPermitNumber", "labourPermitCountry");
        String given = c.text("givenName");
        String family = c.text("familyName");
        String phone = c.text("phone");
        String email = c.text("email");
        String address = c.text("address");
        PersonDetails person = new PersonDetails(
                identifiers,
                given == null && family == null ? null : new PersonName(given, family, null),
                c.date("dateOfBirth"),
                c.text("sex"),
                c.text("genderIdentity"),
                phone == null && email == null && address == null ? null : new Contact(phone, email, address),
                c.text("homeDistrict"));
        Employment employment = new Employment(
                c.text("destinationCountry"),
                c.text("employer"),
                c.text("occupation"),
                c.text("sector"),
                c.text("recruitmentAgency"),
                c.text("channel"),
                c.date("departureDate"),
                c.date("endDate"));
        List<UrgentNeedItem> needs = new ArrayList<>();
        String urgent = c.text("urgentNeeds");
        if (urgent != null) {
            for (String need : urgent.split(";")) {
                if (!need.isBlank()) {
                    needs.add(new UrgentNeedItem(need.trim(), null));
                }
            }
        }
        List<PendingClaim> claims = new ArrayList<>();
        String claimType = c.text("pendingClaimType");
        BigDecimal amount = c.amount("pendingClaimAmount");
        String currency = c.text("pendingClaimCurrency");
        if (claimType != null || amount != null || currency != null) {
            claims.add(new PendingClaim(claimType, amount, currency, null));
        }
        String id = c.text("notificationId");
        SubmitReturnNotification notification = new SubmitReturnNotification(
                c.text("missionCode"),
                id,
                person,
                employment,
                c.text("returnModality"),
                c.text("returnReason"),
                c.date("expectedArrivalDate"),
                c.text("portOfEntry"),
                needs,
                claims);
        if (!unreadable.isEmpty()) {
            return BatchEntry.unreadable(row, id, unreadable);
        }
        return BatchEntry.of(row, notification.toCommand());
    }

    /** A row's cells by column; a blank cell is no value. */
    private record Cells(Map<String, String> cells, List<Violation> unreadable) {

        String text(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value;
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                unreadable.add(new Violation(column, "Date", "must be a date as YYYY-MM-DD"));
                return null;
            }
        }

        BigDecimal amount(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                unreadable.add(new Violation(column, "Number", "must be a number such as 1500.00"));
                return null;
            }
        }

        void identifier(List<Identifier> identifiers, String type, String numberColumn, String countryColumn) {
            String number = text(numberColumn);
            String country = text(countryColumn);
            if (number != null || country != null) {
                identifiers.add(new Identifier(type, number, country));
            }
        }
    }

    private static RegistryException malformed(String message) {
        return new RegistryException(ErrorCode.MALFORMED_REQUEST, message);
    }

    private static String message(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\p{Cntrl}", " ");
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
