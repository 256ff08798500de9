package org.returneeregistry.exchange.application;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The end of one delivery attempt, whatever the recipient does: a receiver that answers one byte at a time
 * defeats every per-read timeout, so the dispatcher cuts the attempt at this deadline by aborting it (closing
 * its connection) from outside. A sender registers how it is aborted ({@link #onExpiry}) as soon as it has
 * something to abort; one registered after the deadline runs at once.
 */
public final class AttemptDeadline {

    private final long endNanos;
    private final AtomicReference<Runnable> abort = new AtomicReference<>();
    private volatile boolean expired;

    public AttemptDeadline(Duration length) {
        this.endNanos = System.nanoTime() + length.toNanos();
    }

    /** What aborts the attempt (idempotent: it may run twice). */
    public void onExpiry(Runnable action) {
        abort.set(action);
        if (expired) {
            action.run();
        }
    }

    /** The deadline has come: the attempt is aborted. */
    void expire() {
        expired = true;
        Runnable action = abort.get();
        if (action != null) {
            action.run();
        }
    }

    public boolean expired() {
        return expired || System.nanoTime() - endNanos >= 0;
    }

    /** What is left of the attempt (zero once it is over). */
    public Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    /** A timeout for one blocking step: the step's own limit, but not beyond the deadline (at least 1 ms). */
    public int timeoutMillis(Duration stepLimit) {
        long millis = Math.min(stepLimit.toMillis(), remaining().toMillis());
        return (int) Math.max(1, millis);
    }
}
