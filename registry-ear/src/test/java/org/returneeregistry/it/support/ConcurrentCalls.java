package org.returneeregistry.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Independent calls a test makes to set the registry up (the same read a hundred times, say), made a few at a time
 * rather than one after the other, as several callers would make them. Every call still has to succeed: the first
 * failure, once every call has ended, fails the test.
 */
public final class ConcurrentCalls {

    /** How many calls are made at once: the machine the tests run on has two cores. */
    public static final int AT_ONCE = 4;

    private static final long LIMIT_MINUTES = 5;

    private ConcurrentCalls() {}

    /** Makes {@code call} {@code times} times, {@link #AT_ONCE} at a time. */
    public static void repeat(int times, Runnable call) {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                calls.add(pool.submit(call));
            }
            Throwable first = null;
            for (Future<?> made : calls) {
                try {
                    made.get(LIMIT_MINUTES, TimeUnit.MINUTES);
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                } catch (TimeoutException e) {
                    first = first == null
                            ? new AssertionError("a call did not end within " + LIMIT_MINUTES + " min")
                            : first;
                }
            }
            if (first instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (first instanceof Error error) {
                throw error;
            }
            if (first != null) {
                throw new IllegalStateException(first);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the calls were made", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
