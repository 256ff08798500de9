package org.returneeregistry.notification.application;

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
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returneeregistry.shared.application.LostRace;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.LogText;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * Takes the items of accepted batches in, {@code registry.batch.items-per-transaction} items of one batch per
 * transaction ({@link BatchItemIntake#takeChunk}; a chunk an item fails in is taken again item by item), on at most
 * {@code registry.batch.workers} threads of the server's managed thread factory — one by default, so a batch
 * never holds more than one database connection and one core's worth of work while missions submit single
 * notifications. A new batch nudges the job once its transaction has committed; a non-persistent interval
 * timer looks for pending items besides, so a restarted server resumes the batches it was processing (the
 * items are in the database, pending until the commit that holds their effect). Several instances share the
 * work: each worker locks the item it takes with {@code FOR UPDATE SKIP LOCKED}.
 *
 * <p>A refused item is recorded as refused; an item that loses a race to a concurrent transaction is tried
 * again, at most {@value #ATTEMPTS} times, and then refused as the single intake would answer it; a fault
 * that repeats stops the worker until the next look, so a database outage does not spin.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJob {

    private static final Logger LOG = Logger.getLogger(BatchJob.class.getName());
    private static final int ATTEMPTS = 3;

    @Resource
    private TimerService timers;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @EJB
    private BatchItemIntake items;

    @Inject
    private BatchSettings settings;

    /** One controller per worker thread: each worker's items run in a request context of its own. */
    @Inject
    private Instance<RequestContextController> contexts;

    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean stopping;
    private ExecutorService workers;

    @PostConstruct
    void schedule() {
        workers = Executors.newFixedThreadPool(settings.workers(), threads);
        long interval = settings.pollInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("notification-batch-job", false));
        LOG.info(() -> "Notification batch job looking every " + settings.pollInterval() + " with " + settings.workers()
                + " worker(s)");
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
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Timeout
    void poll(Timer timer) {
        wake();
    }

    /** A batch was accepted and committed: start on it now rather than at the next look. */
    public void accepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) BatchAccepted batch) {
        wake();
    }

    /** Starts workers up to the configured number; each runs until no item is pending. */
    public void wake() {
        while (!stopping) {
            int now = running.get();
            if (now >= settings.workers()) {
                return;
            }
            if (running.compareAndSet(now, now + 1)) {
                try {
                    workers.execute(this::work);
                } catch (RejectedExecutionException e) {
                    running.decrementAndGet();
                    return; // undeploying: the items stay pending
                }
            }
        }
    }

    private void work() {
        RequestContextController context = null;
        boolean activated = false;
        try {
            context = contexts.get();
            activated = context.activate();
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Batch worker stopped; pending items wait for the next look", LogText.loggable(e));
        } finally {
            if (activated) {
                context.deactivate();
            }
            if (context != null) {
                contexts.destroy(context);
            }
            running.decrementAndGet();
        }
    }

    private void drain() {
        Map<Long, Integer> attempts = new HashMap<>();
        int faults = 0;
        int taken = 0;
        int perTransaction = settings.itemsPerTransaction();
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            int done;
            try {
                done = items.takeChunk(perTransaction);
                faults = 0;
            } catch (ChunkFailed failed) {
                faults = 0;
                done = oneByOne(failed.items(), attempts);
            } catch (RuntimeException e) {
                if (++faults >= ATTEMPTS) {
                    LOG.log(
                            Level.WARNING,
                            "Batch items cannot be taken in now; trying again at the next look",
                            LogText.loggable(e));
                    return;
                }
                continue;
            }
            if (done == 0) {
                items.completeFinished();
                return;
            }
            int before = taken;
            taken += done;
            if (taken / settings.chunk() != before / settings.chunk()) {
                pause();
            }
        }
    }

    /**
     * The items of a chunk that failed, each in a transaction of its own: a refusal is recorded for its item
     * alone, a lost race is tried again, and the good items are taken in. Answers how many were handled.
     */
    private int oneByOne(List<Long> chunk, Map<Long, Integer> attempts) {
        int handled = 0;
        for (Long id : chunk) {
            while (!stopping) {
                try {
                    items.take(id);
                    handled++;
                    break;
                } catch (ItemFailed failed) {
                    handle(failed, attempts);
                    if (failed.refusal() != null || !attempts.containsKey(id)) {
                        handled++;
                        break;
                    }
                }
            }
        }
        return Math.max(handled, 1);
    }

    private void handle(ItemFailed failed, Map<Long, Integer> attempts) {
        RegistryException refusal = failed.refusal();
        if (refusal != null) {
            items.refuse(failed.item(), refusal.code().code(), refusal.getMessage(), refusal.violations());
            return;
        }
        int attempt = attempts.merge(failed.item(), 1, Integer::sum);
        if (attempt < ATTEMPTS) {
            return;
        }
        attempts.remove(failed.item());
        if (LostRace.in(failed.getCause())) {
            RegistryException conflict = LostRace.conflict();
            items.refuse(failed.item(), conflict.code().code(), conflict.getMessage(), List.of());
        } else {
            LOG.log(
                    Level.WARNING,
                    "Batch item " + failed.item() + " failed " + ATTEMPTS + " times; refused",
                    LogText.loggable(failed.getCause()));
            items.refuse(
                    failed.item(),
                    ErrorCode.INTERNAL_ERROR.code(),
                    "The registry failed to take this notification in; submit it again.",
                    List.of());
        }
    }

    private void pause() {
        long millis = settings.pausePerChunk().toMillis();
        if (millis <= 0) {
            Thread.yield();
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
