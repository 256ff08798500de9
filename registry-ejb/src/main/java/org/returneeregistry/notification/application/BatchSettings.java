package org.returneeregistry.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How batches are bounded and processed (MicroProfile Config): at most {@code registry.batch.max-items}
 * items a batch; {@code registry.batch.workers} items taken in at a time (1: a batch yields to interactive
 * intake, which has every other request thread); a look for pending items every
 * {@code registry.batch.poll-interval} besides the nudge a new batch gives; a pause of
 * {@code registry.batch.pause-per-chunk} after every {@code registry.batch.chunk} items.
 */
@ApplicationScoped
public class BatchSettings {

    @Inject
    @ConfigProperty(name = "registry.batch.max-items", defaultValue = "10000")
    int maxItems;

    @Inject
    @ConfigProperty(name = "registry.batch.workers", defaultValue = "1")
    int workers;

    @Inject
    @ConfigProperty(name = "registry.batch.poll-interval", defaultValue = "PT5S")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "registry.batch.chunk", defaultValue = "50")
    int chunk;

    @Inject
    @ConfigProperty(name = "registry.batch.pause-per-chunk", defaultValue = "PT0S")
    Duration pausePerChunk;

    @Inject
    @ConfigProperty(name = "registry.batch.items-per-transaction", defaultValue = "25")
    int itemsPerTransaction;

    public int maxItems() {
        return maxItems;
    }

    public int workers() {
        return Math.max(1, workers);
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    public int chunk() {
        return Math.max(1, chunk);
    }

    public Duration pausePerChunk() {
        return pausePerChunk;
    }

    /** How many items of one batch the job takes in per transaction (one commit); 1 is one item per commit. */
    public int itemsPerTransaction() {
        return Math.max(1, Math.min(500, itemsPerTransaction));
    }
}
