package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.consent.domain.DecisionReason;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.shared.domain.DataCategory;

/**
 * The logs' tamper evidence on PostgreSQL, as someone who can write the database attacks it and an
 * auditor finds it through the verification endpoints: a decision rewritten and every hash after it
 * recomputed (head moved along), the last decisions cut and the head moved back, the audit trail cut at
 * its end — each found by the signed checkpoints, also with the database's checkpoints deleted. Every
 * change is put back as it was. Also: a call's audit entry names its record and a refusal is recorded;
 * no key is in the database; keys and checkpoint files are owner-only.
 */
class TamperEvidentLogsIT extends DeployedRegistry {

    private static final Duration CHECKPOINT_WAIT = Duration.ofSeconds(60);

    private static Connection database() throws Exception {
        return DriverManager.getConnection(
                System.getProperty("registry.it.jdbcUrl"),
                System.getProperty("registry.it.jdbcUser"),
                System.getProperty("registry.it.jdbcPassword"));
    }

    private static JsonObject verify(String log) {
        return RegistryApi.sendAs(
                        Callers.auditor(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/" + log + "/verification"))
                                .header("Accept", JSON)
                                .GET())
                .expect(200)
                .json();
    }

    /** Polls the verification until it is intact and a checkpoint covers at least {@code sequence}. */
    private static JsonObject awaitCheckpoint(String log, long sequence) throws InterruptedException {
        long deadline = System.nanoTime() + CHECKPOINT_WAIT.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            last = verify(log);
            assertTrue(last.getBoolean("intact"), last::toString);
            if (last.containsKey("lastCheckpointSequence")
                    && last.getJsonNumber("lastCheckpointSequence").longValue() >= sequence) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no checkpoint of " + log + " covered entry " + sequence + " within " + CHECKPOINT_WAIT
                + "; last verification: " + last);
    }

    /**
     * Waits until every entry written to the log is linked into its chain (polling the database, which
     * writes nothing to either log), so that the head read next is the log's end.
     */
    private static void awaitLinked(Connection db, String entries) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    try (Statement s = db.createStatement();
                            ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + entries
                                    + " WHERE sequence_number IS NULL AND seal IS NOT NULL")) {
                        assertTrue(r.next());
                        return r.getLong(1) == 0;
                    }
                });
    }

    private static long head(Connection db, String table) throws Exception {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT last_sequence FROM " + table)) {
            assertTrue(r.next());
            return r.getLong(1);
        }
    }

    /** A few decisions of a new returnee: two permits and a deny. */
    private static void someDecisions() {
        String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        JsonObject consent = Json.createObjectBuilder()
                .add("registryNumber", rn)
                .add("recipient", Callers.ministrySystem().organisation())
                .add("purposes", Json.createArrayBuilder().add("SKILLS_RECOGNITION"))
                .add("categories", Json.createArrayBuilder().add("IDENTITY"))
                .add("method", "ASSISTED")
                .add("evidenceHash", "ab".repeat(32))
                .add("validUntil", Instant.now().plus(Duration.ofDays(3)).toString())
                .add("noticeVersion", "2026-1")
                .add("noticeLanguage", "ne")
                .build();
        RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/consents"))
                                .header("Content-Type", JSON)
                                .header("Accept", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString(consent.toString())))
                .expect(201);
        for (String category : List.of("IDENTITY", "CONTACT", "IDENTITY")) {
            RegistryApi.sendAs(
                    Callers.ministrySystem(),
                    HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + rn
                                    + "/disclosure?purpose=SKILLS_RECOGNITION&category=" + category))
                            .header("Accept", JSON)
                            .GET());
        }
    }

    @Test
    void aDecisionRewrittenWithEveryHashRecomputedIsFoundByTheSignedCheckpoint() throws Exception {
        someDecisions();
        try (Connection db = database()) {
            awaitLinked(db, "decision_log_entry");
            long headSequence = head(db, "decision_log_head");
            awaitCheckpoint("decision-log", headSequence);
            long edited = headSequence - 1;
            Saved original = Saved.of(db, "decision_log_entry", "sequence_number", edited);
            Saved checkpoints = Saved.of(db, "log_checkpoint", "sequence_number", edited, "log_name = 'decision-log'");
            Saved head = Saved.of(db, "decision_log_head", "id", 1);
            try {
                rewriteAndRehash(db, original, edited);
                JsonObject found = verify("decision-log");
                assertFalse(found.getBoolean("intact"), found::toString);
                assertEquals("REHASHED", found.getString("problemKind"), found::toString);
                long at = found.getJsonNumber("firstBrokenSequence").longValue();
                assertTrue(at >= edited && at <= headSequence, found::toString);

                // the attacker also makes the database's checkpoints name the forged hashes: they no longer
                // carry the registry's signature, and the file outside the database still holds the real ones
                try (Statement s = db.createStatement()) {
                    s.executeUpdate(
                            "UPDATE log_checkpoint SET entry_hash = (SELECT e.entry_hash FROM decision_log_entry e"
                                    + " WHERE e.sequence_number = log_checkpoint.sequence_number) WHERE log_name = 'decision-log'"
                                    + " AND sequence_number >= " + edited);
                }
                JsonObject stillFound = verify("decision-log");
                assertFalse(stillFound.getBoolean("intact"), stillFound::toString);
                assertEquals("REHASHED", stillFound.getString("problemKind"), stillFound::toString);
                assertTrue(stillFound.getString("problem").contains("external file"), stillFound::toString);
            } finally {
                original.restore(db);
                checkpoints.restore(db);
                head.restore(db);
            }
        }
        JsonObject restored = verify("decision-log");
        assertTrue(restored.getBoolean("intact"), restored::toString);
    }

    /** What an attacker with write access does: a deny becomes a permit, and every hash from there on is recomputed. */
    private static void rewriteAndRehash(Connection db, Saved rows, long edited) throws Exception {
        String previous;
        try (PreparedStatement p =
                db.prepareStatement("SELECT entry_hash FROM decision_log_entry WHERE sequence_number = ?")) {
            p.setLong(1, edited - 1);
            try (ResultSet r = p.executeQuery()) {
                assertTrue(r.next());
                previous = r.getString(1);
            }
        }
        long sequence = edited;
        for (List<Object> row : rows.rows()) {
            DecisionLogEntry.Decision d = new DecisionLogEntry.Decision(
                    ((LocalDateTime) rows.value(row, "decided_at")).toInstant(ZoneOffset.UTC),
                    (String) rows.value(row, "organisation"),
                    (String) rows.value(row, "client"),
                    (String) rows.value(row, "channel"),
                    (String) rows.value(row, "subject_hash"),
                    (String) rows.value(row, "purpose"),
                    categories((String) rows.value(row, "requested")),
                    sequence == edited
                            ? EnumSet.allOf(DataCategory.class)
                            : categories((String) rows.value(row, "granted")),
                    sequence == edited
                            ? DecisionReason.OPERATOR_RECORD_KEEPING
                            : DecisionReason.valueOf((String) rows.value(row, "reason")),
                    (String) rows.value(row, "policy_version"),
                    (String) rows.value(row, "consent_id"),
                    (String) rows.value(row, "request_hash"));
            // the attacker keeps each entry's seal, which he cannot remake without the registry's key, and
            // recomputes the chain hashes over it
            String seal = (String) rows.value(row, "seal");
            DecisionLogEntry forged = seal == null
                    ? DecisionLogEntry.append(sequence, previous, d)
                    : DecisionLogEntry.of(d).sealedWith(seal);
            if (seal != null) {
                forged.link(sequence, previous);
            }
            try (PreparedStatement u = db.prepareStatement("UPDATE decision_log_entry SET granted = ?, outcome = ?,"
                    + " reason = ?, previous_hash = ?, entry_hash = ? WHERE sequence_number = ?")) {
                u.setString(
                        1, forged.granted().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
                u.setString(2, forged.outcome());
                u.setString(3, forged.reason().name());
                u.setString(4, forged.previousHash());
                u.setString(5, forged.entryHash());
                u.setLong(6, sequence);
                assertEquals(1, u.executeUpdate());
            }
            previous = forged.entryHash();
            sequence++;
        }
        try (PreparedStatement u =
                db.prepareStatement("UPDATE decision_log_head SET last_sequence = ?, last_hash = ?")) {
            u.setLong(1, sequence - 1);
            u.setString(2, previous);
            assertEquals(1, u.executeUpdate());
        }
        // the forged chain links up by itself, as an attacker leaves it
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT COUNT(*) FROM decision_log_entry e"
                                + " JOIN decision_log_entry p ON p.sequence_number = e.sequence_number - 1 WHERE e.previous_hash <> p.entry_hash")) {
            assertTrue(r.next());
            assertEquals(0, r.getLong(1));
        }
    }

    private static Set<DataCategory> categories(String codes) {
        Set<DataCategory> set = EnumSet.noneOf(DataCategory.class);
        if (codes != null && !codes.isEmpty()) {
            Arrays.stream(codes.split(",")).map(DataCategory::valueOf).forEach(set::add);
        }
        return set;
    }

    @Test
    void decisionsCutFromTheEndAreFoundByTheSignedCheckpoint() throws Exception {
        someDecisions();
        someDecisions(); // at least one decision stays before the three cut, whichever test runs first
        try (Connection db = database()) {
            awaitLinked(db, "decision_log_entry");
            long headSequence = head(db, "decision_log_head");
            awaitCheckpoint("decision-log", headSequence);
            long keep = headSequence - 3;
            Saved cut = Saved.of(db, "decision_log_entry", "sequence_number", keep + 1);
            Saved checkpoints =
                    Saved.of(db, "log_checkpoint", "sequence_number", keep + 1, "log_name = 'decision-log'");
            Saved head = Saved.of(db, "decision_log_head", "id", 1);
            try {
                cut.delete(db);
                moveHead(db, "decision_log_head", "decision_log_entry", keep);
                JsonObject found = verify("decision-log");
                assertFalse(found.getBoolean("intact"), found::toString);
                assertEquals("TRUNCATED", found.getString("problemKind"), found::toString);
                assertEquals(
                        keep + 1, found.getJsonNumber("firstBrokenSequence").longValue(), found::toString);

                checkpoints.delete(db);
                JsonObject stillFound = verify("decision-log");
                assertEquals("TRUNCATED", stillFound.getString("problemKind", "intact"), stillFound::toString);
            } finally {
                cut.restore(db);
                checkpoints.restore(db);
                head.restore(db);
            }
        }
        JsonObject restored = verify("decision-log");
        assertTrue(restored.getBoolean("intact"), restored::toString);
    }

    @Test
    void auditEntriesCutFromTheEndAreFoundByTheSignedCheckpoint() throws Exception {
        someDecisions();
        try (Connection db = database()) {
            awaitCheckpoint("audit-entries", head(db, "audit_head"));
            // the verification calls' own entries linked, nothing is linked while the log is cut
            awaitLinked(db, "audit_entry");
            long checkpoint;
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery(
                            "SELECT MAX(sequence_number) FROM log_checkpoint WHERE log_name = 'audit-trail'")) {
                assertTrue(r.next());
                checkpoint = r.getLong(1);
            }
            // cut three entries below the last checkpoint: the one verification call appends stays below it,
            // so no checkpoint is signed over the cut log while it is cut
            long keep = checkpoint - 3;
            Saved cut = Saved.of(db, "audit_entry", "sequence_number", keep + 1);
            Saved head = Saved.of(db, "audit_head", "id", 1);
            try {
                cut.delete(db);
                moveHead(db, "audit_head", "audit_entry", keep);
                JsonObject found = verify("audit-entries");
                assertFalse(found.getBoolean("intact"), found::toString);
                assertEquals("TRUNCATED", found.getString("problemKind"), found::toString);
                assertEquals(
                        keep + 1, found.getJsonNumber("firstBrokenSequence").longValue(), found::toString);
            } finally {
                try (PreparedStatement d = db.prepareStatement("DELETE FROM audit_entry WHERE sequence_number > ?")) {
                    d.setLong(1, keep);
                    d.executeUpdate();
                }
                cut.restore(db);
                head.restore(db);
            }
        }
        JsonObject restored = verify("audit-entries");
        assertTrue(restored.getBoolean("intact"), restored::toString);
    }

    private static void moveHead(Connection db, String head, String entries, long to) throws Exception {
        try (PreparedStatement u = db.prepareStatement("UPDATE " + head + " SET last_sequence = ?, last_hash ="
                + " (SELECT entry_hash FROM " + entries + " WHERE sequence_number = ?)")) {
            u.setLong(1, to);
            u.setLong(2, to);
            assertEquals(1, u.executeUpdate());
        }
    }

    @Test
    void aDecisionAlteredBeforeItIsLinkedIsFoundByItsSealAndAfterByItsHash() throws Exception {
        someDecisions();
        String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        try (Connection db = database();
                Connection linker = database()) {
            awaitLinked(db, "decision_log_entry");
            // hold the head row as the linker does: nothing is linked while the test holds it
            linker.setAutoCommit(false);
            try (Statement s = linker.createStatement();
                    ResultSet r =
                            s.executeQuery("SELECT last_sequence FROM decision_log_head WHERE id = 1 FOR UPDATE")) {
                assertTrue(r.next());
            }
            long id;
            try {
                RegistryApi.sendAs(
                                Callers.ministrySystem(),
                                HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + rn
                                                + "/disclosure?purpose=SKILLS_RECOGNITION&category=IDENTITY"))
                                        .header("Accept", JSON)
                                        .GET())
                        .expect(403);
                try (Statement s = db.createStatement();
                        ResultSet r = s.executeQuery(
                                "SELECT id, outcome FROM decision_log_entry WHERE sequence_number IS NULL")) {
                    assertTrue(r.next(), "the refusal is written at once, not linked yet");
                    id = r.getLong(1);
                    assertEquals("DENY", r.getString(2));
                    assertFalse(r.next(), "only the refusal waits to be linked");
                }
                JsonObject waiting = verify("decision-log");
                assertTrue(waiting.getBoolean("intact"), waiting::toString);
                assertEquals(1, waiting.getInt("entriesNotYetLinked"), waiting::toString);

                alter(db, id, "IDENTITY", "PERMIT");
                JsonObject found = verify("decision-log");
                assertFalse(found.getBoolean("intact"), found::toString);
                assertEquals("CONTENT_ALTERED", found.getString("problemKind"), found::toString);
                assertTrue(found.getString("problem").contains("id " + id + ", not linked yet"), found::toString);
                alter(db, id, "", "DENY");
            } finally {
                linker.rollback();
            }
            awaitLinked(db, "decision_log_entry");
            JsonObject linked = verify("decision-log");
            assertTrue(linked.getBoolean("intact"), linked::toString);
            assertEquals(0, linked.getInt("entriesNotYetLinked"), linked::toString);
            long sequence;
            try (PreparedStatement p =
                    db.prepareStatement("SELECT sequence_number FROM decision_log_entry WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    assertTrue(r.next());
                    sequence = r.getLong(1);
                }
            }
            assertTrue(
                    sequence > 0
                            && sequence <= linked.getJsonNumber("lastSequence").longValue(),
                    linked::toString);

            alter(db, id, "IDENTITY", "PERMIT");
            try {
                JsonObject after = verify("decision-log");
                assertFalse(after.getBoolean("intact"), after::toString);
                assertEquals("CONTENT_ALTERED", after.getString("problemKind"), after::toString);
                assertEquals(
                        sequence, after.getJsonNumber("firstBrokenSequence").longValue(), after::toString);
            } finally {
                alter(db, id, "", "DENY");
            }
        }
        JsonObject restored = verify("decision-log");
        assertTrue(restored.getBoolean("intact"), restored::toString);
    }

    private static void alter(Connection db, long id, String granted, String outcome) throws Exception {
        try (PreparedStatement u =
                db.prepareStatement("UPDATE decision_log_entry SET granted = ?, outcome = ? WHERE id = ?")) {
            u.setString(1, granted);
            u.setString(2, outcome);
            u.setLong(3, id);
            assertEquals(1, u.executeUpdate());
        }
    }

    @Test
    void aCallIsAuditedWithTheRecordItTouchedAndARefusedCallAsRefused() {
        String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + rn))
                                .header("Accept", JSON)
                                .GET())
                .problem(400, "PurposeRequired");
        Predicate<JsonObject> chained =
                e -> e.containsKey("sequence") && e.getString("recordHash", "").length() == 64;
        // entries are written with the call and linked into the chain moments later
        List<JsonObject> entries = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> RegistryApi.sendAs(
                                        Callers.auditor(),
                                        HttpRequest.newBuilder(RegistryApi.uri(
                                                        API + "/audit-entries?pageSize=100&record=" + rn))
                                                .header("Accept", JSON)
                                                .GET())
                                .expect(200)
                                .array()
                                .getValuesAs(JsonObject.class),
                        list -> list.size() >= 2 && list.stream().allMatch(chained));
        assertTrue(
                entries.stream()
                        .anyMatch(e -> e.getString("operation").equals("RETURNEE_REGISTER")
                                && e.getString("outcome").equals("OK")
                                && chained.test(e)),
                entries::toString);
        assertTrue(
                entries.stream().anyMatch(e -> e.getString("outcome").equals("PurposeRequired") && chained.test(e)),
                entries::toString);
        assertEquals(
                1,
                entries.stream().map(e -> e.getString("recordHash")).distinct().count(),
                entries::toString);
    }

    @Test
    void noKeyIsInTheDatabaseAndKeysAndCheckpointsAreOwnerOnly() throws Exception {
        try (Connection db = database();
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM registry_key")) {
            assertTrue(r.next());
            assertEquals(0, r.getLong(1), "key material must not be kept in the database");
        }
        Path domain = Path.of(System.getProperty("registry.it.domainDir"));
        Path keys = domain.resolve("registry-keys");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)));
        for (String file : List.of("receipt-signing-key.jwk", "subject-hash.key")) {
            assertEquals(
                    "rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(file))),
                    file);
        }
        someDecisions();
        awaitCheckpoint("decision-log", 1);
        Path checkpoints = domain.resolve("registry-checkpoints");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(checkpoints)));
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(checkpoints.resolve("decision-log.checkpoints"))));
    }

    /** Rows of a table as they were, to delete and to put back exactly. */
    private record Saved(String table, List<String> columns, List<List<Object>> rows, String where) {

        static Saved of(Connection db, String table, String key, long from) throws Exception {
            return of(db, table, key, from, "1 = 1");
        }

        static Saved of(Connection db, String table, String key, long from, String condition) throws Exception {
            String where = key + " >= " + from + " AND " + condition;
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT * FROM " + table + " WHERE " + where + " ORDER BY " + key)) {
                ResultSetMetaData meta = r.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        Object value = r.getObject(i);
                        row.add(value instanceof java.sql.Timestamp ? r.getObject(i, LocalDateTime.class) : value);
                    }
                    rows.add(row);
                }
                assertFalse(rows.isEmpty(), "nothing in " + table + " where " + where);
                return new Saved(table, columns, rows, where);
            }
        }

        Object value(List<Object> row, String column) {
            return row.get(columns.indexOf(column));
        }

        void delete(Connection db) throws Exception {
            try (Statement s = db.createStatement()) {
                s.executeUpdate("DELETE FROM " + table + " WHERE " + where);
            }
        }

        void restore(Connection db) throws Exception {
            delete(db);
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement p = db.prepareStatement(insert)) {
                for (List<Object> row : rows) {
                    for (int i = 0; i < row.size(); i++) {
                        p.setObject(i + 1, row.get(i));
                    }
                    p.executeUpdate();
                }
            }
        }
    }
}
