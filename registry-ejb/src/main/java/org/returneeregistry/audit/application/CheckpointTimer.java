package org.returneeregistry.audit.application;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.shared.application.ChainLinker;
import org.returneeregistry.shared.application.ChainedLog;

/**
 * Signs a checkpoint of the linked head of every hash-chained log (the decision log, the audit trail)
 * every {@code registry.audit.checkpoint-interval} (ISO-8601, default five minutes), when it grew since
 * the last one. What is appended after the last checkpoint can be rewritten undetected until the next,
 * so the interval is the window an operator accepts.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "RegistryKeys"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckpointTimer {

    private static final Logger LOG = Logger.getLogger(CheckpointTimer.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private ChainLinker linker;

    @Inject
    @Any
    private Instance<ChainedLog> logs;

    @Inject
    @ConfigProperty(name = "registry.audit.checkpoint-interval", defaultValue = "PT5M")
    Duration interval;

    @PostConstruct
    void start() {
        Duration every = interval;
        if (every.isNegative() || every.isZero()) {
            throw new IllegalStateException("registry.audit.checkpoint-interval must be a positive ISO-8601 duration");
        }
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("log-checkpoints", false));
        LOG.info(() -> "Signed checkpoints of the decision log and the audit trail every " + every);
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
    void sign(Timer timer) {
        for (ChainedLog log : logs) {
            try {
                linker.checkpoint(log);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.SEVERE,
                        "A checkpoint of " + log.name() + " could not be signed; the next interval" + " tries again",
                        e);
            }
        }
    }
}
