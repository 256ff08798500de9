package org.returneeregistry.it.env;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL 16 server (zonky embedded binaries) on loopback, with the database and role the
 * registry's pool logs in with. The application's Flyway migrations create the schema at deploy.
 */
final class PostgresServer implements AutoCloseable {

    static final String DATABASE = "registry";
    static final String USER = "registry";

    private final EmbeddedPostgres postgres;
    private final int port;
    private final String password = "it-" + UUID.randomUUID();
    private final String version;

    private PostgresServer(EmbeddedPostgres postgres, int port) throws SQLException {
        this.postgres = postgres;
        this.port = port;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + password + "'");
            s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
            try (ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                version = rs.getString(1);
            }
        }
    }

    static PostgresServer start(Path dataDirectory, int port) throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .start();
        try {
            return new PostgresServer(postgres, port);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    String password() {
        return password;
    }

    String version() {
        return version;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
