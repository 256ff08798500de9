package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.Samples.notification;
import static org.returneeregistry.it.support.Samples.notificationId;
import static org.returneeregistry.it.support.Samples.passportNumber;
import static org.returneeregistry.it.support.Samples.with;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.env.ItEnvironment;
import org.returneeregistry.it.env.ItEnvironment.Database;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;

/**
 * An acknowledged batch survives SIGKILL and is taken in exactly once. A mission of its own submits a batch on
 * PostgreSQL; once the job has taken part of it in, the server process is killed and started again; the job
 * resumes by itself, and then every notification of the batch is there once: one notification row, one return,
 * one returnee, one referral for its urgent need, no outbox message twice, and the batch's counts agree with its
 * items — some of which were taken in after the restart.
 */
class BatchCrashIT extends DeployedRegistry {

    private static final String MISSION = "NPL-EMB-BCR";
    private static final int ITEMS = 1500;

    @Test
    void aBatchInterruptedBySigkillCompletesExactlyOnceAfterTheRestart() throws Exception {
        Callers.Caller mission = Callers.mission(MISSION);
        JsonArrayBuilder batch = Json.createArrayBuilder();
        for (int i = 0; i < ITEMS; i++) {
            batch.add(with(notification(notificationId(), passportNumber()), "/missionCode", MISSION));
        }
        Answer accepted = RegistryApi.sendAs(
                        mission,
                        HttpRequest.newBuilder(RegistryApi.uri(BatchIntakeIT.BATCHES))
                                .header("Content-Type", RegistryApi.JSON)
                                .header("Accept", RegistryApi.JSON)
                                .POST(BodyPublishers.ofString(batch.build().toString())))
                .expect(202);
        String batchId = accepted.json().getString("batchId");

        JsonObject beforeKill = await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> status(mission, batchId), s -> s.getInt("done") >= 20);
        assertEquals("PROCESSING", beforeKill.getString("state"), () -> "finished before the kill: " + beforeKill);
        ItEnvironment.crashAndRestart(Database.POSTGRESQL);
        Instant restarted = Instant.now();

        JsonObject done = await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> status(mission, batchId), s -> "COMPLETED".equals(s.getString("state")));
        double seconds = Duration.between(restarted, Instant.now()).toMillis() / 1000.0;
        assertEquals(ITEMS, done.getInt("done"), done::toString);
        assertEquals(ITEMS, done.getInt("accepted"), done::toString);
        assertEquals(0, done.getInt("replayed") + done.getInt("refused"), done::toString);

        try (Connection db = DriverManager.getConnection(
                System.getProperty("registry.it.jdbcUrl"),
                System.getProperty("registry.it.jdbcUser"),
                System.getProperty("registry.it.jdbcPassword"))) {
            assertEquals(ITEMS, count(db, "SELECT COUNT(*) FROM return_notification WHERE mission_code = ?"));
            assertEquals(
                    ITEMS,
                    count(
                            db,
                            "SELECT COUNT(DISTINCT notification_id) FROM return_notification WHERE mission_code = ?"));
            assertEquals(ITEMS, count(db, "SELECT COUNT(*) FROM return_event WHERE notifying_mission = ?"));
            assertEquals(
                    ITEMS,
                    count(db, "SELECT COUNT(DISTINCT returnee_id) FROM return_event WHERE notifying_mission = ?"));
            assertEquals(
                    ITEMS,
                    count(db, "SELECT COUNT(*) FROM referral WHERE source_notification LIKE ? || '/%'"),
                    "one referral for each notification's urgent need");
            assertEquals(
                    0,
                    count(
                            db,
                            "SELECT COUNT(*) FROM (SELECT o.registry_number, o.kind FROM outbox_message o"
                                    + " WHERE o.registry_number IN (SELECT n.registry_number FROM return_notification n"
                                    + " WHERE n.mission_code = ?) GROUP BY o.registry_number, o.kind HAVING COUNT(*) > 1) d"),
                    "an outbox message written twice");
            assertEquals(
                    ITEMS,
                    count(
                            db,
                            "SELECT COUNT(*) FROM notification_batch_item i JOIN notification_batch b"
                                    + " ON b.id = i.batch_ref WHERE b.mission_code = ? AND i.outcome = 'ACCEPTED'"
                                    + " AND i.registry_number IS NOT NULL"));
            try (PreparedStatement after = db.prepareStatement("SELECT COUNT(*) FROM notification_batch_item i"
                    + " JOIN notification_batch b ON b.id = i.batch_ref WHERE b.batch_id = ? AND i.processed_at > ?")) {
                after.setString(1, batchId);
                after.setTimestamp(2, Timestamp.from(restarted));
                try (ResultSet row = after.executeQuery()) {
                    row.next();
                    int resumed = row.getInt(1);
                    assertTrue(resumed > 0, "no item was taken in after the restart: the job did not resume");
                    System.out.printf(
                            "IT: batch crash: %d of %d done before the kill, %d taken in after the restart in %.1f s"
                                    + " (%.0f items/s, one worker, polls included)%n",
                            beforeKill.getInt("done"), ITEMS, resumed, seconds, resumed / seconds);
                }
            }
        }
    }

    private static JsonObject status(Callers.Caller mission, String batchId) {
        return RegistryApi.sendAs(
                        mission,
                        HttpRequest.newBuilder(RegistryApi.uri(BatchIntakeIT.BATCHES + "/" + batchId + "?pageSize=1"))
                                .header("Accept", RegistryApi.JSON)
                                .GET())
                .expect(200)
                .json();
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, MISSION);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
