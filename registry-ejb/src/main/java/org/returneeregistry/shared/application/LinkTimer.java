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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private ChainLinker linker;

    @Inject
    @Any
    private Instance<ChainedLog> logs;

    @Inject
    @ConfigProperty(name = "registry.logs.link-interval", defaultValue = "PT0.2S")
    String interval;

    private ScheduledFuture<?> rounds;

    @PostConstruct
    void start() {
        Duration every = Duration.parse(interval);
        if (every.isNegative() || every.isZero()) {
            throw new IllegalStateException("registry.logs.link-interval must be a positive ISO-8601 duration");
        }
        // with a fixed delay, one round at a time (the EJB timer service would not go below one second)
        rounds =
                scheduler.scheduleWithFixedDelay(this::link, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    void link() {
        try {
            for (ChainedLog log : logs) {
                while (linker.link(log) == ChainLinker.LINK_BATCH) {
                    // a full batch: more may be waiting
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Log entries could not be linked; the next round tries again", e);
        }
    }
}
