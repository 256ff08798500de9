package org.returneeregistry.returnee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.returnee.domain.SearchCriteria.ByIdentifier;
import org.returneeregistry.returnee.domain.SearchCriteria.ByPredicate;
import org.returneeregistry.returnee.domain.SearchCriteria.Condition;
import org.returneeregistry.shared.domain.RegistryNumber;

/** Which registry searches may run: a search finds a known person, it never lists the register. */
class SearchScopeTest {

    private static Condition eq(String attribute, String value) {
        return new Condition(attribute, "eq", value);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("no criteria", null),
                Arguments.of(
                        "unreadable", new SearchCriteria.Unreadable("query_type must be idtype-value or predicate")),
                Arguments.of("unknown identifier type", new ByIdentifier("UIN", "PA1234567")),
                Arguments.of("identifier wildcard", new ByIdentifier("PASSPORT", "PA*")),
                Arguments.of("identifier prefix too short", new ByIdentifier("PASSPORT", "PA1")),
                Arguments.of("identifier lower case", new ByIdentifier("PASSPORT", "pa1234567")),
                Arguments.of("identifier with control character", new ByIdentifier("PASSPORT", "PA12345\n67")),
                Arguments.of(
                        "registry number without check digit", new ByIdentifier("REGISTRY_NUMBER", "RR-0000-0042")),
                Arguments.of("identifier without value", new ByIdentifier("PASSPORT", null)),
                Arguments.of("empty predicate", new ByPredicate(List.of())),
                Arguments.of("surname alone", new ByPredicate(List.of(eq("surname", "Gurung")))),
                Arguments.of("birth date alone", new ByPredicate(List.of(eq("birth_date", "1990-04-12")))),
                Arguments.of(
                        "birth date range",
                        new ByPredicate(
                                List.of(eq("surname", "Gurung"), new Condition("birth_date", "ge", "1990-01-01")))),
                Arguments.of(
                        "surname pattern",
                        new ByPredicate(
                                List.of(new Condition("surname", "like", "Gur%"), eq("birth_date", "1990-04-12")))),
                Arguments.of(
                        "wildcard in an eq",
                        new ByPredicate(List.of(eq("surname", "*"), eq("birth_date", "1990-04-12")))),
                Arguments.of(
                        "another attribute",
                        new ByPredicate(
                                List.of(eq("surname", "Gurung"), eq("birth_date", "1990-04-12"), eq("sex", "F")))),
                Arguments.of(
                        "an attribute twice",
                        new ByPredicate(List.of(
                                eq("surname", "Gurung"), eq("surname", "Rai"), eq("birth_date", "1990-04-12")))),
                Arguments.of(
                        "too many conditions",
                        new ByPredicate(List.of(
                                eq("surname", "Gurung"),
                                eq("given_name", "Sita"),
                                eq("birth_date", "1990-04-12"),
                                eq("given_name", "Maya")))),
                Arguments.of(
                        "not a date",
                        new ByPredicate(List.of(eq("surname", "Gurung"), eq("birth_date", "1990-13-40")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refuses(String name, SearchCriteria criteria) {
        SearchScope.Refused refused = assertInstanceOf(SearchScope.Refused.class, SearchScope.of(criteria));
        assertEquals(SearchScope.CRITERIA_INVALID, refused.reasonCode());
    }

    @Test
    void anIdentifierOfAKnownKindIsLookedUpAsIssued() {
        assertEquals(
                new SearchScope.IdentifierLookup("PASSPORT", "PA1234567"),
                SearchScope.of(new ByIdentifier("PASSPORT", "PA1234567")));
        assertEquals(
                new SearchScope.IdentifierLookup("NATIONAL_ID", "1234567890"),
                SearchScope.of(new ByIdentifier("NATIONAL_ID", "1234567890")));
    }

    @Test
    void aRegistryNumberIsLookedUpByItself() {
        String valid = RegistryNumber.fromSerial(42).value();
        assertEquals(
                new SearchScope.RegistryNumberLookup(RegistryNumber.parse(valid).orElseThrow()),
                SearchScope.of(new ByIdentifier("REGISTRY_NUMBER", valid)));
    }

    @Test
    void surnameAndBirthDateWithEqualityFindAPerson() {
        assertEquals(
                new SearchScope.NameLookup("gurung", null, LocalDate.of(1990, 4, 12)),
                SearchScope.of(new ByPredicate(List.of(eq("surname", "Gurung"), eq("birth_date", "1990-04-12")))));
        assertEquals(
                new SearchScope.NameLookup("gurung", "sita", LocalDate.of(1990, 4, 12)),
                SearchScope.of(new ByPredicate(
                        List.of(eq("birth_date", "1990-04-12"), eq("given_name", "Sita"), eq("surname", "Gurung")))));
    }
}
