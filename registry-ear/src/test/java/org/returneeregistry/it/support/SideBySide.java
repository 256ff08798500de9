package org.returneeregistry.it.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.returneeregistry.it.env.EarlyStart;

/**
 * The tests of a class that each drive servers of their own (a domain each, a mission node each) and mostly wait on
 * them run side by side instead of one after the other. The class names each test's body here; its
 * {@code @BeforeAll} calls {@link #start()}, which starts at once, each in a thread of its own, the bodies of the
 * tests the run selected (all, or those {@code -Dit.test} names); each test then calls {@link #outcome(String)}
 * and ends as its body ended — passed, or failed with the body's own assertion error or exception. A test whose
 * body was not started (no test plan was read, as outside Failsafe) runs its body in place, alone.
 */
public final class SideBySide {

    /** A test's body. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    /** The longest a test waits for its body: beyond any body's own bounded waits. */
    private static final Duration LIMIT = Duration.ofMinutes(20);

    private final Class<?> testClass;
    private final Map<String, Body> bodies = new LinkedHashMap<>();
    private final Map<String, CompletableFuture<Void>> started = new ConcurrentHashMap<>();

    public SideBySide(Class<?> testClass) {
        this.testClass = testClass;
    }

    /** Names the body of the test method {@code method} of the class. */
    public SideBySide test(String method, Body body) {
        bodies.put(method, body);
        return this;
    }

    /** Starts the bodies of the selected tests, each in a thread of its own. */
    public void start() {
        bodies.forEach((method, body) -> {
            if (!EarlyStart.selected(testClass, method) || started.containsKey(method)) {
                return;
            }
            CompletableFuture<Void> outcome = new CompletableFuture<>();
            started.put(method, outcome);
            Thread thread = new Thread(
                    () -> {
                        try {
                            body.run();
                            outcome.complete(null);
                        } catch (Throwable failed) {
                            outcome.completeExceptionally(failed);
                        }
                    },
                    testClass.getSimpleName() + "-" + method);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Waits for the body of {@code method} (or runs it now, if it was not started) and ends as it ended. */
    public void outcome(String method) throws Exception {
        CompletableFuture<Void> outcome = started.remove(method);
        if (outcome == null) {
            Body body = bodies.get(method);
            if (body == null) {
                throw new IllegalArgumentException(testClass.getSimpleName() + " names no body for " + method);
            }
            body.run();
            return;
        }
        try {
            outcome.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception exception) {
                throw exception;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new AssertionError(testClass.getSimpleName() + "." + method + " did not end within " + LIMIT, e);
        }
    }
}
