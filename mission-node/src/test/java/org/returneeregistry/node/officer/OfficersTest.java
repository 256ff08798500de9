package org.returneeregistry.node.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OfficersTest {

    @Test
    void aGoodNameAndPasswordHaveNoProblem() {
        assertTrue(Officers.problems("officer.two", "a-long-enough-password".toCharArray())
                .isEmpty());
        assertTrue(Officers.problems("o_3", "x".repeat(Officers.MAX_PASSWORD).toCharArray())
                .isEmpty());
    }

    @Test
    void eachProblemIsNamedAtItsField() {
        Map<String, String> both = Officers.problems("Officer Two", "short".toCharArray());
        assertEquals(2, both.size(), both::toString);
        assertTrue(both.get("username").contains("lower-case"), both::toString);
        assertTrue(both.get("password").contains("at least 12"), both::toString);
        assertEquals(
                Map.of("username", both.get("username")),
                Officers.problems("ab", "a-long-enough-password".toCharArray()));
        assertTrue(Officers.problems(
                        "officer.two", "x".repeat(Officers.MAX_PASSWORD + 1).toCharArray())
                .containsKey("password"));
        assertTrue(Officers.problems(null, null).keySet().containsAll(java.util.Set.of("username", "password")));
    }

    @Test
    void aPasswordWithAControlCharacterIsRefused() {
        assertEquals(
                "an officer's password has no control characters",
                Officers.problems("officer.two", "long-enough\u0000password".toCharArray())
                        .get("password"));
    }
}
