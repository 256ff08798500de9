package org.returneeregistry.exchange.rest;

import java.time.Instant;
import org.returneeregistry.exchange.application.OutboxMessageView;

/** A message to another organisation and how its delivery went, without its payload. */
public record OutboxMessage(
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

    static OutboxMessage from(OutboxMessageView m) {
        return new OutboxMessage(
                m.id(),
                m.recipient(),
                m.kind(),
                m.channel(),
                m.subjectRef(),
                m.status(),
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
