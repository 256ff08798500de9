package org.returneeregistry.shared.application;

import java.time.Duration;
import java.time.Instant;

/**
 * Personal data one context keeps only for a period: what {@link RetentionTimer} purges. Each implementation
 * is a context's own enterprise bean; {@link #purge} runs in a transaction of its own, so a round is a
 * sequence of short transactions, never one over the whole table.
 */
public interface Retention {

    /** What is purged, for the server log, e.g. "return notification content". */
    String what();

    /** How long it is kept (from its configuration; positive). */
    Duration period();

    /** Purges at most {@code limit} items older than {@code before}; answers how many it purged. */
    int purge(Instant before, int limit);
}
