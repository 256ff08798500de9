package org.returneeregistry.shared.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
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
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links the entries written to every hash-chained log every {@code registry.logs.link-interval} (ISO-8601,
 * default 200 ms): the time an entry waits, at most and without load, before it has its place in the chain.
 * Entries left unlinked by a crash are linked by the first round after the start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LinkTimer {

    private static final Logger LOG = Logger.getLogger(LinkTimer.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private ChainLinker linker;

    @Inject
    @Any
    private Instance<ChainedLog> logs;

    @Inject
    @ConfigProperty(name = "registry.logs.link-interval", defaultValue = "PT0.2S")
    String interval;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        Duration every = Duration.parse(interval);
        if (every.isNegative() || every.isZero()) {
            throw new IllegalStateException("registry.logs.link-interval must be a positive ISO-8601 duration");
        }
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("log-linking", false));
    }

    @PreDestroy
    void stop() {
        for (Timer timer : timers.getTimers()) {
            try {
                timer.cancel();
            } catch (RuntimeException alreadyGone) {
                // the timer expired or the application is stopping
            }
        }
    }

    @Timeout
    void link(Timer timer) {
        if (!running.compareAndSet(false, true)) {
            return; // the previous round is still linking
        }
        try {
            for (ChainedLog log : logs) {
                while (linker.link(log) == ChainLinker.LINK_BATCH) {
                    // a full batch: more may be waiting
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Log entries could not be linked; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }
}
