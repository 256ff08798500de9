package org.returneeregistry.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.testsupport.InputChecks;

class OrganisationInputValidationTest {

    @AutoClose
    private static final InputChecks INPUTS = new InputChecks();

    @Test
    void aCompleteRegistrationIsValid() {
        assertEquals(
                Set.of(),
                violations(new RegisterOrganisation(
                        "NPL-MOHP",
                        "Ministry of Health and Population",
                        "MINISTRY",
                        "NPL",
                        List.of("ministry-system", "social-security-officer"),
                        null)));
    }

    @Test
    void rolesMayBeLeftOutForTheTypesDefault() {
        assertEquals(
                Set.of(),
                violations(new RegisterOrganisation(
                        "NPL-EMB-DOH", "Embassy of Nepal, Doha", "MISSION", "NPL", null, null)));
        assertEquals(
                Set.of(),
                violations(new RegisterOrganisation(
                        "QAT-GRSIA",
                        "General Retirement and Social" + " Insurance Authority",
                        "PARTNER_INSTITUTION",
                        "QAT",
                        List.of(),
                        null)));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        RegisterOrganisation broken = new RegisterOrganisation(
                "npl-emb-doh", " ", "EMBASSY", "Nepal", Arrays.asList("mission-officer", "superuser", null), null);

        assertEquals(
                Set.of(
                        "code Pattern",
                        "name NotBlank",
                        "type OrganisationType",
                        "country Code",
                        "roles[1] Role",
                        "roles[2] NotNull"),
                violations(broken));
    }

    @Test
    void missingRequiredPartsAreReportedTogether() {
        assertEquals(
                Set.of("code NotNull", "name NotBlank", "type NotNull", "country NotNull"),
                violations(new RegisterOrganisation(null, null, null, null, null, null)));
    }

    @Test
    void aRoleTheTypeDoesNotAllowIsReportedOnItsPosition() {
        RegisterOrganisation command = new RegisterOrganisation(
                "NPL-EMB-DOH",
                "Embassy of Nepal, Doha",
                "MISSION",
                "NPL",
                List.of("mission-officer", "registrar", "registry-admin"),
                null);

        assertEquals(Set.of("roles[1] RoleAllowedForType", "roles[2] RoleAllowedForType"), violations(command));
    }

    @ParameterizedTest(name = "{0} may not hold {1}")
    @CsvSource({
        "MISSION, ministry-system",
        "MINISTRY, mission-officer",
        "MINISTRY, auditor",
        "PARTNER_INSTITUTION, social-security-officer",
        "PARTNER_INSTITUTION, registrar"
    })
    void rolesBeyondTheTypeAreRefused(String type, String role) {
        RegisterOrganisation command =
                new RegisterOrganisation("NPL-ORG", "An organisation", type, "NPL", List.of(role), null);

        assertEquals(Set.of("roles[0] RoleAllowedForType"), violations(command));
    }

    @Test
    void everyRoleEachTypeAllowsIsAccepted() {
        for (String type : List.of("MISSION", "MINISTRY", "PARTNER_INSTITUTION")) {
            List<String> allowed = new ArrayList<>();
            EnumSet.allOf(Role.class).stream()
                    .filter(r -> OrganisationRules.typeOf(type).orElseThrow().allows(r))
                    .forEach(r -> allowed.add(r.roleName()));
            assertEquals(
                    Set.of(),
                    violations(new RegisterOrganisation("NPL-ORG", "An organisation", type, "NPL", allowed, null)),
                    type);
        }
    }

    @Test
    void aResourceCentreNamesTheDistrictItServesAndNoOtherTypeDoes() {
        assertEquals(
                Set.of(),
                violations(new RegisterOrganisation(
                        "NPL-MRC-KTM",
                        "Migrant Resource Centre Kathmandu",
                        "MIGRANT_RESOURCE_CENTRE",
                        "NPL",
                        List.of("registrar"),
                        "Kathmandu")));
        assertEquals(
                Set.of("district DistrictServed"),
                violations(new RegisterOrganisation(
                        "NPL-MRC-KTM",
                        "Migrant Resource Centre Kathmandu",
                        "MIGRANT_RESOURCE_CENTRE",
                        "NPL",
                        List.of(),
                        null)));
        assertEquals(
                Set.of("district DistrictServed"),
                violations(new RegisterOrganisation(
                        "NPL-MOHP", "Ministry of Health", "MINISTRY", "NPL", List.of(), "Kathmandu")));
        assertEquals(
                Set.of("district Text"),
                violations(new RegisterOrganisation(
                        "NPL-MRC-KTM",
                        "Migrant Resource Centre",
                        "MIGRANT_RESOURCE_CENTRE",
                        "NPL",
                        List.of(),
                        "Kath\u0000mandu")));
        assertEquals(
                Set.of("roles[0] RoleAllowedForType"),
                violations(new RegisterOrganisation(
                        "NPL-MRC-KTM",
                        "Migrant Resource Centre",
                        "MIGRANT_RESOURCE_CENTRE",
                        "NPL",
                        List.of("ministry-system"),
                        "Kathmandu")));
    }

    @Test
    void theOperatorIsNotRegisteredOverTheApi() {
        RegisterOrganisation command = new RegisterOrganisation(
                "NPL-DOFE2", "A second operator", "REGISTRY_OPERATOR", "NPL", List.of("registry-admin"), null);

        assertEquals(Set.of("type OneOperator"), violations(command));
    }

    @Test
    void nameAndCountryAreBounded() {
        RegisterOrganisation command =
                new RegisterOrganisation("NPL-EMB-DOH", "x".repeat(201), "MISSION", "npl", null, null);

        assertEquals(Set.of("name Size", "country Code"), violations(command));
        assertEquals(
                Set.of(),
                violations(new RegisterOrganisation("NPL-EMB-DOH", "x".repeat(200), "MISSION", "NPL", null, null)));
    }

    @Test
    void violationsCarryASentenceForPeople() {
        InputValidation validation = INPUTS.of(
                new RegisterOrganisation("NPL-EMB-DOH", "Embassy", "EMBASSY", "NPL", List.of("superuser"), null));
        OrganisationRules.check(
                validation,
                new RegisterOrganisation("NPL-EMB-DOH", "Embassy", "EMBASSY", "NPL", List.of("superuser"), null));

        for (Violation v : InputChecks.violations(validation)) {
            assertFalse(v.message().isBlank(), v::toString);
        }
    }

    @Test
    void aStatusChangeNeedsACodeAndAReasonOfAtMost500Characters() {
        assertEquals(Set.of(), names(INPUTS.of(new StatusChange("NPL-EMB-DOH", "Mission closed"))));
        assertEquals(Set.of(), names(INPUTS.of(new StatusChange("NPL-EMB-DOH", "r".repeat(500)))));
        assertEquals(Set.of("code Pattern", "reason NotBlank"), names(INPUTS.of(new StatusChange("doha", ""))));
        assertEquals(Set.of("code NotNull", "reason NotBlank"), names(INPUTS.of(new StatusChange(null, null))));
        assertEquals(Set.of("reason Size"), names(INPUTS.of(new StatusChange("NPL-EMB-DOH", "r".repeat(501)))));
    }

    @Test
    void aListQueryNamesKnownTypesAndStatusesAndBoundsItsPage() {
        assertEquals(Set.of(), query(new OrganisationQuery(1, 100, "MISSION", "SUSPENDED")));
        assertEquals(Set.of(), query(new OrganisationQuery(null, null, "REGISTRY_OPERATOR", null)));
        assertEquals(
                Set.of("page Min", "pageSize Max", "type OrganisationType", "status OrganisationStatus"),
                query(new OrganisationQuery(0, 101, "EMBASSY", "CLOSED")));
    }

    private static Set<String> violations(RegisterOrganisation command) {
        InputValidation validation = INPUTS.of(command);
        OrganisationRules.check(validation, command);
        return names(validation);
    }

    private static Set<String> query(OrganisationQuery query) {
        InputValidation validation = INPUTS.of(query);
        OrganisationRules.checkType(validation, "type", query.type());
        OrganisationRules.checkStatus(validation, "status", query.status());
        return names(validation);
    }

    private static Set<String> names(InputValidation validation) {
        Set<String> names = new TreeSet<>();
        InputChecks.violations(validation).forEach(v -> names.add(v.field() + " " + v.rule()));
        return names;
    }
}
