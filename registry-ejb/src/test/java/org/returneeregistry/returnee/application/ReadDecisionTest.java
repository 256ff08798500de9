package org.returneeregistry.returnee.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

class ReadDecisionTest {

    @Test
    void aPermitIsAnsweredWithItsGrant() {
        ReadDecision permit = ReadDecision.permit(Set.of(DataCategory.IDENTITY), 7);

        assertTrue(permit.permitted());
        assertSame(permit, permit.orRefuse());
        assertEquals(Set.of(DataCategory.IDENTITY), permit.granted());
    }

    @Test
    void aDenyIsRefusedWithTheCodeAndExplanationThePolicyGave() {
        ReadDecision deny = ReadDecision.deny(8, ErrorCode.NO_CONSENT, "No consent. Decision 8 in the decision log.");

        assertFalse(deny.permitted());
        assertEquals(Set.of(), deny.granted());
        RegistryException refusal = assertThrows(RegistryException.class, deny::orRefuse);
        assertEquals(ErrorCode.NO_CONSENT, refusal.code());
        assertEquals("No consent. Decision 8 in the decision log.", refusal.getMessage());
    }
}
