package org.returneeregistry.returnee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.returneeregistry.testsupport.Samples.person;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.returnee.domain.IdentityMatch.Reason;
import org.returneeregistry.testsupport.PersonBuilder;

/** The registered person is Ram Bahadur Thapa (राम बहादुर थापा), born on the samples' date, holding the samples' passport. */
class IdentityMatchTest {

    private static final PersonDetails REGISTERED = person().build();
    private static final LocalDate OTHER_BIRTH = LocalDate.of(1985, 1, 1);

    static Stream<Arguments> reports() {
        return Stream.of(
                row("same identifier, name and date of birth", person(), Reason.IDENTIFIER_NAME_AND_BIRTH_DATE_AGREE),
                row("name in capitals", person().givenName("RAM BAHADUR").familyName("THAPA"),
                        Reason.IDENTIFIER_NAME_AND_BIRTH_DATE_AGREE),
                row("extra and trailing spaces", person().givenName("  Ram   Bahadur ").familyName("Thapa "),
                        Reason.IDENTIFIER_NAME_AND_BIRTH_DATE_AGREE),
                row("diacritics of a Latin transliteration", person().givenName("Rām Bahādur").familyName("Thāpā"),
                        Reason.IDENTIFIER_NAME_AND_BIRTH_DATE_AGREE),
                row("parts in another order", person().givenName("Thapa Ram").familyName("Bahadur"),
                        Reason.IDENTIFIER_NAME_AND_BIRTH_DATE_AGREE),
                row("hyphen instead of a space", person().givenName("Ram-Bahadur"),
                        Reason.IDENTIFIER_NAME_AND_BIRTH_DATE_AGREE),
                row("the name as the registered transliteration", person().givenName("राम बहादुर").familyName("थापा")
                        .transliterations(), Reason.IDENTIFIER_NAME_AND_BIRTH_DATE_AGREE),
                row("same name, other date of birth", person().dateOfBirth(OTHER_BIRTH), Reason.BIRTH_DATE_DIFFERS),
                row("other given name, same date of birth", person().givenName("Sita"), Reason.NAME_DIFFERS),
                row("family name missing", person().familyName(null), Reason.NAME_DIFFERS),
                row("one letter different", person().familyName("Thapo"), Reason.NAME_DIFFERS),
                row("another Devanagari name", person().givenName("रम बहादुर").familyName("थापा").transliterations(),
                        Reason.NAME_DIFFERS),
                row("other name and other date of birth", person().givenName("Sita").familyName("Gurung")
                        .dateOfBirth(OTHER_BIRTH), Reason.NAME_AND_BIRTH_DATE_DIFFER));
    }

    private static Arguments row(String what, PersonBuilder reported, Reason reason) {
        return Arguments.of(what, reported.build(), reason);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("reports")
    void oneIdentifierIsConfirmedByNameAndDateOfBirth(String what, PersonDetails reported, Reason reason) {
        IdentityMatch match = IdentityMatch.of(reported, REGISTERED);

        assertEquals(reason, match.reason(), what);
        assertEquals(reason == Reason.IDENTIFIER_NAME_AND_BIRTH_DATE_AGREE, match.samePerson(), what);
        assertEquals(match.samePerson() ? IdentityMatch.Verdict.SAME_PERSON : IdentityMatch.Verdict.REVIEW,
                match.verdict(), what);
    }
}
