package org.returneeregistry.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.Actor;

class NotificationBatchTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final Actor OFFICER = new Actor("sub-1", "officer.doh", "NPL-EMB-DOH", "registry-cli");

    @Test
    void aBatchKeepsItsSubmitterAndCountsUnreadableRowsAsRefused() {
        NotificationBatch batch = NotificationBatch.received(OFFICER, BatchFormat.CSV, 3, NOW);
        batch.refusedOnReceipt(1);
        assertEquals(OFFICER, batch.submitter());
        assertEquals(BatchState.PROCESSING, batch.state());
        assertEquals(1, batch.done());
        assertNull(batch.finishedAt());
        batch.complete(NOW.plusSeconds(5));
        batch.complete(NOW.plusSeconds(9));
        assertEquals(BatchState.COMPLETED, batch.state());
        assertEquals(NOW.plusSeconds(5), batch.finishedAt());
    }

    @Test
    void aBatchHasAtLeastOneItemAndNoMoreUnreadableThanItems() {
        assertThrows(
                IllegalArgumentException.class, () -> NotificationBatch.received(OFFICER, BatchFormat.JSON, 0, NOW));
        NotificationBatch batch = NotificationBatch.received(OFFICER, BatchFormat.JSON, 2, NOW);
        assertThrows(IllegalArgumentException.class, () -> batch.refusedOnReceipt(3));
    }

    @Test
    void anItemGetsOneOutcomeOnly() {
        BatchItem item = BatchItem.pending(1L, 2, "N-1", "{}");
        item.acknowledged(false, "RR-2025-0001-7", "ACCEPTED", "MATCHED_EXISTING", NOW);
        assertEquals(ItemOutcome.REPLAYED, item.outcome());
        assertThrows(IllegalStateException.class, () -> item.refused("ValidationFailed", "no", null, NOW));
        BatchItem other = BatchItem.pending(1L, 3, "N-2", "{}");
        other.refused("DuplicateNotificationConflict", "x".repeat(1500), null, NOW);
        assertEquals(ItemOutcome.REFUSED, other.outcome());
        assertEquals(BatchItem.MESSAGE_LENGTH, other.refusalMessage().length());
        assertThrows(IllegalStateException.class, () -> other.acknowledged(true, null, null, null, NOW));
    }
}
