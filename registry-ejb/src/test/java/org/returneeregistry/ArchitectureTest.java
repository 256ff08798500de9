package org.returneeregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.interceptor.ExcludeClassInterceptors;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.returneeregistry.shared.application.AuthenticatedBySignature;
import org.returneeregistry.shared.application.ServiceCall;

/**
 * The package-info statements of the bounded contexts, as rules (docs/architecture.md). A context is
 * a package {@code org.returneeregistry.<context>}; {@code shared} is the kernel every context uses.
 *
 * <p>Every rule holds with no exception: a violation fails the build.
 *
 * <p>A context's services come in two kinds. Protocol-facing services are wrapped by {@link ServiceCall}
 * (the caller checked, the call audited) and check roles on every method; the web module calls them
 * (WebArchitectureTest), and no other context does. What sibling contexts use is a separate bean of the
 * context's application layer — its internal API — or a port the consuming context declares and the
 * other implements.
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
            SHARED,
            "organisation",
            "agreement",
            "returnee",
            "notification",
            "consent",
            "audit",
            "reintegration",
            "exchange",
            "socialsecurity");

    private static final Pattern CONTEXT = Pattern.compile(Pattern.quote(ROOT) + "([a-z0-9]+)(\\..*)?");

    /**
     * A protocol-facing service: a bean whose business calls are wrapped by {@link ServiceCall} — the
     * caller identified and checked before the call, the call audited after it.
     */
    static final DescribedPredicate<JavaClass> PROTOCOL_FACING = DescribedPredicate.describe(
            "are protocol-facing services (@Interceptors(ServiceCall.class))", ArchitectureTest::isProtocolFacing);

    /** The classes generated from the published contracts (module {@code schemas}) are not a context. */
    static final class WithoutContracts implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/org/returneeregistry/schemas/");
        }
    }

    @ArchTest
    static final ArchRule contexts_are_free_of_cycles = slices().matching(ROOT + "(*)..")
            .namingSlices("context $1")
            .should()
            .beFreeOfCycles()
            .as("contexts are free of cycles");

    @ArchTest
    static final ArchRule contexts_use_only_contexts_upstream = classes()
            .should(onlyUse("contexts upstream of their own", ArchitectureTest::isUpstreamOf))
            .as("contexts use only the contexts upstream of them: " + String.join(" <- ", UPSTREAM_FIRST));

    @ArchTest
    static final ArchRule shared_depends_on_no_context = noClasses()
            .that()
            .resideInAPackage(ROOT + SHARED + "..")
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "are in a bounded context",
                    type -> contextOf(type).filter(c -> !c.equals(SHARED)).isPresent()))
            .as("shared depends on no bounded context");

    @ArchTest
    static final ArchRule no_context_reaches_another_contexts_persistence_or_entities = classes()
            .should(onlyUse(
                    "another context's persistence or entities only through its application services",
                    (own, target) -> own.equals(contextOf(target))
                            || contextOf(target).filter(SHARED::equals).isPresent()
                            || !isPersistenceOrEntity(target)))
            .as("no class reaches another context's persistence or entities");

    @ArchTest
    static final ArchRule no_escape_hatch_around_roles_and_audit = methods()
            .should(new ArchCondition<>("not be both @PermitAll and @ExcludeClassInterceptors") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    if (method.isAnnotatedWith(PermitAll.class)
                            && method.isAnnotatedWith(ExcludeClassInterceptors.class)) {
                        events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " is @PermitAll @ExcludeClassInterceptors"));
                    }
                }
            })
            .as("no method escapes roles and audit with @PermitAll @ExcludeClassInterceptors");

    @ArchTest
    static final ArchRule protocol_facing_services_check_roles_on_every_method = classes()
            .that(PROTOCOL_FACING)
            .should()
            .notBeAnnotatedWith(PermitAll.class)
            .andShould(haveNoMethodThat(
                    "is @PermitAll (unless @AuthenticatedBySignature) or @ExcludeClassInterceptors",
                    method -> (method.isAnnotatedWith(PermitAll.class)
                                    && !method.isAnnotatedWith(AuthenticatedBySignature.class))
                            || method.isAnnotatedWith(ExcludeClassInterceptors.class)))
            .as("protocol-facing services (wrapped by ServiceCall) check roles and are audited on every method; a"
                    + " method taking messages their signature authenticates checks a token's role itself");

    @ArchTest
    static final ArchRule no_context_calls_another_contexts_protocol_facing_services = classes()
            .should(onlyUse(
                    "another context's internal API, never its protocol-facing services",
                    (own, target) -> own.equals(contextOf(target)) || !PROTOCOL_FACING.test(target)))
            .as("no context calls another context's protocol-facing services (they answer protocols, with roles"
                    + " and audit; sibling contexts use the context's internal API or a port)");

    static boolean isProtocolFacing(JavaClass type) {
        return type.tryGetAnnotationOfType(Interceptors.class)
                .map(interceptors -> List.of(interceptors.value()).contains(ServiceCall.class))
                .orElse(false);
    }

    static ArchCondition<JavaClass> haveNoMethodThat(String description, Predicate<JavaMethod> method) {
        return new ArchCondition<>("have no method that " + description) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaMethod m : type.getMethods()) {
                    if (method.test(m)) {
                        events.add(SimpleConditionEvent.violated(m, m.getFullName() + " " + description));
                    }
                }
            }
        };
    }

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
