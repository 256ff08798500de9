package org.returneeregistry.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.ChainHead;

/** The message log's entries: sealed content, linked into the chain, an edit found by the hash. */
class MessageLogEntryTest {

    private static MessageLogEntry entry(String reason) {
        return entry(reason, "SOAP");
    }

    private static MessageLogEntry entry(String reason, String transport) {
        return new MessageLogEntry(
                Instant.parse("2026-12-06T10:15:30.123456Z"),
                new MessageLogEntry.Content(
                        "INBOUND",
                        "m-1",
                        null,
                        "7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2",
                        1,
                        "QAT-GRSIA",
                        "NPL-DOFE",
                        "RETURN_NOTICE",
                        Instant.parse("2026-12-06T10:15:29Z"),
                        "QAT-GRSIA",
                        "MEUCIQ",
                        "a".repeat(64),
                        "b".repeat(64),
                        "ACCEPTED".equals(reason) ? MessageLogEntry.ACCEPTED : MessageLogEntry.REFUSED,
                        reason,
                        "SUBSYSTEM:QA/GOV/QAT-GRSIA/exchange",
                        null,
                        "x-1",
                        null,
                        null,
                        "4.0",
                        null,
                        transport));
    }

    @Test
    void anEntryIsWrittenUnlinkedAndLinkedAfterItsPredecessor() {
        MessageLogEntry first = entry("ACCEPTED").sealedWith("s".repeat(64));
        MessageLogEntry second = entry("SignatureMissing").sealedWith("t".repeat(64));
        assertNull(first.sequence());

        first.link(1, ChainHead.GENESIS_HASH);
        second.link(2, first.entryHash());

        assertEquals(first.entryHash(), second.previousHash());
        assertEquals(first.entryHash(), first.recomputeHash());
        assertEquals("REFUSED", second.decision());
        assertNotEquals(first.entryHash(), second.entryHash());
    }

    /** A partner's timestamp may carry nanoseconds; the database keeps microseconds, and the seal covers what it keeps. */
    @Test
    void timesAreKeptAtTheDatabasesPrecision() {
        MessageLogEntry e = new MessageLogEntry(
                Instant.parse("2026-12-06T10:15:30.123456789Z"),
                new MessageLogEntry.Content(
                        "INBOUND",
                        "m-1",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Instant.parse("2026-12-06T10:15:29.987654321Z"),
                        null,
                        null,
                        null,
                        null,
                        MessageLogEntry.REFUSED,
                        "SignatureMissing",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));

        assertEquals(Instant.parse("2026-12-06T10:15:30.123456Z"), e.recordedAt());
        assertEquals(Instant.parse("2026-12-06T10:15:29.987654Z"), e.envelopeTimestamp());
    }

    @Test
    void anEntryIsLinkedOnce() {
        MessageLogEntry e = entry("ACCEPTED").sealedWith("s".repeat(64));
        e.link(1, ChainHead.GENESIS_HASH);

        assertThrows(IllegalStateException.class, () -> e.link(2, ChainHead.GENESIS_HASH));
    }

    @Test
    void anEditedFieldNoLongerMatchesTheHashNorTheSealedContent() throws ReflectiveOperationException {
        MessageLogEntry e = entry("OutOfScope").sealedWith("s".repeat(64));
        e.link(5, "c".repeat(64));
        String stored = e.entryHash();
        String sealed = e.sealedContent();
        Field reason = MessageLogEntry.class.getDeclaredField("reason");
        reason.setAccessible(true);
        reason.set(e, "ACCEPTED");

        assertNotEquals(stored, e.recomputeHash());
        assertNotEquals(sealed, e.sealedContent());
    }

    /**
     * The transport was added to the log later: an entry without one hashes exactly the fields entries had before it
     * (so entries linked before keep their hashes); an entry with one hashes it last, and an edited transport is found.
     */
    @Test
    void theTransportIsChainedLastAndOnlyWhereRecorded() throws ReflectiveOperationException {
        MessageLogEntry before = entry("ACCEPTED", null).sealedWith("s".repeat(64));
        MessageLogEntry rest = entry("ACCEPTED", "REST").sealedWith("s".repeat(64));
        assertEquals(
                MessageLogEntry.CHAINED_FIELD_NAMES.size() - 1,
                before.chainedFields().size());
        assertEquals(
                MessageLogEntry.CHAINED_FIELD_NAMES.size(), rest.chainedFields().size());
        assertEquals("REST", rest.chainedFields().get(rest.chainedFields().size() - 1));
        assertEquals(
                before.chainedFields(),
                rest.chainedFields().subList(0, before.chainedFields().size()));

        rest.link(7, "c".repeat(64));
        String stored = rest.entryHash();
        Field transport = MessageLogEntry.class.getDeclaredField("transport");
        transport.setAccessible(true);
        transport.set(rest, "SOAP");
        assertNotEquals(stored, rest.recomputeHash());
        transport.set(rest, null);
        assertNotEquals(stored, rest.recomputeHash());
    }
}
