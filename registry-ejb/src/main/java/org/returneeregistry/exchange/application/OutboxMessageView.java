package org.returneeregistry.exchange.application;

import java.time.Instant;
import org.returneeregistry.exchange.domain.OutboxMessage;

/**
 * An outbox message as operators and auditors see it: its delivery state, never its payload.
 * {@code closedReason} says why a dead letter, cancelled or discarded message left the retry cycle;
 * {@code payloadPurgedAt} when its payload was purged after the retention period, and {@code payloadHash}
 * the SHA-256 of the payload that was purged, so what was sent can still be proven.
 */
public record OutboxMessageView(
        String id,
        String recipient,
        String kind,
        String channel,
        String subjectRef,
        String status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        String ackCode,
        String ackText,
        Instant createdAt,
        Instant deliveredAt,
        String closedReason,
        Instant payloadPurgedAt,
        String payloadHash,
        String discardReason) {

    static OutboxMessageView of(OutboxMessage m) {
        return new OutboxMessageView(
                m.id(),
                m.recipient(),
                m.kind(),
                m.channel().name(),
                m.subjectRef(),
                m.status().name(),
                m.attempts(),
                m.nextAttemptAt(),
                m.lastError(),
                m.ackCode(),
                m.ackText(),
                m.createdAt(),
                m.deliveredAt(),
                m.closedReason(),
                m.payloadPurgedAt(),
                m.payloadHash(),
                m.discardReason());
    }
}
