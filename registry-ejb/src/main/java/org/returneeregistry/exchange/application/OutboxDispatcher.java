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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returneeregistry.exchange.application.OutboxDelivery.Batch;
import org.returneeregistry.exchange.application.OutboxDelivery.Claimed;
import org.returneeregistry.exchange.domain.DeliveryOutcome;
import org.returneeregistry.exchange.hl7.MllpSender;
import org.returneeregistry.shared.domain.LogText;

/**
 * Delivers due outbox messages, polling at {@code registry.outbox.poll-interval} with a non-persistent
 * interval timer (a restarted server starts polling again by itself; the messages are in the database),
 * and again whenever an attempt ends. A round claims (and commits) as many due messages as there are free
 * senders ({@code registry.outbox.senders}), at most one per recipient and none of a recipient that has an
 * attempt in flight; each attempt then runs on its own sender thread, with no transaction open, and records
 * its outcome in a second transaction. A round that is still running when the next is asked for is not
 * doubled (it goes round once more instead).
 *
 * <p>Every attempt ends at {@code registry.outbox.attempt-deadline}, which is shorter than the lease: a
 * watchdog closes its connection then, so a recipient that answers one byte at a time cannot keep a sender,
 * and no attempt is still sending when its lease ends and another instance may claim the message. On several
 * instances each claims different messages ({@code FOR UPDATE SKIP LOCKED}). It starts after the schema
 * migration, so its first round finds the outbox table. Senders and watchdog are threads of the server's
 * managed thread factory, stopped at undeploy.
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

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @EJB
    private OutboxDelivery delivery;

    @Inject
    private PushSender push;

    @Inject
    private MllpSender mllp;

    @Inject
    private PartnerSender partner;

    @Inject
    private OutboxSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean stopping;
    private ExecutorService senders;
    private ScheduledExecutorService watchdog;

    @PostConstruct
    void schedule() {
        senders = Executors.newFixedThreadPool(settings.senders(), threads);
        watchdog = Executors.newSingleThreadScheduledExecutor(threads);
        long interval = settings.pollInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("outbox-dispatcher", false));
        LOG.info(() -> "Outbox dispatcher polling every " + settings.pollInterval() + " with " + settings.senders()
                + " senders, each attempt cut after " + settings.attemptDeadline() + ", retries from "
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
        senders.shutdownNow();
        watchdog.shutdownNow();
    }

    @Timeout
    void poll(Timer timer) {
        round();
    }

    /** Claims and starts what is due, unless a round is running already — that one then goes round again. */
    private void round() {
        again.set(true);
        while (!stopping && again.get() && running.compareAndSet(false, true)) {
            again.set(false);
            try {
                dispatchDue();
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Outbox round failed; the messages stay due and are retried",
                        LogText.loggable(e));
            } finally {
                running.set(false);
            }
        }
    }

    private void dispatchDue() {
        while (!stopping) {
            int free = settings.senders() - inFlight.get();
            if (free <= 0) {
                return;
            }
            int limit = Math.min(free, settings.batchSize());
            Batch batch = delivery.claimDue(limit);
            for (Claimed message : batch.claimed()) {
                inFlight.incrementAndGet();
                try {
                    senders.execute(() -> attempt(message));
                } catch (RejectedExecutionException e) {
                    inFlight.decrementAndGet();
                    return; // undeploying: the claimed message is due again when its lease ends
                }
            }
            if (batch.due() < limit || batch.claimed().isEmpty()) {
                return;
            }
        }
    }

    /** One attempt on a sender thread: send within the deadline, record the outcome, then look for more. */
    private void attempt(Claimed message) {
        try {
            AttemptDeadline deadline = new AttemptDeadline(settings.attemptDeadline());
            ScheduledFuture<?> cut = watchdog.schedule(
                    deadline::expire, settings.attemptDeadline().toMillis(), TimeUnit.MILLISECONDS);
            DeliveryOutcome outcome;
            try {
                outcome = deliver(message, deadline);
            } finally {
                cut.cancel(false);
            }
            try {
                delivery.record(message.id(), message.attempt(), outcome);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Recording the outcome of outbox message " + message.id()
                                + " failed; it is retried once its lease ends",
                        LogText.loggable(e));
                return;
            }
            if (outcome.delivered()) {
                LOG.fine(() -> "Outbox message " + message.id() + " (" + message.kind() + ") delivered to "
                        + message.recipient() + " on attempt " + message.attempt());
            } else {
                LOG.info(() -> "Outbox message " + message.id() + " (" + message.kind() + ") to "
                        + message.recipient() + ", attempt " + message.attempt() + " failed ("
                        + outcome.failure() + "): " + LogText.neutral(outcome.detail()));
            }
        } finally {
            inFlight.decrementAndGet();
            if (!stopping) {
                try {
                    watchdog.execute(this::round);
                } catch (RejectedExecutionException e) {
                    // undeploying
                }
            }
        }
    }

    private DeliveryOutcome deliver(Claimed message, AttemptDeadline deadline) {
        try {
            return switch (message.channel()) {
                case JSON_PUSH -> push.send(message.pushUrl(), message.id(), message.payload(), deadline);
                case HL7_MLLP -> mllp.send(message.mllpHost(), message.mllpPort(), message.payload(), deadline);
                case PARTNER_SOAP -> partner.send(message, deadline);
            };
        } catch (RuntimeException e) {
            return DeliveryOutcome.failed(DeliveryOutcome.Failure.NO_ANSWER, e.toString());
        }
    }
}
