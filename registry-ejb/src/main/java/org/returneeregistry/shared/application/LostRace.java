package org.returneeregistry.shared.application;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * Tells a transaction that lost a race to a concurrent one from a failure: a row's version moved on
 * (optimistic lock), a unique key was taken in between (SQL state 23505), or the database chose this
 * transaction as the victim of a deadlock or a serialization conflict (40001, 40P01). Such a request
 * was well-formed and changed nothing; repeated after a fresh read it can succeed. Intake retries on
 * it, and each protocol's error mapper answers it as a conflict rather than as a failure.
 */
public final class LostRace {

    private static final Set<String> STATES = Set.of("23505", "40001", "40P01");
    /** What EclipseLink throws when the version check fails at commit, outside the JPA API. */
    private static final String ECLIPSELINK_OPTIMISTIC_LOCK =
            "org.eclipse.persistence.exceptions.OptimisticLockException";

    private LostRace() {}

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
            for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if (sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
