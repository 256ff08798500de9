package org.returneeregistry.reintegration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferralIdTest {

    @Test
    void aGeneratedIdParsesBackToItself() {
        ReferralId id = ReferralId.generate();

        assertEquals(Optional.of(id), ReferralId.parse(id.value()));
    }

    @Test
    void upperCaseIsReadAsTheCanonicalLowerCase() {
        assertEquals("0b6f1d2e-3c4a-4b5c-8d9e-0f1a2b3c4d5e",
                ReferralId.parse("0B6F1D2E-3C4A-4B5C-8D9E-0F1A2B3C4D5E").orElseThrow().value());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "not-a-uuid", "0b6f1d2e-3c4a-4b5c-8d9e-0f1a2b3c4d5", "1-2-3-4-5",
            "0b6f1d2e-3c4a-4b5c-8d9e-0f1a2b3c4d5e0", "0b6f1d2e+3c4a-4b5c-8d9e-0f1a2b3c4d5e"})
    void anythingElseIsNoId(String text) {
        assertTrue(ReferralId.parse(text).isEmpty());
    }
}
