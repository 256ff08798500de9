package org.returneeregistry.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.shared.domain.ErrorCode;

class LostRaceTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("optimistic lock at flush", new OptimisticLockException("version moved"), true),
                Arguments.of(
                        "optimistic lock wrapped by the container",
                        new EJBTransactionRolledbackException("rolled back", new OptimisticLockException()),
                        true),
                Arguments.of(
                        "unique key taken (PostgreSQL and H2)",
                        new PersistenceException(new SQLException("duplicate key", "23505")),
                        true),
                Arguments.of(
                        "serialization failure / H2 deadlock",
                        new RollbackException(new SQLException("x", "40001")),
                        true),
                Arguments.of(
                        "PostgreSQL deadlock", new PersistenceException(new SQLException("deadlock", "40P01")), true),
                Arguments.of(
                        "deadlock as the next exception of a batch",
                        new PersistenceException(
                                batch(new SQLException("batch failed", "XX000"), new SQLException("d", "40P01"))),
                        true),
                Arguments.of(
                        "not-null violation is a defect, not a race",
                        new PersistenceException(new SQLException("null value", "23502")),
                        false),
                Arguments.of("foreign key violation", new PersistenceException(new SQLException("fk", "23503")), false),
                Arguments.of("connection failure", new PersistenceException(new SQLException("gone", "08006")), false),
                Arguments.of("no SQL state", new PersistenceException(new SQLException("odd")), false),
                Arguments.of("a plain failure", new IllegalStateException("boom"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void tellsALostRaceFromAFailure(String what, Throwable failure, boolean lost) {
        assertEquals(lost, LostRace.in(failure), what);
    }

    @Test
    void aLostRaceIsAnsweredAsAConflictToRepeat() {
        assertEquals(ErrorCode.STALE_VERSION, LostRace.conflict().code());
        assertEquals(ErrorCode.Kind.CONFLICT, LostRace.conflict().code().kind());
    }

    @Test
    void onlyATakenUniqueKeyIsAUniqueKeyRace() {
        assertTrue(LostRace.onUniqueKey(new EJBTransactionRolledbackException(
                "rolled back", new PersistenceException(new SQLException("duplicate key", "23505")))));
        assertFalse(LostRace.onUniqueKey(new PersistenceException(new SQLException("fk", "23503"))));
        assertFalse(LostRace.onUniqueKey(new PersistenceException(new SQLException("deadlock", "40P01"))));
        assertFalse(LostRace.onUniqueKey(new OptimisticLockException("version moved")));
    }

    @Test
    void aUnitOfWorkThatLosesARaceRunsAgainAndAnswersWhatTheRepeatAnswers() {
        List<String> runs = new ArrayList<>();
        String answer = LostRace.retried("test", 2, () -> {
            runs.add("run");
            if (runs.size() == 1) {
                throw new PersistenceException(new SQLException("duplicate key", "23505"));
            }
            return "the winner's row";
        });
        assertEquals("the winner's row", answer);
        assertEquals(2, runs.size());
    }

    @Test
    void aRaceLostOnEveryAttemptIsThrownAfterTheLast() {
        AtomicInteger runs = new AtomicInteger();
        PersistenceException last = new PersistenceException(new SQLException("deadlock", "40P01"));
        PersistenceException thrown = assertThrows(
                PersistenceException.class,
                () -> LostRace.retried("test", 3, () -> {
                    runs.incrementAndGet();
                    throw runs.get() == 3 ? last : new OptimisticLockException("version moved");
                }));
        assertSame(last, thrown);
        assertEquals(3, runs.get());
    }

    @Test
    void anyOtherFailureIsThrownAtOnceWithoutARepeat() {
        AtomicInteger runs = new AtomicInteger();
        IllegalStateException boom = new IllegalStateException("boom");
        assertSame(
                boom,
                assertThrows(
                        IllegalStateException.class,
                        () -> LostRace.retried("test", 3, () -> {
                            runs.incrementAndGet();
                            throw boom;
                        })));
        assertEquals(1, runs.get());
    }

    @Test
    void aUnitOfWorkThatSucceedsRunsOnce() {
        AtomicInteger runs = new AtomicInteger();
        assertEquals(1, LostRace.retried("test", 3, runs::incrementAndGet));
        assertThrows(IllegalArgumentException.class, () -> LostRace.retried("test", 0, runs::incrementAndGet));
        assertEquals(1, runs.get());
    }

    private static SQLException batch(SQLException first, SQLException next) {
        first.setNextException(next);
        return first;
    }
}
