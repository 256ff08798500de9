package org.returneeregistry.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.returneeregistry.testsupport.Samples.employment;
import static org.returneeregistry.testsupport.Samples.notification;
import static org.returneeregistry.testsupport.Samples.person;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.notification.domain.PendingClaim;
import org.returneeregistry.notification.domain.UrgentNeedItem;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.testsupport.InputChecks;
import org.returneeregistry.testsupport.NotificationBuilder;

class SubmitReturnNotificationValidationTest {

    @AutoClose
    private static final InputChecks INPUTS = new InputChecks();

    @Test
    void aCompleteNotificationIsValid() {
        assertEquals(List.of(), violationsOf(notification()));
    }

    @Test
    void aNotificationWithOnlyTheRequiredPartsIsValid() {
        NotificationBuilder minimal = notification().returnReason(null).portOfEntry(null).urgentNeeds().pendingClaims()
                .person(person().familyName(null).contact(null).homeDistrict(null).build());

        assertEquals(List.of(), violationsOf(minimal));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenNotifications")
    void eachBrokenRuleIsReportedOnItsField(String what, NotificationBuilder broken, String field, String rule) {
        List<Violation> violations = violationsOf(broken);

        assertEquals(1, violations.size(), () -> what + ": " + violations);
        assertEquals(field, violations.get(0).field(), what);
        assertEquals(rule, violations.get(0).rule(), what);
        assertFalse(violations.get(0).message().isBlank(), what + ": a violation needs a sentence for people");
    }

    static Stream<Arguments> brokenNotifications() {
        return Stream.of(
                broken("unknown destination country",
                        notification().employment(employment().destinationCountry("XXX").build()),
                        "employment.destinationCountry", "Code"),
                broken("country in lower case",
                        notification().employment(employment().destinationCountry("qat").build()),
                        "employment.destinationCountry", "Code"),
                broken("unknown issuing country",
                        withIdentifier(new Identifier("PASSPORT", "PA1234567", "XXX")),
                        "person.identifiers[0].issuingCountry", "Code"),
                broken("unknown identifier type",
                        withIdentifier(new Identifier("DRIVING_LICENCE", "DL1234567", "NPL")),
                        "person.identifiers[0].type", "Code"),
                broken("unknown return modality",
                        notification().returnModality("HOLIDAY"),
                        "returnModality", "Code"),
                broken("sex as a letter, not ISO 5218",
                        notification().person(person().sex("M").build()),
                        "person.sex", "Code"),
                broken("unknown urgent need",
                        notification().urgentNeeds(new UrgentNeedItem("PASSPORT_RENEWAL", null)),
                        "urgentNeeds[0].need", "Code"),
                broken("unknown pending claim",
                        notification().pendingClaims(new PendingClaim("LOTTERY", null, null, null)),
                        "pendingClaims[0].type", "Code"),
                broken("unknown occupation",
                        notification().employment(employment().occupation("9999").build()),
                        "employment.occupation", "Code"),
                broken("identifier number with punctuation",
                        withIdentifier(new Identifier("PASSPORT", "PA-123456", "NPL")),
                        "person.identifiers[0].number", "Pattern"),
                broken("identifier number in lower case",
                        withIdentifier(new Identifier("PASSPORT", "pa1234567", "NPL")),
                        "person.identifiers[0].number", "Pattern"),
                broken("identifier number too short",
                        withIdentifier(new Identifier("PASSPORT", "PA12", "NPL")),
                        "person.identifiers[0].number", "Pattern"),
                broken("birth date in the future",
                        notification().person(person().dateOfBirth(LocalDate.now().plusDays(1)).build()),
                        "person.dateOfBirth", "Past"),
                broken("birth date today",
                        notification().person(person().dateOfBirth(LocalDate.now()).build()),
                        "person.dateOfBirth", "Past"),
                broken("malformed mission code",
                        notification().missionCode("Doha embassy"),
                        "missionCode", "Pattern"),
                broken("no mission code", notification().missionCode(null), "missionCode", "NotNull"),
                broken("no notification id", notification().notificationId(null), "notificationId", "NotNull"),
                broken("no person", notification().person(null), "person", "NotNull"),
                broken("no employment", notification().employment(null), "employment", "NotNull"),
                broken("no return modality", notification().returnModality(null), "returnModality", "NotNull"),
                broken("no expected arrival", notification().expectedArrivalDate(null), "expectedArrivalDate", "NotNull"),
                broken("no identifiers",
                        notification().person(person().identifiers().build()),
                        "person.identifiers", "NotEmpty"),
                broken("blank given name",
                        notification().person(person().givenName(" ").build()),
                        "person.name.givenName", "NotBlank"),
                broken("no date of birth",
                        notification().person(person().dateOfBirth(null).build()),
                        "person.dateOfBirth", "NotNull"),
                broken("no sex",
                        notification().person(person().sex(null).build()),
                        "person.sex", "NotNull"),
                broken("no destination country",
                        notification().employment(employment().destinationCountry(null).build()),
                        "employment.destinationCountry", "NotNull"),
                broken("urgent need without its kind",
                        notification().urgentNeeds(new UrgentNeedItem(null, "unwell")),
                        "urgentNeeds[0].need", "NotNull"),
                broken("an MLLP frame end and start in an urgent-need note",
                        notification().urgentNeeds(new UrgentNeedItem("MEDICAL", "unwell\u001c\r\u000bMSH|^~\\&|X")),
                        "urgentNeeds[0].note", "Text"),
                broken("a line break in a given name",
                        notification().person(person().givenName("Ram\nMSH|^~\\&").build()),
                        "person.name.givenName", "Text"),
                broken("a C1 control character in a family name",
                        notification().person(person().familyName("Thapa\u0085").build()),
                        "person.name.familyName", "Text"),
                broken("an escape sequence in the home district",
                        notification().person(person().homeDistrict("Dang\u001b[2J").build()),
                        "person.homeDistrict", "Text"),
                broken("a lone surrogate in the gender identity",
                        notification().person(person().genderIdentity("x\uD800").build()),
                        "person.genderIdentity", "Text"),
                broken("a line break in the port of entry",
                        notification().portOfEntry("KTM\nTIA"),
                        "portOfEntry", "Text"),
                broken("a vertical tab in the return reason",
                        notification().returnReason("contract\u000bended"),
                        "returnReason", "Text"),
                broken("a form feed in a pending claim's description",
                        notification().pendingClaims(new PendingClaim("UNPAID_WAGES", null, null, "three\fmonths")),
                        "pendingClaims[0].description", "Text"));
    }

    @Test
    void notesAndReasonsMayBreakLines() {
        NotificationBuilder multiLine = notification().returnReason("Contract ended.\r\nEmployer insolvent.")
                .urgentNeeds(new UrgentNeedItem("MEDICAL", "Injured hand.\n\tNeeds follow-up."))
                .pendingClaims(new PendingClaim("UNPAID_WAGES", null, null, "Three months\nunpaid"));

        assertEquals(List.of(), violationsOf(multiLine));
    }

    @Test
    void allBrokenRulesAreReportedInOneException() {
        NotificationBuilder broken = notification()
                .returnModality("HOLIDAY")
                .expectedArrivalDate(null)
                .employment(employment().destinationCountry("XXX").build())
                .person(person().sex("M").dateOfBirth(LocalDate.now().plusYears(1))
                        .identifiers(new Identifier("PASSPORT", "pa-1", "NPL")).build());

        RegistryException refused = assertThrows(RegistryException.class,
                () -> INPUTS.of(broken.build()).throwIfInvalid());

        assertEquals(ErrorCode.VALIDATION_FAILED, refused.code());
        assertEquals(ErrorCode.Kind.INVALID, refused.code().kind());
        assertEquals(Set.of("returnModality", "expectedArrivalDate", "employment.destinationCountry", "person.sex",
                        "person.dateOfBirth", "person.identifiers[0].number"),
                refused.violations().stream().map(Violation::field).collect(Collectors.toSet()));
        assertEquals(6, refused.violations().size(), () -> refused.violations().toString());
    }

    @Test
    void violationsComeInAStableOrder() {
        NotificationBuilder broken = notification().returnModality(null).missionCode(null)
                .person(person().sex("M").build());

        List<Violation> violations = violationsOf(broken);

        assertEquals(violations.stream().sorted(Comparator.comparing(Violation::field)).toList(), violations);
    }

    private List<Violation> violationsOf(NotificationBuilder notification) {
        return InputChecks.violations(INPUTS.of(notification.build()));
    }

    private static NotificationBuilder withIdentifier(Identifier identifier) {
        return notification().person(person().identifiers(identifier).build());
    }

    private static Arguments broken(String what, NotificationBuilder notification, String field, String rule) {
        return Arguments.of(what, notification, field, rule);
    }
}
