package org.returneeregistry.shared.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.shared.domain.Checkpoint;
import org.returneeregistry.shared.domain.SignedCheckpoint;

/**
 * Signed checkpoints of the registry's hash-chained logs (the decision log, the audit trail). A
 * checkpoint is a JWS (type {@code log-checkpoint+jwt}) by the registry's key over the log's name, the
 * sequence number and hash of its last entry and the time; it is kept in the database, appended to a
 * file per log outside it ({@code registry.audit.checkpoint-directory}, 0700, files 0600, one line per
 * checkpoint, never rewritten) and written to the server log. Whoever can write the database cannot
 * sign, and cannot reach the file or the log stream, so a rewritten or cut log no longer matches.
 *
 * <p>The file line and the server-log line are written once the checkpoint's transaction committed.
 * The caller holds the log's head locked while it signs, so two instances never sign the same head twice.
 */
@ApplicationScoped
public class LogCheckpoints {

    public static final String TYPE = "log-checkpoint+jwt";
    private static final Logger LOG = Logger.getLogger(LogCheckpoints.class.getName());

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private Keyring keyring;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "registry.audit.checkpoint-directory")
    Optional<String> configuredDirectory;

    /** Signs the log's head unless a checkpoint already covers it; answers whether it signed. */
    public boolean sign(String log, long sequence, String hash) {
        if (sequence == 0) {
            return false;
        }
        Number latest =
                (Number) em.createNativeQuery("SELECT MAX(sequence_number) FROM log_checkpoint WHERE log_name = ?")
                        .setParameter(1, log)
                        .getSingleResult();
        if (latest != null && latest.longValue() >= sequence) {
            return false;
        }
        Instant at = clock.instant();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("log", log);
        claims.put("sequence", sequence);
        claims.put("hash", hash);
        claims.put("signedAt", at.toString());
        String signature = keyring.sign(TYPE, claims);
        em.createNativeQuery("INSERT INTO log_checkpoint (log_name, sequence_number, entry_hash, signed_at, signature)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, log)
                .setParameter(2, sequence)
                .setParameter(3, hash)
                .setParameter(4, Timestamp.from(at))
                .setParameter(5, signature)
                .executeUpdate();
        em.flush();
        String line = at + " " + log + " " + sequence + " " + hash + " " + signature;
        Path file = file(log);
        // outside the database only once the database holds it: a verifier never sees a file line whose row is not
        // committed
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // written after the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    LOG.info(() -> "Checkpoint " + line);
                    try {
                        append(file, line);
                    } catch (UncheckedIOException e) {
                        LOG.log(
                                Level.SEVERE,
                                "Checkpoint not appended to " + file + "; it is in the database and in"
                                        + " this log only",
                                e);
                    }
                }
            }
        });
        return true;
    }

    /** Every checkpoint of the log, from the database and from the file outside it, each with its signature checked. */
    public List<Checkpoint> read(String log) {
        return stored(log).stream()
                .map(c -> new Checkpoint(
                        log,
                        c.sequence(),
                        c.hash(),
                        c.signedAt(),
                        c.source(),
                        signs(log, c.sequence(), c.hash(), c.jws())))
                .toList();
    }

    /**
     * Every checkpoint of the log as stored, with its signature, from the file outside the database and from
     * the database, in sequence order; the signatures are not checked here (a bundle's verifier does that).
     */
    public List<SignedCheckpoint> stored(String log) {
        // The file first: a line is appended only after its row committed, so every line read has its row
        // in the database read next, and a line missing there was removed from it.
        List<SignedCheckpoint> all = new ArrayList<>();
        Path file = file(log);
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] fields = line.split(" ");
                    if (fields.length != 5 || !fields[1].equals(log)) {
                        continue;
                    }
                    all.add(new SignedCheckpoint(
                            log,
                            Long.parseLong(fields[2]),
                            fields[3],
                            Instant.parse(fields[0]),
                            Checkpoint.Source.EXTERNAL_FILE,
                            fields[4]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the checkpoint file " + file, e);
            }
        }
        for (Object row : em.createNativeQuery("SELECT sequence_number, entry_hash, signed_at, signature"
                        + " FROM log_checkpoint WHERE log_name = ? ORDER BY sequence_number")
                .setParameter(1, log)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            Instant at = columns[2] instanceof Timestamp t ? t.toInstant() : Instant.parse(columns[2].toString());
            all.add(new SignedCheckpoint(
                    log,
                    ((Number) columns[0]).longValue(),
                    (String) columns[1],
                    at,
                    Checkpoint.Source.DATABASE,
                    (String) columns[3]));
        }
        all.sort(java.util.Comparator.comparingLong(SignedCheckpoint::sequence));
        return all;
    }

    private boolean signs(String log, long sequence, String hash, String signature) {
        return keyring.verify(signature, TYPE)
                .filter(c -> log.equals(c.get("log"))
                        && c.get("sequence") instanceof Number n
                        && n.longValue() == sequence
                        && hash.equals(c.get("hash")))
                .isPresent();
    }

    Path file(String log) {
        Path directory = configuredDirectory
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(
                        System.getProperty("com.sun.aas.instanceRoot", System.getProperty("user.dir")),
                        "registry-checkpoints"));
        return directory.resolve(log + ".checkpoints");
    }

    private static synchronized void append(Path file, String line) {
        try {
            Path directory = file.getParent();
            boolean posix = Files.getFileAttributeView(
                            directory.getParent() == null ? directory : directory.getParent(),
                            PosixFileAttributeView.class)
                    != null;
            if (!Files.isDirectory(directory)) {
                if (posix) {
                    Files.createDirectories(
                            directory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(directory);
                }
            }
            if (!Files.exists(file) && posix) {
                try {
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (java.nio.file.FileAlreadyExistsException createdMeanwhile) {
                    // another instance sharing the directory created it: append to it
                }
            }
            Files.writeString(
                    file,
                    line + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the checkpoint file " + file, e);
        }
    }
}
