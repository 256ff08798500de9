package org.returneeregistry.shared.application;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * Tells a transaction that lost a race to a concurrent one from a failure: a row's version moved on
 * (optimistic lock), a unique key was taken in between (SQL state 23505), or the database chose this
 * transaction as the victim of a deadlock or a serialization conflict (40001, 40P01). Such a request
 * was well-formed and changed nothing; repeated after a fresh read it can succeed. A unit of work that
 * expects such races repeats itself through {@link #retried}, and each protocol's error mapper answers
 * a race still lost as a conflict rather than as a failure.
 */
public final class LostRace {

    private static final Logger LOG = Logger.getLogger(LostRace.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Set<String> STATES = Set.of(UNIQUE_VIOLATION, "40001", "40P01");
    /** What EclipseLink throws when the version check fails at commit, outside the JPA API. */
    private static final String ECLIPSELINK_OPTIMISTIC_LOCK =
            "org.eclipse.persistence.exceptions.OptimisticLockException";

    private LostRace() {}

    /**
     * Runs {@code transaction} and, while it fails with a lost race, runs it again, at most {@code
     * attempts} times in all; any other failure, or the last attempt's, is thrown as it came. Each run
     * must be a transaction of its own (a bean method with its own transaction, called from outside
     * one, or a user transaction begun and ended inside), so that the repeat reads what the winner
     * committed.
     *
     * @param doing what the unit of work does, for the log line of a repeat
     */
    public static <T> T retried(String doing, int attempts, Supplier<T> transaction) {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt, not " + attempts);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !in(e)) {
                    throw e;
                }
                int next = attempt + 1;
                LOG.fine(() -> "Lost a race to a concurrent transaction while trying to " + doing + " ("
                        + e.getClass().getSimpleName() + "); attempt " + next + " of " + attempts);
            }
        }
    }

    /**
     * The refusal a lost race is answered with, by every protocol: 409 StaleVersion, as for a
     * correction naming an old version — read again and repeat.
     */
    public static RegistryException conflict() {
        return new RegistryException(
                ErrorCode.STALE_VERSION,
                "Another request changed the same record at the same"
                        + " time, and this one changed nothing; read the record again and repeat the request.");
    }

    /** True when {@code failure} or one of its causes is a lost race. */
    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException
                    || ECLIPSELINK_OPTIMISTIC_LOCK.equals(t.getClass().getName())) {
                return true;
            }
        }
        return hasState(failure, STATES);
    }

    /**
     * True when {@code failure} or one of its causes is the database refusing a row whose unique key
     * another row holds (SQL state {@value #UNIQUE_VIOLATION}): an insert that lost its race, or a
     * duplicate that a read before it did not see.
     */
    public static boolean onUniqueKey(Throwable failure) {
        return hasState(failure, Set.of(UNIQUE_VIOLATION));
    }

    private static boolean hasState(Throwable failure, Set<String> states) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if (sql.getSQLState() != null && states.contains(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
