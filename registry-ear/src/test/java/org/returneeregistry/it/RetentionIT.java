package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.Outboxes.awaitMessage;
import static org.returneeregistry.it.support.Outboxes.hasStatus;
import static org.returneeregistry.it.support.RegistryApi.NOTIFICATIONS;
import static org.returneeregistry.it.support.RegistryApi.postJson;
import static org.returneeregistry.it.support.RegistryApi.returnee;
import static org.returneeregistry.it.support.RegistryApi.submitNew;
import static org.returneeregistry.it.support.Samples.MISSION;
import static org.returneeregistry.it.support.Samples.notification;
import static org.returneeregistry.it.support.Samples.notificationId;
import static org.returneeregistry.it.support.Samples.passportNumber;
import static org.returneeregistry.it.support.Samples.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.env.ItEnvironment;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.Outboxes;
import org.returneeregistry.it.support.PushReceiver;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.shared.domain.Sha256;

/**
 * Personal data the registry keeps only as evidence is purged after its retention period: a return
 * notification's content, and the payload of a delivered (or cancelled, or discarded) outbox message. The
 * test domain keeps both {@link ItEnvironment#RETENTION} and purges every second (ItEnvironment): each is read
 * as kept right after it was written, and once purged it was kept the whole window. What the notification
 * recorded stays on the returnee's record, its hash still tells a replay from a conflicting resend, and a
 * purged payload's SHA-256 is kept. What must be kept longer is kept: a notification held for a registrar's review, and a
 * dead letter an operator may still requeue.
 */
class RetentionIT extends DeployedRegistry {

    private static final Duration PURGE = Duration.ofSeconds(90);
    private static final String OTHER_MISSION = "NPL-EMB-RUH";

    private static Connection database() throws Exception {
        return DriverManager.getConnection(
                System.getProperty("registry.it.jdbcUrl"),
                System.getProperty("registry.it.jdbcUser"),
                System.getProperty("registry.it.jdbcPassword"));
    }

    /** content, content_hash, content_purged_at and received_at of the mission's notification. */
    private static String[] notificationRow(String missionCode, String notificationId) throws Exception {
        try (Connection db = database();
                PreparedStatement select = db.prepareStatement("SELECT content, content_hash, content_purged_at,"
                        + " received_at FROM return_notification WHERE mission_code = ? AND notification_id = ?")) {
            select.setString(1, missionCode);
            select.setString(2, notificationId);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "notification " + notificationId + " is stored");
                return new String[] {row.getString(1), row.getString(2), row.getString(3), row.getString(4)};
            }
        }
    }

    /** Purged no earlier than the retention window after it was kept from. */
    private static void assertKeptTheWholeWindow(Instant keptFrom, Instant purgedAt, String what) {
        assertFalse(
                purgedAt.isBefore(keptFrom.plus(ItEnvironment.RETENTION)),
                () -> what + " kept from " + keptFrom + " was purged at " + purgedAt + ", before the window of "
                        + ItEnvironment.RETENTION + " ended");
    }

    private static Instant timestamp(String column) {
        return Timestamp.valueOf(column).toInstant();
    }

    private static String payload(String messageId) throws Exception {
        try (Connection db = database();
                PreparedStatement select = db.prepareStatement("SELECT payload FROM outbox_message WHERE id = ?")) {
            select.setString(1, messageId);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "message " + messageId + " is stored");
                return row.getString(1);
            }
        }
    }

    private static String[] awaitContentPurged(String missionCode, String notificationId) {
        return await("the content of notification " + notificationId + " purged")
                .atMost(PURGE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> notificationRow(missionCode, notificationId), row -> row[2] != null);
    }

    @Test
    void aNotificationsContentIsPurgedAndItsHashStillTellsAReplayFromAConflict() throws Exception {
        String held = heldNotification();
        String id = notificationId();
        JsonObject notification = notification(id, passportNumber());
        JsonObject ack = submitNew(notification);
        assertNotNull(notificationRow(MISSION, id)[0], "the content is kept at first");

        String[] purged = awaitContentPurged(MISSION, id);

        assertNull(purged[0], "the content is gone");
        assertKeptTheWholeWindow(timestamp(purged[3]), timestamp(purged[2]), "the content");
        assertEquals(64, purged[1].length(), "the hash stays");
        assertEquals(ack, postJson(NOTIFICATIONS, notification).expect(200).json(), "a replay answers the same");
        postJson(NOTIFICATIONS, with(notification, "/returnReason", "Contract terminated early"))
                .problem(409, "DuplicateNotificationConflict");
        JsonObject record = returnee(ack.getString("registryNumber"));
        assertEquals(1, record.getJsonArray("returnEvents").size(), "what it recorded stays, once: " + record);
        String[] stillHeld = notificationRow(OTHER_MISSION, held);
        assertNotNull(stillHeld[0], "a notification held for review keeps its content until a registrar decides");
        assertNull(stillHeld[2]);
    }

    @Test
    void aDeliveredPayloadIsPurgedWithItsHashKeptAndADeadLetterKeepsItsOwn() throws Exception {
        String ministry = Outboxes.ministry("NPL-MOHP-KEEP");
        try (PushReceiver receiver = PushReceiver.start(0)) {
            Outboxes.setEndpoint(ministry, receiver.url(), null, null);
            String refused = Outboxes.newId();
            receiver.refuseOnce(refused, 400);
            String refusedBody = Outboxes.pushBody(
                    refused,
                    "REFERRAL_CREATED",
                    ministry,
                    Json.createObjectBuilder().add("referralId", "REF-KEEP-1").build());
            Outboxes.insert(refused, ministry, "REFERRAL_CREATED", "JSON_PUSH", null, refusedBody);
            awaitMessage(ministry, refused, PURGE, "DEAD_LETTER", m -> hasStatus(m, "DEAD_LETTER"));
            String delivered = Outboxes.newId();
            String body = Outboxes.pushBody(
                    delivered,
                    "REFERRAL_CREATED",
                    ministry,
                    Json.createObjectBuilder().add("referralId", "REF-KEEP-2").build());
            Outboxes.insert(delivered, ministry, "REFERRAL_CREATED", "JSON_PUSH", null, body);
            JsonObject sent = awaitMessage(ministry, delivered, PURGE, "DELIVERED", m -> hasStatus(m, "DELIVERED"));
            assertTrue(!sent.containsKey("payloadPurgedAt"), sent::toString);
            assertEquals(body, payload(delivered), "the payload is kept at first");

            JsonObject purged =
                    awaitMessage(ministry, delivered, PURGE, "purged", m -> m.containsKey("payloadPurgedAt"));

            assertNull(payload(delivered), "the payload is gone");
            assertKeptTheWholeWindow(
                    Instant.parse(purged.getString("createdAt")),
                    Instant.parse(purged.getString("payloadPurgedAt")),
                    "the payload");
            assertEquals(Sha256.hex(body), purged.getString("payloadHash"), "its SHA-256 proves what was sent");
            assertEquals(body, receiver.push(delivered).body(), "the recipient received that payload");
            JsonObject deadLetter = Outboxes.message(ministry, refused).orElseThrow();
            assertTrue(
                    hasStatus(deadLetter, "DEAD_LETTER") && !deadLetter.containsKey("payloadPurgedAt"),
                    deadLetter::toString);
            assertEquals(refusedBody, payload(refused), "a dead letter keeps its payload for the operator");
        }
    }

    /** A notification from another mission under a registered passport with another name: held for review. */
    private static String heldNotification() {
        String passport = passportNumber();
        submitNew(notification(notificationId(), passport));
        String id = notificationId();
        JsonObject impostor = with(notification(id, passport), "/missionCode", OTHER_MISSION);
        impostor = with(impostor, "/person/name/givenName", "Sita");
        impostor = with(impostor, "/person/dateOfBirth", "1985-01-01");
        JsonObject ack = RegistryApi.sendAs(
                        Callers.mission(OTHER_MISSION),
                        HttpRequest.newBuilder(RegistryApi.uri(NOTIFICATIONS))
                                .header("Content-Type", RegistryApi.JSON)
                                .header("Accept", RegistryApi.JSON)
                                .POST(BodyPublishers.ofString(impostor.toString())))
                .expect(201)
                .json();
        assertEquals("HELD_FOR_REVIEW", ack.getString("status"), ack::toString);
        return id;
    }
}
