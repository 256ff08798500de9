package org.returneeregistry.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.shared.domain.ChainCheck.Problem;
import org.returneeregistry.shared.domain.Checkpoint.Source;

/** The chain rule as a table: each tampering a database writer can do, and what the check names. */
class ChainWalkTest {

    private static final String GENESIS = "0".repeat(64);
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    /** An entry as a log stores it: its content, its previous hash and its own hash. */
    record Entry(long sequence, String content, String previousHash, String hash) {

        String recomputed() {
            return Sha256.hex(sequence + "\n" + content + "\n" + previousHash);
        }
    }

    /** A log of n entries chained as the registry chains them. */
    static List<Entry> log(int n) {
        List<Entry> entries = new ArrayList<>();
        String previous = GENESIS;
        for (long s = 1; s <= n; s++) {
            Entry e = new Entry(s, "decision " + s, previous, null);
            e = new Entry(s, e.content(), previous, e.recomputed());
            entries.add(e);
            previous = e.hash();
        }
        return entries;
    }

    /** What an attacker with database access does: edit entry k, then recompute every hash from there on. */
    static List<Entry> rehashedFrom(List<Entry> log, long k) {
        List<Entry> out = new ArrayList<>(log.subList(0, (int) k - 1));
        String previous = k == 1 ? GENESIS : out.get(out.size() - 1).hash();
        for (Entry e : log.subList((int) k - 1, log.size())) {
            String content = e.sequence() == k ? "PERMIT instead of " + e.content() : e.content();
            Entry edited = new Entry(e.sequence(), content, previous, null);
            edited = new Entry(e.sequence(), content, previous, edited.recomputed());
            out.add(edited);
            previous = edited.hash();
        }
        return out;
    }

    static Checkpoint signed(List<Entry> log, long sequence, Source source) {
        return new Checkpoint(
                "decision-log", sequence, log.get((int) sequence - 1).hash(), T, source, true);
    }

    static ChainCheck check(List<Entry> entries, long headSequence, String headHash, Long last, List<Checkpoint> cps) {
        ChainWalk walk = new ChainWalk(1, last, GENESIS, cps);
        for (Entry e : entries) {
            if (last != null && e.sequence() > last) {
                break;
            }
            if (!walk.accept(e.sequence(), e.previousHash(), e.hash(), e.recomputed())) {
                break;
            }
        }
        return walk.finish(headSequence, headHash);
    }

    static Stream<Arguments> cases() {
        List<Entry> log = log(10);
        String head = log.get(9).hash();
        List<Entry> rehashed = rehashedFrom(log, 4);
        List<Entry> cut = log.subList(0, 7);
        List<Entry> edited = new ArrayList<>(log);
        edited.set(
                4, new Entry(5, "PERMIT", log.get(4).previousHash(), log.get(4).hash()));
        List<Entry> relinked = new ArrayList<>(log);
        relinked.set(
                5, new Entry(6, log.get(5).content(), "f".repeat(64), log.get(5).hash()));
        List<Entry> gap = new ArrayList<>(log);
        gap.remove(2);
        Checkpoint at8 = signed(log, 8, Source.DATABASE);
        Checkpoint at8File = signed(log, 8, Source.EXTERNAL_FILE);
        Checkpoint at3 = signed(log, 3, Source.DATABASE);
        Checkpoint forged = new Checkpoint("decision-log", 6, log.get(5).hash(), T, Source.DATABASE, false);
        return Stream.of(
                Arguments.of(
                        "untouched, with checkpoints", log, 10L, head, null, List.of(at3, at8, at8File), null, null),
                Arguments.of("untouched, no checkpoint yet", log, 10L, head, null, List.of(), null, null),
                Arguments.of("one entry edited", edited, 10L, head, null, List.of(at8), Problem.CONTENT_ALTERED, 5L),
                Arguments.of("a link replaced", relinked, 10L, head, null, List.of(at8), Problem.LINK_BROKEN, 6L),
                Arguments.of("an entry deleted", gap, 10L, head, null, List.of(at8), Problem.ENTRY_MISSING, 3L),
                Arguments.of(
                        "head moved without the entries",
                        log,
                        10L,
                        "e".repeat(64),
                        null,
                        List.of(at8),
                        Problem.HEAD_MISMATCH,
                        10L),
                Arguments.of(
                        "edited and rehashed, caught by the database checkpoint",
                        rehashed,
                        10L,
                        rehashed.get(9).hash(),
                        null,
                        List.of(at3, at8),
                        Problem.REHASHED,
                        8L),
                Arguments.of(
                        "edited and rehashed, database checkpoints deleted, caught by the file",
                        rehashed,
                        10L,
                        rehashed.get(9).hash(),
                        null,
                        List.of(at8File),
                        Problem.REHASHED,
                        8L),
                Arguments.of(
                        "edited and rehashed after the last checkpoint: not provable yet",
                        rehashedFrom(log, 9),
                        10L,
                        rehashedFrom(log, 9).get(9).hash(),
                        null,
                        List.of(at8),
                        null,
                        null),
                Arguments.of(
                        "last entries cut and head moved back",
                        cut,
                        7L,
                        cut.get(6).hash(),
                        null,
                        List.of(at3, at8),
                        Problem.TRUNCATED,
                        8L),
                Arguments.of(
                        "cut, database checkpoints deleted too, caught by the file",
                        cut,
                        7L,
                        cut.get(6).hash(),
                        null,
                        List.of(at8File),
                        Problem.TRUNCATED,
                        8L),
                Arguments.of(
                        "a checkpoint not signed by the registry",
                        log,
                        10L,
                        head,
                        null,
                        List.of(at8, forged),
                        Problem.CHECKPOINT_FORGED,
                        6L),
                Arguments.of(
                        "a checkpoint deleted from the database only",
                        log,
                        10L,
                        head,
                        null,
                        List.of(at3, at8File),
                        Problem.CHECKPOINT_REMOVED,
                        8L),
                Arguments.of(
                        "a range before the cut is intact",
                        cut,
                        7L,
                        cut.get(6).hash(),
                        5L,
                        List.of(at3, at8),
                        null,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheFirstBreakAndItsKind(
            String name,
            List<Entry> entries,
            long headSequence,
            String headHash,
            Long last,
            List<Checkpoint> checkpoints,
            Problem problem,
            Long at) {
        ChainCheck result = check(entries, headSequence, headHash, last, checkpoints);
        assertEquals(problem == null, result.intact(), result::toString);
        assertEquals(problem, result.problemKind(), result::toString);
        assertEquals(at, result.firstBrokenSequence(), result::toString);
        if (problem != null) {
            assertTrue(result.problem().startsWith("Entry " + at + ": "), result::problem);
        }
    }

    @Test
    void anIntactCheckAnswersTheLastHashAndTheCheckpointsItHeldTheLogAgainst() {
        List<Entry> log = log(5);
        ChainCheck result = check(
                log,
                5,
                log.get(4).hash(),
                null,
                List.of(
                        signed(log, 2, Source.DATABASE),
                        signed(log, 4, Source.DATABASE),
                        signed(log, 4, Source.EXTERNAL_FILE)));
        assertTrue(result.intact());
        assertEquals(5, result.entriesChecked());
        assertEquals(5L, result.lastSequence());
        assertEquals(log.get(4).hash(), result.lastHash());
        assertEquals(3, result.checkpointsChecked());
        assertEquals(4L, result.lastCheckpointSequence());
        assertNull(result.problem());
    }

    @Test
    void anEmptyLogIsIntact() {
        ChainCheck result = check(List.of(), 0, GENESIS, null, List.of());
        assertTrue(result.intact());
        assertEquals(0, result.entriesChecked());
        assertNull(result.lastSequence());
        assertFalse(result.checkpointsChecked() > 0);
    }

    /** Walks the log with entry {@code unsealed} reported as not matching its seal. */
    static ChainCheck checkSeals(List<Entry> entries, String headHash, long unsealed, List<Checkpoint> cps) {
        ChainWalk walk = new ChainWalk(1, null, GENESIS, cps);
        for (Entry e : entries) {
            if (!walk.accept(e.sequence(), e.previousHash(), e.hash(), e.recomputed(), e.sequence() != unsealed)) {
                break;
            }
        }
        return walk.finish(entries.size(), headHash);
    }

    @Test
    void anEntryAlteredBeforeItWasLinkedIsFoundByItsSeal() {
        // altered before linking: the chain hash covers the altered content, only the seal no longer matches
        List<Entry> log = log(6);
        ChainCheck result = checkSeals(log, log.get(5).hash(), 4, List.of(signed(log, 2, Source.DATABASE)));
        assertFalse(result.intact());
        assertEquals(Problem.CONTENT_ALTERED, result.problemKind());
        assertEquals(4L, result.firstBrokenSequence());
        assertTrue(result.problem().contains("seal"), result.problem());
    }

    @Test
    void aBrokenSealIsReportedAfterWhatTheCheckpointsProve() {
        List<Entry> rehashed = rehashedFrom(log(10), 4);
        ChainCheck result =
                checkSeals(rehashed, rehashed.get(9).hash(), 4, List.of(signed(log(10), 8, Source.DATABASE)));
        assertEquals(Problem.REHASHED, result.problemKind());
        assertEquals(8L, result.firstBrokenSequence());
    }
}
