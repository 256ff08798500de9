package db.migration.common;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves {@code decision_log_seq} past the ids V14 gave the decisions already logged (their sequence
 * numbers), so a new decision's id is never one an earlier decision is known by. A Java migration because
 * the restart value must be a literal on both H2 and PostgreSQL; the statement itself is the same on both.
 */
public class V15__decision_ids_after_sequence_numbers extends BaseJavaMigration {

    /** The sequence's increment: EclipseLink takes the value it answers as the last of 50 ids. */
    private static final long INCREMENT = 50;

    @Override
    public void migrate(Context context) throws Exception {
        long highest;
        try (Statement s = context.getConnection().createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM decision_log_entry")) {
            r.next();
            highest = r.getLong(1);
        }
        long restart = (highest / INCREMENT + 2) * INCREMENT;
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("ALTER SEQUENCE decision_log_seq RESTART WITH " + restart);
        }
    }
}
