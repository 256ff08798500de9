package org.returneeregistry.exchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.exchange.domain.OutboxMessage;
import org.returneeregistry.exchange.persistence.OutboxRepository;
import org.returneeregistry.shared.application.Retention;

/**
 * The payload of a closed outbox message (delivered, cancelled or discarded) is purged
 * {@code registry.retention.delivered-payload} (ISO-8601, default 30 days) after the message was written;
 * its SHA-256 stays, so what was sent can be proven against the recipient's copy. A dead letter keeps its
 * payload until an operator requeues or discards it. Run by the retention timer only, never by a caller.
 */
@Stateless
@PermitAll
@Local(Retention.class)
public class PayloadRetention implements Retention {

    @Inject
    private OutboxRepository outbox;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.retention.delivered-payload")
    Duration period;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String what() {
        return "closed outbox message payloads";
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Duration period() {
        return period;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(Instant before, int limit) {
        Instant now = clock.instant();
        List<OutboxMessage> closed = outbox.closedWithPayloadSince(before, limit);
        closed.forEach(m -> m.purgePayload(now));
        return closed.size();
    }
}
