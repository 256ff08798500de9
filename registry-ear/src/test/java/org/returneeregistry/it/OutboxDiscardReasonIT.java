package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.Outboxes;
import org.returneeregistry.it.support.RegistryApi;

/**
 * Abandoning a dead letter over REST with a reason: the reason is kept and answered ({@code discardReason}) in the
 * answer and in the list; a discard without a body still works (no reason); a reason with a control character or a
 * body that is not JSON is refused and the message stays a dead letter.
 */
class OutboxDiscardReasonIT extends DeployedRegistry {

    private static final String RECIPIENT = "NPL-DISCARD";

    /** A dead letter written as the outbox leaves one after its last failed attempt; answers its id. */
    private static String deadLetter() throws Exception {
        String id = Outboxes.newId();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection db = DriverManager.getConnection(
                        System.getProperty("registry.it.jdbcUrl"),
                        System.getProperty("registry.it.jdbcUser"),
                        System.getProperty("registry.it.jdbcPassword"));
                PreparedStatement insert =
                        db.prepareStatement("INSERT INTO outbox_message (id, version, recipient, kind, channel,"
                                + " subject_ref, payload, status, attempts, next_attempt_at, created_at, closed_reason)"
                                + " VALUES (?, 1, ?, 'REFERRAL_CREATED', 'JSON_PUSH', ?, '{}', 'DEAD_LETTER', 8, ?, ?,"
                                + " 'REFUSED')")) {
            insert.setString(1, id);
            insert.setString(2, RECIPIENT);
            insert.setString(3, "IT-" + id.substring(0, 8));
            insert.setTimestamp(4, Timestamp.valueOf(now));
            insert.setTimestamp(5, Timestamp.valueOf(now));
            insert.executeUpdate();
        }
        return id;
    }

    private static RegistryApi.Answer discard(String id, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        RegistryApi.uri(API + "/outbox-messages/" + id + "/discard"))
                .header("Accept", JSON);
        request = body == null
                ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString(body));
        return RegistryApi.sendAs(Callers.registryAdmin(), request);
    }

    private static JsonObject listed(String id) {
        return Outboxes.message(RECIPIENT, id).orElseThrow();
    }

    @Test
    void theOperatorsReasonIsKeptAndAnswered() throws Exception {
        String withReason = deadLetter();
        String refused = deadLetter();
        String withoutBody = deadLetter();

        discard(
                        refused,
                        Json.createObjectBuilder()
                                .add("reason", "Recipient closed\u0007")
                                .build()
                                .toString())
                .problem(400, "ValidationFailed");
        discard(refused, "reason=closed").problem(400, "ValidationFailed");
        assertEquals("DEAD_LETTER", listed(refused).getString("status"), "nothing changed by a refused discard");
        assertFalse(
                listed(refused).containsKey("discardReason") && !listed(refused).isNull("discardReason"));

        JsonObject discarded = discard(
                        withReason,
                        Json.createObjectBuilder()
                                .add("reason", "The ministry closed this service")
                                .build()
                                .toString())
                .expect(200)
                .json();
        assertEquals("DISCARDED", discarded.getString("status"));
        assertEquals("DISCARDED_BY_OPERATOR", discarded.getString("closedReason"));
        assertEquals("The ministry closed this service", discarded.getString("discardReason"));
        assertEquals("The ministry closed this service", listed(withReason).getString("discardReason"));

        JsonObject plain = discard(withoutBody, null).expect(200).json();
        assertEquals("DISCARDED", plain.getString("status"));
        assertFalse(plain.containsKey("discardReason") && !plain.isNull("discardReason"), plain::toString);
    }
}
