package org.returneeregistry.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.DataCategory;

class DecisionLogEntryTest {

    private static DecisionLogEntry.Decision decision(DecisionReason reason, Set<DataCategory> granted) {
        return new DecisionLogEntry.Decision(
                Instant.parse("2026-11-23T10:15:30.123456Z"),
                "NPL-MOHP",
                "npl-mohp",
                "REST",
                "a".repeat(64),
                "HEALTH_FOLLOW_UP",
                Set.of(DataCategory.IDENTITY, DataCategory.HEALTH),
                granted,
                reason,
                "2026-11",
                null,
                "b".repeat(64));
    }

    @Test
    void entriesChainToTheirPredecessor() {
        DecisionLogEntry first = DecisionLogEntry.append(
                1, DecisionLogEntry.GENESIS_HASH, decision(DecisionReason.CONSENT, Set.of(DataCategory.IDENTITY)));
        DecisionLogEntry second =
                DecisionLogEntry.append(2, first.entryHash(), decision(DecisionReason.NO_CONSENT, Set.of()));

        assertEquals(first.entryHash(), second.previousHash());
        assertEquals(first.entryHash(), first.recomputeHash());
        assertEquals("PERMIT", first.outcome());
        assertEquals("DENY", second.outcome());
        assertEquals(Set.of(DataCategory.IDENTITY), first.granted());
        assertEquals(Set.of(), second.granted());
    }

    @Test
    void anEditedFieldNoLongerMatchesTheHash() throws ReflectiveOperationException {
        DecisionLogEntry entry = DecisionLogEntry.append(
                7, "c".repeat(64), decision(DecisionReason.CONSENT, Set.of(DataCategory.IDENTITY)));
        String stored = entry.entryHash();
        Field granted = DecisionLogEntry.class.getDeclaredField("granted");
        granted.setAccessible(true);
        granted.set(entry, "HEALTH,IDENTITY");

        assertNotEquals(stored, entry.recomputeHash());
    }

    @Test
    void theSameDecisionAfterAnotherPredecessorHashesDifferently() {
        DecisionLogEntry a = DecisionLogEntry.append(
                3, "c".repeat(64), decision(DecisionReason.CONSENT, Set.of(DataCategory.HEALTH)));
        DecisionLogEntry b = DecisionLogEntry.append(
                3, "d".repeat(64), decision(DecisionReason.CONSENT, Set.of(DataCategory.HEALTH)));

        assertNotEquals(a.entryHash(), b.entryHash());
    }

    /** A head as the linker holds it, outside a database. */
    private static final class Head implements org.returneeregistry.shared.domain.ChainHead {
        long last;
        String hash = GENESIS;

        @Override
        public long lastSequence() {
            return last;
        }

        @Override
        public String lastHash() {
            return hash;
        }

        @Override
        public void moveTo(long sequence, String h) {
            last = sequence;
            hash = h;
        }
    }

    private static final String GENESIS = DecisionLogEntry.GENESIS_HASH;

    @Test
    void aDecisionIsWrittenUnlinkedAndTheLinkerChainsDecisionsInTheOrderItLinksThem() throws Exception {
        DecisionLogEntry later = DecisionLogEntry.of(decision(DecisionReason.CONSENT, Set.of(DataCategory.HEALTH)))
                .sealedWith("1".repeat(64));
        DecisionLogEntry earlier = DecisionLogEntry.of(decision(DecisionReason.NO_CONSENT, Set.of()))
                .sealedWith("2".repeat(64));
        assertNull(later.sequence());
        assertNull(later.entryHash());

        Head head = new Head();
        head.link(earlier);
        head.link(later);

        assertEquals(1L, earlier.sequence());
        assertEquals(2L, later.sequence());
        assertEquals(earlier.entryHash(), later.previousHash());
        assertEquals(later.entryHash(), head.lastHash());
        assertEquals(later.entryHash(), later.recomputeHash());
        assertThrows(IllegalStateException.class, () -> head.link(later), "an entry is linked once");
    }

    @Test
    void theChainHashCoversTheSeal() throws ReflectiveOperationException {
        DecisionLogEntry entry = DecisionLogEntry.of(decision(DecisionReason.CONSENT, Set.of(DataCategory.HEALTH)))
                .sealedWith("1".repeat(64));
        entry.link(4, "c".repeat(64));
        String stored = entry.entryHash();
        Field seal = DecisionLogEntry.class.getDeclaredField("seal");
        seal.setAccessible(true);
        seal.set(entry, "3".repeat(64));

        assertNotEquals(stored, entry.recomputeHash());
        assertTrue(entry.sealedContent().contains("HEALTH"), entry.sealedContent());
    }
}
