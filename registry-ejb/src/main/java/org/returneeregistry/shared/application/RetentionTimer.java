package org.returneeregistry.shared.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Purges, every {@code registry.retention.interval} (ISO-8601, default one hour), what each context keeps
 * only for a period (every {@link Retention}): in batches of {@code registry.retention.batch-size}, each in a
 * transaction of its own, at most {@code registry.retention.max-batches} a round, so a backlog is worked off
 * over several rounds without holding locks for long. The counts go to the server log.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionTimer {

    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    @Any
    private Instance<Retention> retentions;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.retention.interval")
    Duration interval;

    @Inject
    @ConfigProperty(name = "registry.retention.batch-size")
    int batchSize;

    @Inject
    @ConfigProperty(name = "registry.retention.max-batches")
    int maxBatches;

    @PostConstruct
    void start() {
        Duration every = interval;
        if (every.isNegative() || every.isZero() || batchSize < 1 || maxBatches < 1) {
            throw new IllegalStateException("registry.retention.interval must be a positive ISO-8601 duration and"
                    + " registry.retention.batch-size and registry.retention.max-batches positive");
        }
        for (Retention retention : retentions) {
            Duration period = retention.period();
            if (period.isNegative() || period.isZero()) {
                throw new IllegalStateException("the retention period of " + retention.what() + " must be positive");
            }
            LOG.info(() -> "Keeping " + retention.what() + " for " + period + ", purged every " + every);
        }
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("retention", false));
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
    void round(Timer timer) {
        Instant now = clock.instant();
        for (Retention retention : retentions) {
            try {
                int purged = purge(retention, now.minus(retention.period()));
                if (purged > 0) {
                    LOG.info(() ->
                            "Purged " + retention.what() + ": " + purged + " kept longer than " + retention.period());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Purging " + retention.what() + " failed; the next round tries again", e);
            }
        }
    }

    private int purge(Retention retention, Instant before) {
        int total = 0;
        for (int batch = 0; batch < maxBatches; batch++) {
            int purged = retention.purge(before, batchSize);
            total += purged;
            if (purged < batchSize) {
                break;
            }
        }
        return total;
    }
}
