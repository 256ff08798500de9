package org.returneeregistry.exchange.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * The body of a JSON push: {@code {"messageId","kind","recipient","createdAt","data":{...}}}. The message id
 * is also sent as the {@code Idempotency-Key} header; a receiver that has seen it answers 2xx again and
 * does nothing. Built once, when the message is written, and sent unchanged on every attempt.
 */
public final class PushMessages {

    private PushMessages() {
    }

    public static String body(String messageId, String kind, String recipient, Instant createdAt, JsonObject data) {
        return Json.createObjectBuilder()
                .add("messageId", messageId)
                .add("kind", kind)
                .add("recipient", recipient)
                .add("createdAt", createdAt.toString())
                .add("data", data == null ? JsonObject.EMPTY_JSON_OBJECT : data)
                .build()
                .toString();
    }
}
