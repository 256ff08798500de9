package org.returneeregistry.socialsecurity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.shared.domain.Role;

class StatementAccessTest {

    @ParameterizedTest(name = "{0} of the operator={1}: {2}")
    @CsvSource({
        "REGISTRAR, true, true",
        "SOCIAL_SECURITY_OFFICER, true, true",
        "REGISTRAR, false, false",
        "SOCIAL_SECURITY_OFFICER, false, false",
        "PARTNER_INSTITUTION, false, false",
        "PARTNER_INSTITUTION, true, false",
        "MINISTRY_SYSTEM, true, false",
        "MISSION_OFFICER, true, false",
        "AUDITOR, true, false",
        "REGISTRY_ADMIN, true, false"
    })
    void onlyARegistrarOrOfficerOfTheOperatorIssuesStatements(Role role, boolean operator, boolean permitted) {
        assertEquals(
                permitted, StatementAccess.decide(EnumSet.of(role), operator).permitted());
    }

    @org.junit.jupiter.api.Test
    void noRoleIssuesNothing() {
        assertEquals(false, StatementAccess.decide(Set.of(), true).permitted());
    }
}
