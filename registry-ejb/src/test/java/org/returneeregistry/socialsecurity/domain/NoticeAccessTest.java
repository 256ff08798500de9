package org.returneeregistry.socialsecurity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.shared.domain.Role;

class NoticeAccessTest {

    @ParameterizedTest(name = "{0}, home institution={1}, operator={2}: {3}")
    @CsvSource({
        "SOCIAL_SECURITY_OFFICER, true, true, true",
        "SOCIAL_SECURITY_OFFICER, true, false, true",
        "SOCIAL_SECURITY_OFFICER, false, true, false",
        "SOCIAL_SECURITY_OFFICER, false, false, false",
        "REGISTRAR, false, true, true",
        "REGISTRAR, true, true, true",
        "REGISTRAR, true, false, false",
        "REGISTRAR, false, false, false",
        "PARTNER_INSTITUTION, false, false, false",
        "PARTNER_INSTITUTION, true, true, false",
        "MINISTRY_SYSTEM, true, true, false",
        "MISSION_OFFICER, true, true, false",
        "AUDITOR, true, true, false",
        "REGISTRY_ADMIN, true, true, false"
    })
    void theHomeInstitutionsOfficersAndTheOperatorsRegistrarsReadNotices(
            Role role, boolean homeInstitution, boolean operator, boolean permitted) {
        assertEquals(
                permitted,
                NoticeAccess.decide(EnumSet.of(role), homeInstitution, operator).permitted());
    }

    @Test
    void aPartnerInstitutionIsToldWhyItDoesNotGetTheNotice() {
        NoticeAccess.Decision d = NoticeAccess.decide(EnumSet.of(Role.PARTNER_INSTITUTION), false, false);
        assertFalse(d.permitted());
        assertTrue(d.reason().contains("own signed message"), d.reason());
    }

    @Test
    void noRoleReadsNothing() {
        assertFalse(NoticeAccess.decide(Set.of(), true, true).permitted());
    }
}
