package org.returneeregistry.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReturnNotificationTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-06-08T08:00:00Z");
    private static final NotificationKey KEY = new NotificationKey("NPL-EMB-DOH", "N-2026-0001");

    private static ReturnNotification accepted() {
        return ReturnNotification.accepted(KEY, "hash-of-content", "{\"notificationId\":\"N-2026-0001\"}",
                "END_OF_CONTRACT", LocalDate.parse("2026-03-20"), "TIA", List.of(), List.of(), "NPL-2026-000001",
                MatchOutcome.CREATED_NEW, RECEIVED, "mission officer");
    }

    @Test
    void purgingTheContentKeepsTheHashForReplays() {
        ReturnNotification n = accepted();

        n.purgeContent(LATER);

        assertEquals(Optional.empty(), n.content());
        assertEquals(LATER, n.contentPurgedAt());
        assertTrue(n.sameContentAs("hash-of-content"), "a replay is still told from a conflicting resend");
        n.purgeContent(LATER.plusSeconds(60));
        assertEquals(LATER, n.contentPurgedAt(), "a second purge changes nothing");
    }

    @Test
    void aHeldNotificationKeepsItsContentUntilDecided() {
        ReturnNotification held = ReturnNotification.held(KEY, "hash-of-content", "{}", "END_OF_CONTRACT",
                LocalDate.parse("2026-03-20"), null, List.of(), List.of(), "NPL-2026-000001", "NAME_DIFFERS", RECEIVED,
                "mission officer");

        assertThrows(IllegalStateException.class, () -> held.purgeContent(LATER));
        assertEquals(Optional.of("{}"), held.content());
    }
}
