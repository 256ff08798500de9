package org.returneeregistry.node.sync;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Synchronises on a timer (NODE_SYNC_INTERVAL, default one minute) whenever the node runs. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncTimer {

    private static final Logger LOG = Logger.getLogger(SyncTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Synchroniser synchroniser;

    @Inject
    @ConfigProperty(name = "node.sync-interval", defaultValue = "PT1M")
    String interval;

    @PostConstruct
    void start() {
        long millis = Duration.parse(interval).toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig(null, false));
    }

    @Timeout
    void tick() {
        try {
            synchroniser.sync();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sync failed; tried again at the next tick", e);
        }
    }
}
