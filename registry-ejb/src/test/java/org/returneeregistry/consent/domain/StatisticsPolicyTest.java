package org.returneeregistry.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.organisation.domain.OrganisationStatus;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.Role;

/** Who may read aggregate statistics (indicators), as a table of cases. */
class StatisticsPolicyTest {

    private static final Optional<OrganisationStatus> ACTIVE = Optional.of(OrganisationStatus.ACTIVE);

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of(EnumSet.of(Role.AUDITOR), null, ACTIVE, DecisionReason.AGGREGATE_STATISTICS),
                Arguments.of(EnumSet.of(Role.REGISTRY_ADMIN), null, ACTIVE, DecisionReason.AGGREGATE_STATISTICS),
                Arguments.of(
                        EnumSet.of(Role.MINISTRY_SYSTEM),
                        Purpose.STATISTICS,
                        ACTIVE,
                        DecisionReason.AGGREGATE_STATISTICS),
                Arguments.of(EnumSet.of(Role.MINISTRY_SYSTEM), null, ACTIVE, DecisionReason.PURPOSE_MISSING),
                Arguments.of(
                        EnumSet.of(Role.MINISTRY_SYSTEM),
                        Purpose.HEALTH_FOLLOW_UP,
                        ACTIVE,
                        DecisionReason.ROLE_NOT_PERMITTED),
                Arguments.of(EnumSet.of(Role.REGISTRAR), Purpose.STATISTICS, ACTIVE, DecisionReason.ROLE_NOT_PERMITTED),
                Arguments.of(
                        EnumSet.of(Role.MISSION_OFFICER),
                        Purpose.STATISTICS,
                        ACTIVE,
                        DecisionReason.ROLE_NOT_PERMITTED),
                Arguments.of(
                        EnumSet.of(Role.PARTNER_INSTITUTION),
                        Purpose.STATISTICS,
                        ACTIVE,
                        DecisionReason.ROLE_NOT_PERMITTED),
                Arguments.of(EnumSet.noneOf(Role.class), Purpose.STATISTICS, ACTIVE, DecisionReason.ROLE_NOT_PERMITTED),
                Arguments.of(
                        EnumSet.of(Role.MINISTRY_SYSTEM),
                        Purpose.STATISTICS,
                        Optional.of(OrganisationStatus.SUSPENDED),
                        DecisionReason.ORGANISATION_SUSPENDED),
                Arguments.of(EnumSet.of(Role.AUDITOR), null, Optional.empty(), DecisionReason.ORGANISATION_SUSPENDED));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void decides(Set<Role> roles, Purpose purpose, Optional<OrganisationStatus> status, DecisionReason expected) {
        AccessPolicy.Grant grant = AccessPolicy.decideStatistics(roles, purpose, status);
        assertEquals(expected, grant.reason());
        assertEquals(Set.of(), grant.granted(), "an aggregate grants no category of personal data");
    }
}
