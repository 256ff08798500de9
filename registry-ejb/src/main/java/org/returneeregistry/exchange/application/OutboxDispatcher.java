package org.returneeregistry.exchange.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returneeregistry.exchange.application.OutboxDelivery.Claimed;
import org.returneeregistry.exchange.domain.DeliveryOutcome;
import org.returneeregistry.exchange.hl7.MllpSender;
import org.returneeregistry.shared.domain.LogText;

/**
 * Delivers due outbox messages, polling at {@code registry.outbox.poll-interval} with a non-persistent
 * interval timer (a restarted server starts polling again by itself; the messages are in the database).
 * Each round claims small batches until none is due: claim (commit) → send, with no transaction open →
 * record the outcome (commit). A round that is still running when the timer fires again is not doubled.
 * On several instances each claims different messages ({@code FOR UPDATE SKIP LOCKED}). It starts after the
 * schema migration, so its first round finds the outbox table.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private OutboxDelivery delivery;

    @Inject
    private PushSender push;

    @Inject
    private MllpSender mllp;

    @Inject
    private OutboxSettings settings;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;

    @PostConstruct
    void schedule() {
        long interval = settings.pollInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("outbox-dispatcher", false));
        LOG.info(() -> "Outbox dispatcher polling every " + settings.pollInterval() + ", retries from "
                + settings.backoff().base() + " up to " + settings.backoff().cap());
    }

    @PreDestroy
    void stop() {
        stopping = true;
        for (Timer timer : timers.getTimers()) {
            try {
                timer.cancel();
            } catch (RuntimeException e) {
                // already expired or cancelled
            }
        }
    }

    @Timeout
    void poll(Timer timer) {
        if (stopping || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox round failed; the messages stay due and are retried", LogText.loggable(e));
        } finally {
            running.set(false);
        }
    }

    private void dispatchDue() {
        while (!stopping) {
            List<Claimed> batch = delivery.claimDue();
            for (Claimed message : batch) {
                // a send takes at most connect + read timeout; one that could outlast its lease is left to be
                // claimed afresh, so no other instance can claim it while it is still being sent
                Instant latestEnd = clock.instant().plus(settings.connectTimeout()).plus(settings.readTimeout());
                if (latestEnd.isAfter(message.leaseUntil())) {
                    continue;
                }
                DeliveryOutcome outcome = deliver(message);
                try {
                    delivery.record(message.id(), message.attempt(), outcome);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Recording the outcome of outbox message " + message.id()
                            + " failed; it is retried once its lease ends", LogText.loggable(e));
                    continue;
                }
                if (outcome.delivered()) {
                    LOG.fine(() -> "Outbox message " + message.id() + " (" + message.kind() + ") delivered to "
                            + message.recipient() + " on attempt " + message.attempt());
                } else {
                    LOG.info(() -> "Outbox message " + message.id() + " (" + message.kind() + ") to "
                            + message.recipient() + ", attempt " + message.attempt() + " failed: " + LogText.neutral(outcome.error()));
                }
            }
            if (batch.size() < settings.batchSize()) {
                return;
            }
        }
    }

    private DeliveryOutcome deliver(Claimed message) {
        try {
            return switch (message.channel()) {
                case JSON_PUSH -> push.send(message.pushUrl(), message.id(), message.payload());
                case HL7_MLLP -> mllp.send(message.mllpHost(), message.mllpPort(), message.payload());
            };
        } catch (RuntimeException e) {
            return DeliveryOutcome.failed("delivery failed: " + e.getClass().getSimpleName());
        }
    }
}
