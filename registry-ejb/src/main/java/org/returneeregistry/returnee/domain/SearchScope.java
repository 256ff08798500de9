package org.returneeregistry.returnee.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.returneeregistry.shared.domain.RegistryNumber;

/**
 * Which registry searches may run, and as which lookup: a search finds a person the caller already knows,
 * it never lists the register. A pure rule, tested as a table of cases.
 *
 * <ul>
 *   <li>By identifier: one of the registry's identifier kinds or the registry number, the value exactly as
 *       issued (5 to 20 upper-case letters or digits) — no wildcard, no prefix.
 *   <li>By predicate: only equality, only on {@code surname}, {@code given_name} and {@code birth_date}, each
 *       at most once, and always surname <em>and</em> birth date together — a predicate that does not pin a
 *       person down (a date range, a surname alone, a wildcard, another attribute) is refused before
 *       anything is read.
 * </ul>
 *
 * A refusal carries the DCI reason code ({@code rjct.search_criteria.invalid}) and a message that names the
 * rule, never a value the caller sent.
 */
public final class SearchScope {

    /** The DCI reason code of a refused search criterion. */
    public static final String CRITERIA_INVALID = "rjct.search_criteria.invalid";

    public static final String REGISTRY_NUMBER = "REGISTRY_NUMBER";
    private static final Set<String> IDENTIFIER_TYPES = Set.of("PASSPORT", "NATIONAL_ID", "LABOUR_PERMIT");
    private static final Pattern IDENTIFIER_VALUE = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]{0,199}");
    private static final Set<String> PREDICATE_ATTRIBUTES = Set.of("surname", "given_name", "birth_date");
    private static final int MAX_CONDITIONS = 3;

    private SearchScope() {}

    /** The lookup a search runs as, or the reason it may not run. */
    public sealed interface Decision {}

    /** Refused, with the DCI reason code and the rule broken. */
    public record Refused(String reasonCode, String message) implements Decision {}

    /** Holders of an identifier of a kind, whatever the issuing country. */
    public record IdentifierLookup(String type, String number) implements Decision {}

    /** The returnee with this registry number. */
    public record RegistryNumberLookup(RegistryNumber number) implements Decision {}

    /** Returnees of this family name (and given name, when given) born on this date. */
    public record NameLookup(String familyName, String givenName, LocalDate dateOfBirth) implements Decision {}

    public static Decision of(SearchCriteria criteria) {
        if (criteria == null) {
            return refused("search_criteria.query is required");
        }
        if (criteria instanceof SearchCriteria.ByIdentifier id) {
            return identifier(id);
        }
        if (criteria instanceof SearchCriteria.ByPredicate p) {
            return predicate(p);
        }
        return refused(((SearchCriteria.Unreadable) criteria).reason());
    }

    private static Decision identifier(SearchCriteria.ByIdentifier id) {
        if (id.type() == null || id.value() == null) {
            return refused("an idtype-value query names a type and a value");
        }
        if (REGISTRY_NUMBER.equals(id.type())) {
            Optional<RegistryNumber> number = RegistryNumber.parse(id.value());
            return number.<Decision>map(RegistryNumberLookup::new)
                    .orElseGet(() -> refused("the value is not a registry number with a valid check digit"));
        }
        if (!IDENTIFIER_TYPES.contains(id.type())) {
            return refused("the identifier type is not one of PASSPORT, NATIONAL_ID, LABOUR_PERMIT, REGISTRY_NUMBER");
        }
        if (!IDENTIFIER_VALUE.matcher(id.value()).matches()) {
            return refused("the identifier value must be the whole number as issued: 5 to 20 upper-case letters or"
                    + " digits, no wildcard");
        }
        return new IdentifierLookup(id.type(), id.value());
    }

    private static Decision predicate(SearchCriteria.ByPredicate p) {
        if (p.conditions().isEmpty() || p.conditions().size() > MAX_CONDITIONS) {
            return refused("a predicate query holds 1 to " + MAX_CONDITIONS + " conditions");
        }
        Map<String, String> values = new HashMap<>();
        for (SearchCriteria.Condition c : p.conditions()) {
            if (c == null || c.attribute() == null || !PREDICATE_ATTRIBUTES.contains(c.attribute())) {
                return refused("a predicate may name only surname, given_name and birth_date");
            }
            if (!"eq".equals(c.operator())) {
                return refused("a predicate compares only with eq: ranges and patterns would list people");
            }
            if (values.put(c.attribute(), c.value()) != null) {
                return refused("each attribute appears at most once in a predicate");
            }
            if (c.value() == null) {
                return refused("every condition has a value");
            }
        }
        if (!values.containsKey("surname") || !values.containsKey("birth_date")) {
            return refused("a predicate names the person: surname and birth_date, both with eq");
        }
        for (String name : new String[] {"surname", "given_name"}) {
            String value = values.get(name);
            if (value != null && !NAME.matcher(value).matches()) {
                return refused(name + " must be a name of letters (spaces, . ' - inside), at most 200 characters,"
                        + " without wildcards");
            }
        }
        LocalDate dateOfBirth;
        try {
            dateOfBirth = LocalDate.parse(values.get("birth_date"));
        } catch (DateTimeParseException e) {
            return refused("birth_date must be a date such as 1990-04-12");
        }
        String given = values.get("given_name");
        return new NameLookup(
                values.get("surname").strip().toLowerCase(Locale.ROOT),
                given == null ? null : given.strip().toLowerCase(Locale.ROOT),
                dateOfBirth);
    }

    private static Refused refused(String message) {
        return new Refused(CRITERIA_INVALID, message);
    }
}
