package org.returneeregistry.it.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The outbox as the tests see it: its messages through GET /outbox-messages (as registry-admin), delivery
 * endpoints through PUT /delivery-endpoints, and messages written straight into the registry's PostgreSQL,
 * as a business transaction writes them, so the dispatcher can be tested on exactly the message it needs.
 */
public final class Outboxes {

    private Outboxes() {}

    /** A port nothing listens on now (the recipient that is down). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A ministry of its own for one test, registered through the registry. */
    public static String ministry(String code) {
        Callers.registered(code, "MINISTRY", "NPL", "ministry-system");
        return code;
    }

    public static void setEndpoint(String organisation, String pushUrl, String mllpHost, Integer mllpPort) {
        var body = Json.createObjectBuilder();
        if (pushUrl != null) {
            body.add("pushUrl", pushUrl);
        }
        if (mllpHost != null) {
            body.add("mllpHost", mllpHost).add("mllpPort", mllpPort);
        }
        RegistryApi.send(java.net.http.HttpRequest.newBuilder(
                                RegistryApi.uri(RegistryApi.API + "/delivery-endpoints/" + organisation))
                        .header("Content-Type", RegistryApi.JSON)
                        .header("Accept", RegistryApi.JSON)
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                                body.build().toString())))
                .expect(200);
    }

    /** Writes a due message into the outbox table; answers its id. */
    public static String insert(
            String id, String recipient, String kind, String channel, String registryNumber, String payload) {
        return insert(
                id,
                recipient,
                kind,
                channel,
                registryNumber,
                payload,
                LocalDateTime.of(2000, 1, 1, 0, 0),
                LocalDateTime.now(java.time.ZoneOffset.UTC));
    }

    /**
     * Writes a message due since {@code dueSince} (UTC), written at {@code createdAt} (UTC), into the outbox
     * table; answers its id.
     */
    public static String insert(
            String id,
            String recipient,
            String kind,
            String channel,
            String registryNumber,
            String payload,
            LocalDateTime dueSince,
            LocalDateTime createdAt) {
        try (Connection db = DriverManager.getConnection(
                        System.getProperty("registry.it.jdbcUrl"),
                        System.getProperty("registry.it.jdbcUser"),
                        System.getProperty("registry.it.jdbcPassword"));
                PreparedStatement insert =
                        db.prepareStatement("INSERT INTO outbox_message (id, version, recipient, kind,"
                                + " channel, subject_ref, registry_number, payload, status, attempts, next_attempt_at, created_at)"
                                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, recipient);
            insert.setString(3, kind);
            insert.setString(4, channel);
            insert.setString(5, "IT-" + id.substring(0, 8));
            insert.setString(6, registryNumber);
            insert.setString(7, payload);
            insert.setTimestamp(8, Timestamp.valueOf(dueSince));
            insert.setTimestamp(9, Timestamp.valueOf(createdAt));
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("writing an outbox row failed", e);
        }
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A push body as the registry's outbox writes it. */
    public static String pushBody(String id, String kind, String recipient, JsonObject data) {
        return org.returneeregistry.exchange.application.PushMessages.body(id, kind, recipient, Instant.now(), data);
    }

    /** The recipient's messages as GET /outbox-messages lists them. */
    public static List<JsonObject> messages(String recipient) {
        return RegistryApi.get(RegistryApi.query(
                        RegistryApi.API + "/outbox-messages", "recipient", recipient, "pageSize", "100"))
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
    }

    public static Optional<JsonObject> message(String recipient, String id) {
        return messages(recipient).stream()
                .filter(m -> id.equals(m.getString("id")))
                .findFirst();
    }

    /** Polls the message until it matches, failing with its last state after the timeout. */
    public static JsonObject awaitMessage(
            String recipient, String id, Duration timeout, String what, Predicate<JsonObject> condition) {
        AtomicReference<Optional<JsonObject>> last = new AtomicReference<>(Optional.empty());
        try {
            return await().atMost(timeout)
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> {
                                last.set(message(recipient, id));
                                return last.get().orElse(null);
                            },
                            m -> m != null && condition.test(m));
        } catch (ConditionTimeoutException e) {
            return fail("message " + id + " to " + recipient + " did not become " + what + " within " + timeout
                    + "; last seen: " + last.get().map(Object::toString).orElse("(not listed)"));
        }
    }

    /** Pending after at least {@code attempts} failed attempts, the last error kept. */
    public static boolean failedAtLeast(JsonObject message, int attempts) {
        return hasStatus(message, "PENDING")
                && message.getInt("attempts") >= attempts
                && message.getString("lastError", null) != null;
    }

    public static boolean hasStatus(JsonObject message, String status) {
        return status.equals(message.getString("status"));
    }
}
