package org.returneeregistry.it.env;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Reads the test plan once the run knows which classes it runs (all of them, or those {@code -Dit.test} selects)
 * and hands the servers the selected classes name with {@link NeedsServer} to {@link ItEnvironment} to start in the
 * background, in the order the classes come. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}; does nothing outside an integration
 * test run. It also keeps which test methods the run selected ({@link #selected}), so that a class can start the
 * bodies of its selected tests side by side.
 */
public final class EarlyStart implements TestExecutionListener {

    private static final Set<String> SELECTED_METHODS = ConcurrentHashMap.newKeySet();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        Set<NeedsServer.Server> needed = new LinkedHashSet<>();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier test : plan.getDescendants(root)) {
                test.getSource()
                        .filter(MethodSource.class::isInstance)
                        .map(MethodSource.class::cast)
                        .ifPresent(m -> SELECTED_METHODS.add(m.getClassName() + "#" + m.getMethodName()));
                javaClass(test.getSource())
                        .map(c -> c.getAnnotation(NeedsServer.class))
                        .ifPresent(n -> needed.addAll(Arrays.asList(n.value())));
            }
        }
        if (!needed.isEmpty()) {
            ItEnvironment.startEarly(needed);
        }
    }

    /** Whether the run's test plan holds this test method (false when no plan was read, e.g. outside Failsafe). */
    public static boolean selected(Class<?> testClass, String method) {
        return SELECTED_METHODS.contains(testClass.getName() + "#" + method);
    }

    private static Optional<Class<?>> javaClass(Optional<TestSource> source) {
        return source.filter(ClassSource.class::isInstance)
                .map(ClassSource.class::cast)
                .flatMap(s -> {
                    try {
                        return Optional.of(s.getJavaClass());
                    } catch (RuntimeException e) {
                        return Optional.empty();
                    }
                });
    }
}
