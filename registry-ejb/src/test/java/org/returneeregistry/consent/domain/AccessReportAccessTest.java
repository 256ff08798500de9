package org.returneeregistry.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.consent.domain.AccessReportAccess.Workplace;
import org.returneeregistry.shared.domain.Role;

class AccessReportAccessTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(EnumSet.of(Role.AUDITOR), Workplace.OTHER, true),
                Arguments.of(EnumSet.of(Role.AUDITOR), Workplace.OPERATOR, true),
                Arguments.of(EnumSet.of(Role.REGISTRAR), Workplace.OPERATOR, true),
                Arguments.of(EnumSet.of(Role.REGISTRAR), Workplace.RESOURCE_CENTRE, true),
                Arguments.of(EnumSet.of(Role.REGISTRAR), Workplace.OTHER, false),
                Arguments.of(EnumSet.of(Role.MISSION_OFFICER), Workplace.OTHER, false),
                Arguments.of(EnumSet.of(Role.MINISTRY_SYSTEM), Workplace.OTHER, false),
                Arguments.of(EnumSet.of(Role.PARTNER_INSTITUTION), Workplace.OTHER, false),
                Arguments.of(EnumSet.of(Role.SOCIAL_SECURITY_OFFICER), Workplace.OPERATOR, false),
                Arguments.of(EnumSet.of(Role.REGISTRY_ADMIN), Workplace.OPERATOR, false),
                Arguments.of(EnumSet.noneOf(Role.class), Workplace.OPERATOR, false));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void onlyAuditorsAndRegistrarsOfTheOperatorOrAResourceCentreProduceAReport(
            Set<Role> roles, Workplace workplace, boolean permitted) {
        AccessReportAccess.Decision decision = AccessReportAccess.decide(roles, workplace);
        assertEquals(permitted, decision.permitted(), decision.reason());
    }
}
