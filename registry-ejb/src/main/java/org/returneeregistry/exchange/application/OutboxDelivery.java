package org.returneeregistry.exchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.exchange.domain.Channel;
import org.returneeregistry.exchange.domain.DeliveryEndpoint;
import org.returneeregistry.exchange.domain.DeliveryOutcome;
import org.returneeregistry.exchange.domain.OutboxMessage;
import org.returneeregistry.exchange.persistence.DeliveryEndpointRepository;
import org.returneeregistry.exchange.persistence.OutboxRepository;

/**
 * The dispatcher's two short transactions around a delivery: claiming due messages (each marked in flight
 * with a lease, committed before anything is sent) and recording the outcome of one attempt. Nothing is
 * sent while a transaction is open, so a slow recipient holds no locks, and a crash between the two leaves
 * the message in flight until its lease ends — then it is due again: retried, never lost.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    /** A claimed message with where it goes. */
    public record Claimed(String id, String recipient, String kind, Channel channel, String payload, int attempt,
                          String pushUrl, String mllpHost, int mllpPort, Instant leaseUntil) {
    }

    @Inject
    private OutboxRepository messages;

    @Inject
    private DeliveryEndpointRepository endpoints;

    @Inject
    private OutboxSettings settings;

    @Inject
    private Clock clock;

    /** Claims up to a batch of due messages; one whose recipient has no endpoint for its channel is set aside to wait. */
    public List<Claimed> claimDue() {
        Instant now = clock.instant();
        List<Claimed> claimed = new ArrayList<>();
        for (OutboxMessage message : messages.lockDue(now, settings.batchSize())) {
            Optional<DeliveryEndpoint> endpoint = endpoints.find(message.recipient())
                    .filter(e -> e.serves(message.channel()));
            if (endpoint.isEmpty()) {
                message.awaitEndpoint();
                continue;
            }
            message.claim(now, settings.lease());
            DeliveryEndpoint e = endpoint.get();
            claimed.add(new Claimed(message.id(), message.recipient(), message.kind(), message.channel(),
                    message.payload(), message.attempts(), e.pushUrl(), e.mllpHost(),
                    e.mllpPort() == null ? 0 : e.mllpPort(), now.plus(settings.lease())));
        }
        return claimed;
    }

    /**
     * Records one attempt's outcome — delivered, or pending again after the back-off — unless the
     * message was claimed again since (its lease ran out), in which case that newer attempt records.
     */
    public void record(String id, int attempt, DeliveryOutcome outcome) {
        messages.find(id).ifPresent(m -> m.recordAttempt(attempt, outcome, clock.instant(), settings.backoff()));
    }
}
