package org.returneeregistry.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.returneeregistry.shared.domain.DataCategory.HEALTH;
import static org.returneeregistry.shared.domain.DataCategory.IDENTITY;
import static org.returneeregistry.shared.domain.DataCategory.PROTECTION_SCREENING;
import static org.returneeregistry.shared.domain.Purpose.REINTEGRATION_SERVICES;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.organisation.domain.OrganisationStatus;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Role;

/**
 * The special category (a case's trafficking and GBV screening) as a table: only the returnee's case
 * worker — a registrar, named by the facts — reads it; consent, a legal basis and the operator's record
 * keeping never grant it, and decide only the ordinary categories asked beside it.
 */
class SpecialCategoryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final Actor REGISTRAR = new Actor("registrar.demo", "NPL-DOFE");

    private record Row(
            Set<Role> roles,
            boolean operator,
            boolean caseWorker,
            Set<DataCategory> asked,
            Set<DataCategory> legallyCovered,
            boolean consentCoversEverything) {}

    static Stream<Arguments> rows() {
        Set<DataCategory> everything = EnumSet.allOf(DataCategory.class);
        return Stream.of(
                row(
                        "the case worker reads the screening",
                        new Row(Set.of(Role.REGISTRAR), false, true, Set.of(PROTECTION_SCREENING), Set.of(), false),
                        DecisionReason.CASE_WORKER,
                        Set.of(PROTECTION_SCREENING)),
                row(
                        "the case worker with consent for identity reads both, consent decides",
                        new Row(
                                Set.of(Role.REGISTRAR),
                                false,
                                true,
                                Set.of(IDENTITY, PROTECTION_SCREENING),
                                Set.of(),
                                true),
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY, PROTECTION_SCREENING)),
                row(
                        "the case worker without consent reads the screening only",
                        new Row(
                                Set.of(Role.REGISTRAR),
                                false,
                                true,
                                Set.of(IDENTITY, PROTECTION_SCREENING),
                                Set.of(),
                                false),
                        DecisionReason.CASE_WORKER,
                        Set.of(PROTECTION_SCREENING)),
                row(
                        "the operator's registrar keeps the record but does not read the screening",
                        new Row(Set.of(Role.REGISTRAR), true, false, Set.of(PROTECTION_SCREENING), Set.of(), false),
                        DecisionReason.SPECIAL_CATEGORY_RESTRICTED,
                        Set.of()),
                row(
                        "the operator's registrar asking identity and screening gets identity",
                        new Row(
                                Set.of(Role.REGISTRAR),
                                true,
                                false,
                                Set.of(IDENTITY, PROTECTION_SCREENING),
                                Set.of(),
                                false),
                        DecisionReason.OPERATOR_RECORD_KEEPING,
                        Set.of(IDENTITY)),
                row(
                        "a registrar of another centre is refused",
                        new Row(Set.of(Role.REGISTRAR), false, false, Set.of(PROTECTION_SCREENING), Set.of(), true),
                        DecisionReason.SPECIAL_CATEGORY_RESTRICTED,
                        Set.of()),
                row(
                        "a ministry whose consent names every category is refused the screening",
                        new Row(
                                Set.of(Role.MINISTRY_SYSTEM),
                                false,
                                false,
                                Set.of(PROTECTION_SCREENING),
                                Set.of(),
                                true),
                        DecisionReason.SPECIAL_CATEGORY_RESTRICTED,
                        Set.of()),
                row(
                        "a ministry with consent asking health and screening gets health",
                        new Row(
                                Set.of(Role.MINISTRY_SYSTEM),
                                false,
                                false,
                                Set.of(HEALTH, PROTECTION_SCREENING),
                                Set.of(),
                                true),
                        DecisionReason.CONSENT,
                        Set.of(HEALTH)),
                row(
                        "a legal basis covering every category does not cover the screening",
                        new Row(
                                Set.of(Role.MINISTRY_SYSTEM),
                                false,
                                false,
                                Set.of(PROTECTION_SCREENING),
                                everything,
                                false),
                        DecisionReason.SPECIAL_CATEGORY_RESTRICTED,
                        Set.of()),
                row(
                        "a ministry's system named as case worker is still refused: only registrars work cases",
                        new Row(
                                Set.of(Role.MINISTRY_SYSTEM),
                                false,
                                true,
                                Set.of(PROTECTION_SCREENING),
                                Set.of(),
                                false),
                        DecisionReason.SPECIAL_CATEGORY_RESTRICTED,
                        Set.of()));
    }

    private static Arguments row(String name, Row row, DecisionReason reason, Set<DataCategory> granted) {
        return Arguments.of(name, row, reason, granted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void onlyTheCaseWorkerReadsTheScreening(String name, Row row, DecisionReason reason, Set<DataCategory> granted) {
        List<ConsentRecord> records = row.consentCoversEverything() ? List.of(everythingConsented()) : List.of();
        AccessPolicy.Grant grant = AccessPolicy.decide(new AccessPolicy.Facts(
                REINTEGRATION_SERVICES,
                row.asked(),
                row.roles(),
                Optional.of(OrganisationStatus.ACTIVE),
                row.operator(),
                true,
                row.legallyCovered(),
                () -> records,
                NOW,
                row.caseWorker(),
                List.of()));
        assertEquals(reason, grant.reason());
        assertEquals(granted, grant.granted());
    }

    /** A consent for reintegration services naming every category, the special one included. */
    private static ConsentRecord everythingConsented() {
        Instant from = NOW.minus(Duration.ofDays(1));
        ConsentRecord.Terms terms = new ConsentRecord.Terms(
                "RR-0000-0042-7",
                "NPL-MOHP",
                Set.of(REINTEGRATION_SERVICES),
                EnumSet.allOf(DataCategory.class),
                LegalBasis.CONSENT,
                ConsentMethod.ASSISTED,
                "ab".repeat(32),
                null,
                true,
                from,
                from.plus(Duration.ofDays(30)),
                "2026-1",
                "ne",
                "NPL");
        return ConsentRecord.record(terms, null, REGISTRAR, from);
    }
}
