package org.returneeregistry.returnee.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.returneeregistry.testsupport.Samples.BIRTH_DATE;
import static org.returneeregistry.testsupport.Samples.NATIONAL_ID;
import static org.returneeregistry.testsupport.Samples.PASSPORT;
import static org.returneeregistry.testsupport.Samples.employment;
import static org.returneeregistry.testsupport.Samples.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.returnee.domain.PersonDetails;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.testsupport.InputChecks;

class PersonRulesTest {

    @AutoClose
    private static final InputChecks INPUTS = new InputChecks();

    private static final String EPISODE = "migrationEpisodes[0]";
    private static final LocalDate DEPARTURE = LocalDate.of(2019, 6, 1);

    @Test
    void aValidPersonAndEmploymentPass() {
        assertEquals(Set.of(), violations(person().build(), employment().build()));
    }

    @Test
    void endDateBeforeDepartureIsRefused() {
        Employment work = employment().departureDate(DEPARTURE).endDate(DEPARTURE.minusDays(1)).build();

        assertEquals(Set.of(EPISODE + ".endDate EndNotBeforeStart"), violations(person().build(), work));
    }

    @Test
    void endingOnTheDayOfDepartureIsAllowed() {
        Employment work = employment().departureDate(DEPARTURE).endDate(DEPARTURE).build();

        assertEquals(Set.of(), violations(person().build(), work));
    }

    @Test
    void departureOnTheDayOfBirthIsRefused() {
        Employment work = employment().departureDate(BIRTH_DATE).build();

        assertEquals(Set.of(EPISODE + ".departureDate AfterBirth"), violations(person().build(), work));
    }

    @Test
    void departureBeforeBirthIsRefused() {
        Employment work = employment().departureDate(BIRTH_DATE.minusYears(1)).endDate(null).build();

        assertEquals(Set.of(EPISODE + ".departureDate AfterBirth"), violations(person().build(), work));
    }

    @Test
    void departureTheDayAfterBirthPassesThisRule() {
        Employment work = employment().departureDate(BIRTH_DATE.plusDays(1)).build();

        assertEquals(Set.of(), violations(person().build(), work));
    }

    @Test
    void bothDateRulesAreReportedTogether() {
        Employment work = employment().departureDate(BIRTH_DATE).endDate(BIRTH_DATE.minusDays(1)).build();

        assertEquals(Set.of(EPISODE + ".endDate EndNotBeforeStart", EPISODE + ".departureDate AfterBirth"),
                violations(person().build(), work));
    }

    @Test
    void missingDatesAreNotGuessed() {
        Employment work = employment().departureDate(null).endDate(null).build();

        assertEquals(Set.of("person.dateOfBirth NotNull"), violations(person().dateOfBirth(null).build(), work),
                "only Bean Validation speaks");
    }

    @Test
    void twoIdentifiersOfOneTypeFromOneCountryAreRefused() {
        Identifier secondPassport = new Identifier("PASSPORT", "PA7654321", "NPL");
        PersonDetails person = person().identifiers(PASSPORT, NATIONAL_ID, secondPassport).build();

        assertEquals(Set.of("person.identifiers[2] UniqueIdentifierType"), violations(person, employment().build()));
    }

    @Test
    void theSameIdentifierTwiceIsRefused() {
        PersonDetails person = person().identifiers(PASSPORT, PASSPORT).build();

        assertEquals(Set.of("person.identifiers[1] UniqueIdentifierType"), violations(person, employment().build()));
    }

    @Test
    void oneIdentifierOfEachTypePerCountryPasses() {
        Identifier indianPassport = new Identifier("PASSPORT", "PA1234567", "IND");
        PersonDetails person = person().identifiers(PASSPORT, indianPassport, NATIONAL_ID).build();

        assertEquals(Set.of(), violations(person, employment().build()));
    }

    @Test
    void nothingToCheckIsNotAViolation() {
        InputValidation validation = INPUTS.of(person().build());

        PersonRules.check(validation, "person", null);
        PersonRules.check(validation, EPISODE, null, BIRTH_DATE);

        assertEquals(List.of(), InputChecks.violations(validation));
    }

    /**
     * Bean Validation of a registration, then the cross-field rules on the same paths, as the
     * returnee service runs them; answers each violation as "field rule".
     */
    private static Set<String> violations(PersonDetails person, Employment work) {
        InputValidation validation = INPUTS.of(new RegisterReturnee(person, List.of(work)));
        PersonRules.check(validation, "person", person);
        PersonRules.check(validation, EPISODE, work, person.dateOfBirth());
        List<Violation> found = InputChecks.violations(validation);
        Set<String> described = found.stream().map(v -> v.field() + " " + v.rule()).collect(Collectors.toSet());
        assertEquals(found.size(), described.size(), () -> "a rule reported twice: " + found);
        return described;
    }
}
