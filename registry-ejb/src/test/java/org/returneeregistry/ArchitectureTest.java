package org.returneeregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.interceptor.ExcludeClassInterceptors;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package-info statements of the bounded contexts, as rules (docs/architecture.md). A context is
 * a package {@code org.returneeregistry.<context>}; {@code shared} is the kernel every context uses.
 *
 * <p>Violations that existed when a rule was written are frozen in {@code src/test/archunit-violations}
 * (ArchUnit's {@link FreezingArchRule}): each is listed there to be removed, and any new one fails the
 * build. A fixed violation leaves the store on the next run; commit the change with the fix.
 */
@AnalyzeClasses(
        packages = "org.returneeregistry",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.WithoutContracts.class})
class ArchitectureTest {

    static final String ROOT = "org.returneeregistry.";
    static final String SHARED = "shared";

    /**
     * Who may use whom: a context may use the contexts before it in this list, never one after it. The
     * order is what makes the contexts free of cycles, and the one place it is written down.
     */
    static final List<String> UPSTREAM_FIRST = List.of(
            SHARED, "organisation", "returnee", "notification", "consent", "audit", "reintegration", "exchange");

    private static final Pattern CONTEXT = Pattern.compile(Pattern.quote(ROOT) + "([a-z0-9]+)(\\..*)?");

    /** The classes generated from the published contracts (module {@code schemas}) are not a context. */
    static final class WithoutContracts implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/org/returneeregistry/schemas/");
        }
    }

    @ArchTest
    static final ArchRule contexts_are_free_of_cycles = FreezingArchRule.freeze(slices().matching(ROOT + "(*)..")
            .namingSlices("context $1")
            .should()
            .beFreeOfCycles()
            .as("contexts are free of cycles"));

    @ArchTest
    static final ArchRule contexts_use_only_contexts_upstream = FreezingArchRule.freeze(classes()
            .should(onlyUse("contexts upstream of their own", ArchitectureTest::isUpstreamOf))
            .as("contexts use only the contexts upstream of them: " + String.join(" <- ", UPSTREAM_FIRST)));

    @ArchTest
    static final ArchRule shared_depends_on_no_context = FreezingArchRule.freeze(noClasses()
            .that()
            .resideInAPackage(ROOT + SHARED + "..")
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "are in a bounded context",
                    type -> contextOf(type).filter(c -> !c.equals(SHARED)).isPresent()))
            .as("shared depends on no bounded context"));

    @ArchTest
    static final ArchRule no_context_reaches_another_contexts_persistence_or_entities =
            FreezingArchRule.freeze(classes()
                    .should(onlyUse(
                            "another context's persistence or entities only through its application services",
                            (own, target) -> own.equals(contextOf(target))
                                    || contextOf(target).filter(SHARED::equals).isPresent()
                                    || !isPersistenceOrEntity(target)))
                    .as("no class reaches another context's persistence or entities"));

    @ArchTest
    static final ArchRule no_escape_hatch_around_roles_and_audit = FreezingArchRule.freeze(methods()
            .that()
            .areAnnotatedWith(ExcludeClassInterceptors.class)
            .should()
            .notBeAnnotatedWith(PermitAll.class)
            .as("no method escapes roles and audit with @PermitAll @ExcludeClassInterceptors"));

    /** The context a class belongs to, or empty outside {@code org.returneeregistry.<context>}. */
    static Optional<String> contextOf(JavaClass type) {
        Matcher matcher = CONTEXT.matcher(type.getPackageName());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static boolean isPersistenceOrEntity(JavaClass type) {
        return type.getPackageName().matches(Pattern.quote(ROOT) + "[a-z0-9]+\\.persistence(\\..*)?")
                || type.isAnnotatedWith(Entity.class);
    }

    /** True when {@code target} is in the class's own context, or in one upstream of it (or outside any). */
    static boolean isUpstreamOf(Optional<String> own, JavaClass target) {
        Optional<String> theirs = contextOf(target);
        if (own.isEmpty() || theirs.isEmpty() || own.equals(theirs)) {
            return true;
        }
        int from = UPSTREAM_FIRST.indexOf(own.get());
        int to = UPSTREAM_FIRST.indexOf(theirs.get());
        return from >= 0 && to >= 0 && to < from;
    }

    interface Allowed {
        boolean test(Optional<String> ownContext, JavaClass target);
    }

    /** Each dependency of a class on another class that {@code allowed} refuses is one violation. */
    static ArchCondition<JavaClass> onlyUse(String description, Allowed allowed) {
        return new ArchCondition<>("only use " + description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = contextOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (!allowed.test(own, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
