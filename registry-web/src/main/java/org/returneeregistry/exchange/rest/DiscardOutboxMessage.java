package org.returneeregistry.exchange.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;

/**
 * The optional body of {@code POST /outbox-messages/{id}/discard}: why the message is never to be sent. Without a body
 * (as before the reason existed) the message is discarded without one.
 */
public record DiscardOutboxMessage(String reason) {

    /** The reason a request body carries: null for no body or no {@code reason}; a malformed body is refused. */
    static String reasonOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonObject object = reader.readObject();
            JsonValue reason = object.get("reason");
            if (reason == null || reason.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (reason instanceof JsonString text) {
                return text.getString();
            }
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            // refused below
        }
        throw RegistryException.invalid(List.of(new Violation(
                "reason", "Json", "the body must be a JSON object such as {\"reason\": \"Recipient closed\"}")));
    }
}
