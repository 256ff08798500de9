package org.returneeregistry.node.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BatchSenderTest {

    private static JsonObject item(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void acceptedAndReplayedRowsCarryTheAcknowledgement() {
        for (String outcome : new String[] {"ACCEPTED", "REPLAYED"}) {
            Delivery d = BatchSender.delivery(item("{\"row\":1,\"notificationId\":\"n-1\",\"outcome\":\"" + outcome
                    + "\",\"registryNumber\":\"RR-0000-0007-6\",\"notificationStatus\":\"ACCEPTED\","
                    + "\"match\":\"CREATED_NEW\"}"));
            assertEquals("ACKNOWLEDGED", d.status(), outcome);
            assertEquals("RR-0000-0007-6", d.registryNumber());
            assertEquals("CREATED_NEW", d.match());
        }
        Delivery held = BatchSender.delivery(item("{\"notificationId\":\"n-2\",\"outcome\":\"ACCEPTED\","
                + "\"notificationStatus\":\"HELD_FOR_REVIEW\",\"match\":\"PENDING_REVIEW\"}"));
        assertEquals("HELD", held.status());
        assertNull(held.registryNumber());
    }

    @Test
    void refusedRowsAreConflictsOrRefusalsWithTheRowsReport() {
        assertEquals(
                "CONFLICT",
                BatchSender.delivery(item("{\"notificationId\":\"n\",\"outcome\":\"REFUSED\","
                                + "\"refusalCode\":\"DuplicateNotificationConflict\"}"))
                        .status());
        assertEquals(
                "CONFLICT",
                BatchSender.delivery(
                                item(
                                        "{\"notificationId\":\"n\",\"outcome\":\"REFUSED\",\"refusalCode\":\"AmbiguousIdentity\"}"))
                        .status());
        Delivery refused = BatchSender.delivery(item("{\"notificationId\":\"n\",\"outcome\":\"REFUSED\","
                + "\"refusalCode\":\"ValidationFailed\",\"violations\":[{\"field\":\"dateOfBirth\"}]}"));
        assertEquals("REFUSED", refused.status());
        assertEquals("ValidationFailed", refused.problemCode());
        assertEquals(true, refused.problem().contains("dateOfBirth"));
    }

    @Test
    void aHeldNotificationAskedAboutAgainIsAcknowledgedWithItsNumber() {
        assertEquals(
                "HELD",
                Delivery.acknowledgement("n", item("{\"status\":\"HELD_FOR_REVIEW\",\"match\":\"PENDING_REVIEW\"}"))
                        .status());
        Delivery d =
                Delivery.acknowledgement("n", item("{\"status\":\"ACCEPTED\",\"registryNumber\":\"RR-0000-0007-6\"}"));
        assertEquals("ACKNOWLEDGED", d.status());
        assertEquals("RR-0000-0007-6", d.registryNumber());
    }
}
