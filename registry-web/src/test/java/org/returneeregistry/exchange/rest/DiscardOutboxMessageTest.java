package org.returneeregistry.exchange.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.RegistryException;

class DiscardOutboxMessageTest {

    @Test
    void aBodyCarriesTheReasonOrNone() {
        assertEquals("Recipient closed", DiscardOutboxMessage.reasonOf("{\"reason\": \"Recipient closed\"}"));
        assertNull(DiscardOutboxMessage.reasonOf(null));
        assertNull(DiscardOutboxMessage.reasonOf("  "));
        assertNull(DiscardOutboxMessage.reasonOf("{}"));
        assertNull(DiscardOutboxMessage.reasonOf("{\"reason\": null}"));
    }

    @Test
    void aBodyThatIsNotAnObjectWithATextReasonIsRefused() {
        for (String body : new String[] {"reason=closed", "[\"closed\"]", "{\"reason\": 42}", "{\"reason\": "}) {
            RegistryException refused =
                    assertThrows(RegistryException.class, () -> DiscardOutboxMessage.reasonOf(body), body);
            assertEquals("reason", refused.violations().get(0).field(), body);
        }
    }
}
