package org.returneeregistry.node.store;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The node's store: one H2 file encrypted with AES (H2's {@code CIPHER=AES}), opened with a key derived from
 * the node passphrase (see {@link NodeKey}); its schema comes from the node's own Flyway migrations. Commits are
 * written to the file before the commit returns ({@code WRITE_DELAY=0}), so what an officer saw saved survives a
 * killed process.
 */
@ApplicationScoped
public class NodeStore {

    private static final Logger LOG = Logger.getLogger(NodeStore.class.getName());

    @Inject
    @ConfigProperty(name = "node.data-dir", defaultValue = "mission-node-data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "node.passphrase")
    Optional<String> passphrase;

    @Inject
    @ConfigProperty(name = "node.passphrase-file")
    Optional<String> passphraseFile;

    private JdbcConnectionPool pool;

    void open(@Observes @Initialized(ApplicationScoped.class) Object start) {
        dataSource();
    }

    /** The store, opened on first use; a missing or wrong passphrase stops the node from starting. */
    public synchronized DataSource dataSource() {
        if (pool == null) {
            Path dir = Path.of(dataDir).toAbsolutePath();
            char[] secret = readPassphrase();
            try {
                NodeKey key = NodeKey.derive(secret, salt(dir));
                pool = open(dir, key);
            } finally {
                Arrays.fill(secret, '\0');
            }
            LOG.info(() -> "mission node store open at " + dir);
        }
        return pool;
    }

    /** Opens (creating on first use) the encrypted store in {@code dir} and brings its schema up to date. */
    public static JdbcConnectionPool open(Path dir, NodeKey key) {
        String url = "jdbc:h2:file:" + dir.resolve("node") + ";CIPHER=AES;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "node", key.h2Password());
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw new IllegalStateException(
                    "cannot open the node's store in " + dir + " (a wrong passphrase reads as this): " + e.getMessage(),
                    e);
        }
        Flyway.configure(NodeStore.class.getClassLoader())
                .dataSource(pool)
                .locations("classpath:db/node")
                .load()
                .migrate();
        return pool;
    }

    private char[] readPassphrase() {
        if (passphraseFile.isPresent()) {
            try {
                return Files.readString(Path.of(passphraseFile.get()), StandardCharsets.UTF_8)
                        .strip()
                        .toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the node passphrase file", e);
            }
        }
        return passphrase
                .orElseThrow(() -> new IllegalStateException(
                        "no node passphrase: set NODE_PASSPHRASE or NODE_PASSPHRASE_FILE (docs/mission-node.md)"))
                .toCharArray();
    }

    /** The salt beside the store, made on first start; it is not secret, only unique to this node. */
    static byte[] salt(Path dir) {
        Path file = dir.resolve("node.salt");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                try {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the store is encrypted all the same
                }
                Files.write(file, NodeKey.newSalt());
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (pool != null) {
            pool.dispose();
            pool = null;
        }
    }
}
