package org.returneeregistry.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The migrations on H2 2.2, the database of the zero-set-up run. In memory, so a unit test. */
class MigrationsTest extends MigrationsContract {

    private static JdbcDataSource h2;

    @BeforeAll
    static void migrateH2() {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrate(h2);
    }

    @AfterAll
    static void dropH2() throws SQLException {
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Override
    protected DataSource dataSource() {
        return h2;
    }
}
