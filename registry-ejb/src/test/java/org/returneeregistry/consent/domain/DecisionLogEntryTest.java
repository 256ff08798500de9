package org.returneeregistry.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
