package org.returneeregistry.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.consent.domain.KeyProvisioning.Action;
import org.returneeregistry.consent.domain.KeyProvisioning.Facts;

class KeyProvisioningTest {

    @ParameterizedTest(name = "production={0} configured={1} directoryConfigured={2} file={3} ownerOnly={4} -> {5}")
    @CsvSource({
            // production, configured, directory configured, file exists, file owner-only, action, reason mentions
            "false, true,  false, false, false, USE_CONFIGURED, is configured",
            "true,  true,  false, false, false, USE_CONFIGURED, is configured",
            "true,  true,  true,  true,  false, USE_CONFIGURED, is configured",
            "true,  false, false, false, false, REFUSE_START,   registry.profile is production and no",
            "true,  false, false, true,  true,  REFUSE_START,   registry.profile is production and no",
            "true,  false, true,  true,  true,  USE_FILE,       is read from",
            "true,  false, true,  true,  false, REFUSE_START,   can be read by others",
            "true,  false, true,  false, false, REFUSE_START,   holds no",
            "false, false, false, true,  true,  USE_FILE,       is read from",
            "false, false, true,  true,  true,  USE_FILE,       is read from",
            "false, false, false, true,  false, REFUSE_START,   can be read by others",
            "false, false, false, false, false, GENERATE_FILE,  is generated",
            "false, false, true,  false, false, GENERATE_FILE,  is generated",
    })
    void decidesWhereAKeyComesFrom(boolean production, boolean configured, boolean directoryConfigured,
                                   boolean fileExists, boolean ownerOnly, Action action, String reason) {
        KeyProvisioning.Decision decision = KeyProvisioning.decide(new Facts("receipt signing key",
                "registry.consent.receipt-key", "receipt-signing-key.jwk", production, configured, directoryConfigured,
                fileExists, ownerOnly));
        assertEquals(action, decision.action(), decision::reason);
        assertTrue(decision.reason().contains(reason), decision::reason);
        assertEquals(action == Action.REFUSE_START, decision.refused());
    }
}
