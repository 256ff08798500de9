package org.returneeregistry.node.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OneByOneSenderTest {

    @Test
    void anAcceptedAcknowledgementCarriesTheRegistryNumber() throws LinkDown {
        for (int status : new int[] {200, 201}) {
            Delivery d = OneByOneSender.interpret(
                    "n-1",
                    status,
                    "{\"status\":\"ACCEPTED\",\"registryNumber\":\"RR-0000-0007-6\",\"match\":\"CREATED_NEW\"}");
            assertEquals("ACKNOWLEDGED", d.status());
            assertEquals("RR-0000-0007-6", d.registryNumber());
        }
    }

    @Test
    void aHeldNotificationIsAskedAboutAgainLater() throws LinkDown {
        Delivery d =
                OneByOneSender.interpret("n-1", 201, "{\"status\":\"HELD_FOR_REVIEW\",\"match\":\"PENDING_REVIEW\"}");
        assertEquals("HELD", d.status());
    }

    @Test
    void conflictsAndRefusalsAreShownToTheOfficer() throws LinkDown {
        assertEquals(
                "CONFLICT",
                OneByOneSender.interpret("n", 409, "{\"code\":\"DuplicateNotificationConflict\"}")
                        .status());
        assertEquals(
                "CONFLICT",
                OneByOneSender.interpret("n", 422, "{\"code\":\"AmbiguousIdentity\"}")
                        .status());
        Delivery refused = OneByOneSender.interpret("n", 400, "{\"code\":\"ValidationFailed\",\"violations\":[]}");
        assertEquals("REFUSED", refused.status());
        assertEquals("ValidationFailed", refused.problemCode());
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 429, 500, 502, 503})
    void anythingElseLeavesTheNotificationWaiting(int status) {
        assertThrows(LinkDown.class, () -> OneByOneSender.interpret("n", status, "{\"code\":\"x\"}"));
    }
}
