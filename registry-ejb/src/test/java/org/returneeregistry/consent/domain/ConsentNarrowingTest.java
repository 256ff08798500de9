package org.returneeregistry.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

class ConsentNarrowingTest {

    private static final Instant UNTIL = Instant.parse("2027-03-10T00:00:00Z");

    private static <E extends Enum<E>> Set<E> set(Class<E> type, String names) {
        return names == null || names.isBlank()
                ? EnumSet.noneOf(type)
                : Arrays.stream(names.split(" "))
                        .map(n -> Enum.valueOf(type, n))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    /**
     * The earlier record covers HEALTH_FOLLOW_UP and REINTEGRATION_SERVICES, IDENTITY CONTACT HEALTH, until
     * UNTIL; the successor's terms → what is withdrawn, and whether that narrows.
     */
    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                "true,  HEALTH_FOLLOW_UP REINTEGRATION_SERVICES, IDENTITY CONTACT HEALTH,        0,    -,                      -,      false, false",
                "true,  HEALTH_FOLLOW_UP REINTEGRATION_SERVICES, IDENTITY CONTACT HEALTH SKILLS, 30, -,                  -,      false, false",
                "true,  HEALTH_FOLLOW_UP REINTEGRATION_SERVICES, IDENTITY CONTACT,               0,    -,                      HEALTH, false, true",
                "true,  HEALTH_FOLLOW_UP,                        IDENTITY CONTACT HEALTH,        0,    REINTEGRATION_SERVICES, -,      false, true",
                "true,  HEALTH_FOLLOW_UP REINTEGRATION_SERVICES, IDENTITY CONTACT HEALTH,        -30,  -,                      -,      true,  true",
                "false, HEALTH_FOLLOW_UP REINTEGRATION_SERVICES, IDENTITY CONTACT HEALTH,        0,    HEALTH_FOLLOW_UP REINTEGRATION_SERVICES, IDENTITY CONTACT HEALTH, false, true"
            })
    void aSuccessorThatTakesSomethingAwayNarrows(
            boolean given,
            String purposes,
            String categories,
            long untilDays,
            String withdrawnPurposes,
            String withdrawnCategories,
            boolean shortened,
            boolean narrows) {
        ConsentNarrowing narrowing = ConsentNarrowing.of(
                set(Purpose.class, "HEALTH_FOLLOW_UP REINTEGRATION_SERVICES"),
                set(DataCategory.class, "IDENTITY CONTACT HEALTH"),
                UNTIL,
                given,
                set(Purpose.class, purposes),
                set(DataCategory.class, categories),
                UNTIL.plusSeconds(untilDays * 86400));

        assertEquals(set(Purpose.class, withdrawnPurposes), narrowing.withdrawnPurposes());
        assertEquals(set(DataCategory.class, withdrawnCategories), narrowing.withdrawnCategories());
        assertEquals(shortened, narrowing.shortened());
        assertEquals(narrows, narrowing.narrows());
    }
}
