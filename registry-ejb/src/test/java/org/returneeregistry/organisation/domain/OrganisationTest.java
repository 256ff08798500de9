package org.returneeregistry.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Violation;

class OrganisationTest {

    private static final Actor ADMIN = new Actor("admin-1", "NPL-DOFE");
    private static final Instant REGISTERED_AT = Instant.parse("2026-03-01T09:30:00Z");
    private static final Instant LATER = REGISTERED_AT.plusSeconds(3_600);
    private static final Instant LATER_STILL = LATER.plusSeconds(3_600);

    private final Organisation doha = mission("NPL-EMB-DOH");

    @Test
    void registerKeepsWhatWasGivenAndStartsActive() {
        assertEquals(OrganisationCode.of("NPL-EMB-DOH"), doha.code());
        assertEquals("Embassy of Nepal, Doha", doha.name());
        assertEquals(OrganisationType.MISSION, doha.type());
        assertEquals("NPL", doha.country());
        assertEquals(OrganisationStatus.ACTIVE, doha.status());
        assertEquals(REGISTERED_AT, doha.registeredAt());
        assertEquals(REGISTERED_AT, doha.updatedAt());
    }

    @Test
    void registerRecordsARegisteredEventWithActorAndReason() {
        OrganisationEvent event = doha.events().get(0);

        assertEquals(1, doha.events().size());
        assertEquals(OrganisationEventType.REGISTERED, event.type());
        assertEquals(1, event.sequence());
        assertEquals(REGISTERED_AT, event.at());
        assertEquals("admin-1@NPL-DOFE", event.actor().display());
        assertEquals("New embassy", event.reason());
    }

    @Test
    void aSystemClientIsNamedByTheCodeInLowerCase() {
        assertEquals("npl-emb-doh", doha.clientId());
    }

    @Test
    void theOperatorHasNoSystemClient() {
        Organisation operator = register("NPL-DOFE", OrganisationType.REGISTRY_OPERATOR, Set.of());

        assertNull(operator.clientId());
        assertEquals(
                EnumSet.of(Role.REGISTRAR, Role.AUDITOR, Role.REGISTRY_ADMIN, Role.SOCIAL_SECURITY_OFFICER),
                EnumSet.copyOf(operator.roles()));
    }

    @Test
    void noRolesNamedMeansTheTypesDefaultRoles() {
        assertEquals(
                Set.of(Role.MISSION_OFFICER),
                register("NPL-EMB-RUH", OrganisationType.MISSION, Set.of()).roles());
        assertEquals(
                Set.of(Role.MINISTRY_SYSTEM),
                register("NPL-MOHP", OrganisationType.MINISTRY, null).roles());
        assertEquals(
                Set.of(Role.PARTNER_INSTITUTION),
                register("QAT-GRSIA", OrganisationType.PARTNER_INSTITUTION, Set.of())
                        .roles());
    }

    @Test
    void aMinistryMayAlsoDecideSocialSecurityClaims() {
        Set<Role> roles = EnumSet.of(Role.MINISTRY_SYSTEM, Role.SOCIAL_SECURITY_OFFICER);

        assertEquals(
                roles, register("NPL-SSF", OrganisationType.MINISTRY, roles).roles());
    }

    @ParameterizedTest
    @EnumSource(OrganisationType.class)
    void everyTypeAllowsItsDefaultRolesAndNothingBeyondTheTable(OrganisationType type) {
        assertTrue(type.allowedRoles().containsAll(type.defaultRoles()));
        Set<Role> expected =
                switch (type) {
                    case MISSION -> EnumSet.of(Role.MISSION_OFFICER);
                    case MINISTRY -> EnumSet.of(Role.MINISTRY_SYSTEM, Role.SOCIAL_SECURITY_OFFICER);
                    case PARTNER_INSTITUTION -> EnumSet.of(Role.PARTNER_INSTITUTION);
                    case MIGRANT_RESOURCE_CENTRE -> EnumSet.of(Role.REGISTRAR);
                    case REGISTRY_OPERATOR ->
                        EnumSet.of(Role.REGISTRAR, Role.AUDITOR, Role.REGISTRY_ADMIN, Role.SOCIAL_SECURITY_OFFICER);
                };
        assertEquals(expected, EnumSet.copyOf(type.allowedRoles()));
    }

    @Test
    void aRoleTheTypeDoesNotAllowIsRefusedWithEveryOffendingRole() {
        RegistryException refused = assertThrows(
                RegistryException.class,
                () -> register(
                        "NPL-EMB-KUL",
                        OrganisationType.MISSION,
                        EnumSet.of(Role.MISSION_OFFICER, Role.REGISTRAR, Role.REGISTRY_ADMIN)));

        assertEquals(ErrorCode.VALIDATION_FAILED, refused.code());
        assertEquals(
                List.of("RoleAllowedForType", "RoleAllowedForType"),
                refused.violations().stream().map(Violation::rule).toList());
        assertTrue(refused.violations().get(0).message().contains("registrar"), refused.violations()::toString);
        assertTrue(refused.violations().get(1).message().contains("registry-admin"), refused.violations()::toString);
    }

    @Test
    void aPartnerInstitutionCannotBeAMinistrySystem() {
        RegistryException refused = assertThrows(
                RegistryException.class,
                () -> register("QAT-GRSIA", OrganisationType.PARTNER_INSTITUTION, EnumSet.of(Role.MINISTRY_SYSTEM)));

        assertEquals(ErrorCode.VALIDATION_FAILED, refused.code());
    }

    @Test
    void suspendRecordsTheEventAndCutsTheOrganisationOff() {
        doha.suspend("Mission closed during evacuation", ADMIN, LATER);

        assertEquals(OrganisationStatus.SUSPENDED, doha.status());
        assertEquals(LATER, doha.updatedAt());
        OrganisationEvent event = doha.events().get(1);
        assertEquals(OrganisationEventType.SUSPENDED, event.type());
        assertEquals(2, event.sequence());
        assertEquals(LATER, event.at());
        assertEquals("admin-1@NPL-DOFE", event.actor().display());
        assertEquals("Mission closed during evacuation", event.reason());
    }

    @Test
    void reinstateMakesASuspendedOrganisationActiveAgain() {
        doha.suspend("Mission closed during evacuation", ADMIN, LATER);

        doha.reinstate("Mission reopened", ADMIN, LATER_STILL);

        assertEquals(OrganisationStatus.ACTIVE, doha.status());
        assertEquals(LATER_STILL, doha.updatedAt());
        assertEquals(
                List.of(
                        OrganisationEventType.REGISTERED,
                        OrganisationEventType.SUSPENDED,
                        OrganisationEventType.REINSTATED),
                doha.events().stream().map(OrganisationEvent::type).toList());
        assertEquals(
                List.of(1, 2, 3),
                doha.events().stream().map(OrganisationEvent::sequence).toList());
    }

    @Test
    void reinstatingGivesBackExactlyTheAccountsTheSuspensionDisabled() {
        doha.suspend("Mission closed during evacuation", ADMIN, LATER);
        doha.accountsDisabledBySuspension(List.of("account-a", "account-b"));

        assertEquals(Set.of("account-a", "account-b"), doha.reinstate("Mission reopened", ADMIN, LATER_STILL));

        doha.suspend("Closed again", ADMIN, LATER_STILL);
        assertEquals(
                Set.of(),
                doha.reinstate("Reopened again", ADMIN, LATER_STILL),
                "the accounts of the first suspension were enabled already and are forgotten");
    }

    @Test
    void disabledAccountsBelongOnlyToASuspension() {
        assertThrows(IllegalStateException.class, () -> doha.accountsDisabledBySuspension(List.of("account-a")));
    }

    @Test
    void suspendingASuspendedOrganisationIsAConflictAndChangesNothing() {
        doha.suspend("Mission closed during evacuation", ADMIN, LATER);

        RegistryException refused =
                assertThrows(RegistryException.class, () -> doha.suspend("Again", ADMIN, LATER_STILL));

        assertEquals(ErrorCode.ORGANISATION_STATUS_CONFLICT, refused.code());
        assertEquals(2, doha.events().size());
        assertEquals(LATER, doha.updatedAt());
    }

    @Test
    void reinstatingAnActiveOrganisationIsAConflictAndChangesNothing() {
        RegistryException refused =
                assertThrows(RegistryException.class, () -> doha.reinstate("Never suspended", ADMIN, LATER));

        assertEquals(ErrorCode.ORGANISATION_STATUS_CONFLICT, refused.code());
        assertEquals(1, doha.events().size());
        assertEquals(OrganisationStatus.ACTIVE, doha.status());
    }

    @Test
    void theOperatorCannotBeSuspended() {
        Organisation operator = register("NPL-DOFE", OrganisationType.REGISTRY_OPERATOR, Set.of());

        RegistryException refused =
                assertThrows(RegistryException.class, () -> operator.suspend("Locking everyone out", ADMIN, LATER));

        assertEquals(ErrorCode.ORGANISATION_STATUS_CONFLICT, refused.code());
        assertEquals(OrganisationStatus.ACTIVE, operator.status());
    }

    @Test
    void theRolesAnsweredCannotChangeTheOrganisation() {
        assertThrows(UnsupportedOperationException.class, () -> doha.roles().add(Role.REGISTRY_ADMIN));
        assertThrows(UnsupportedOperationException.class, () -> doha.events().clear());
    }

    private static Organisation mission(String code) {
        return register(code, OrganisationType.MISSION, Set.of(Role.MISSION_OFFICER));
    }

    private static Organisation register(String code, OrganisationType type, Set<Role> roles) {
        String name = type == OrganisationType.MISSION ? "Embassy of Nepal, Doha" : "Organisation " + code;
        String country = code.substring(0, 3);
        String reason = type == OrganisationType.MISSION ? "New embassy" : "Registered";
        String district = type == OrganisationType.MIGRANT_RESOURCE_CENTRE ? "Kathmandu" : null;
        return Organisation.register(
                OrganisationCode.of(code), name, type, country, district, roles, ADMIN, REGISTERED_AT, reason);
    }

    @Test
    void aResourceCentreAndOnlyItServesADistrict() {
        Organisation centre = register("NPL-MRC-KTM", OrganisationType.MIGRANT_RESOURCE_CENTRE, null);
        assertEquals("Kathmandu", centre.district());
        assertEquals(Set.of(Role.REGISTRAR), centre.roles());
        assertEquals("npl-mrc-ktm", centre.clientId());
        assertEquals(null, register("NPL-MOHP", OrganisationType.MINISTRY, null).district());
        assertThrows(
                IllegalArgumentException.class,
                () -> Organisation.register(
                        OrganisationCode.of("NPL-MRC-X"),
                        "A centre",
                        OrganisationType.MIGRANT_RESOURCE_CENTRE,
                        "NPL",
                        null,
                        null,
                        ADMIN,
                        REGISTERED_AT,
                        "r"));
        assertThrows(
                IllegalArgumentException.class,
                () -> Organisation.register(
                        OrganisationCode.of("NPL-MOHP"),
                        "A ministry",
                        OrganisationType.MINISTRY,
                        "NPL",
                        "Kathmandu",
                        null,
                        ADMIN,
                        REGISTERED_AT,
                        "r"));
    }
}
