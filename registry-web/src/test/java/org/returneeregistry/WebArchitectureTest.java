package org.returneeregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.returneeregistry.shared.application.Published;
import org.returneeregistry.shared.application.ServiceCall;

/**
 * The web module's adapters (packages {@code <context>.rest}, {@code <context>.soap} and
 * {@code shared.web}) are thin: they parse, call one protocol-facing application service and map
 * (docs/architecture.md). Every rule holds with no exception.
 */
@AnalyzeClasses(
        packages = "org.returneeregistry",
        importOptions = {ImportOption.DoNotIncludeTests.class, WebArchitectureTest.WithoutContracts.class})
class WebArchitectureTest {

    static final String[] ADAPTERS = {
        "org.returneeregistry.*.rest..", "org.returneeregistry.*.soap..", "org.returneeregistry.*.web.."
    };

    private static final List<Class<? extends Annotation>> BEANS = List.of(
            Stateless.class,
            Singleton.class,
            Stateful.class,
            ApplicationScoped.class,
            RequestScoped.class,
            Dependent.class);

    /** The classes generated from the published contracts (module {@code schemas}) are not a context. */
    static final class WithoutContracts implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/org/returneeregistry/schemas/");
        }
    }

    @ArchTest
    static final ArchRule adapters_reach_only_application_services = noClasses()
            .that()
            .resideInAnyPackage(ADAPTERS)
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "are a context's persistence, entities or outbound adapters",
                    WebArchitectureTest::isInsideAContext))
            .as("the web module reaches only application services (and domain values), never persistence,"
                    + " entities or outbound adapters");

    @ArchTest
    static final ArchRule adapters_call_only_protocol_facing_services = noClasses()
            .that()
            .resideInAnyPackage(ADAPTERS)
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "are a context's internal API (a bean or port of its application layer that is not a"
                            + " protocol-facing service)",
                    WebArchitectureTest::isInternalApi))
            .as("the web module calls only protocol-facing services (wrapped by ServiceCall, or @Published),"
                    + " never a context's internal API or ports");

    /**
     * A REST resource is built once, not per request (ADR 0016): what it holds is injected services and the
     * request's context proxies, never per-request state.
     */
    @ArchTest
    static final ArchRule rest_resources_are_singletons = classes()
            .that()
            .areAnnotatedWith(Path.class)
            .should()
            .beAnnotatedWith(jakarta.inject.Singleton.class)
            .as("every REST resource is a jakarta.inject.Singleton (built once, ADR 0016)");

    @ArchTest
    static final ArchRule adapters_hold_no_transactions_or_entity_managers = noClasses()
            .that()
            .resideInAnyPackage(ADAPTERS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..")
            .as("the web module holds no transactions and no EntityManager");

    /**
     * The REST contract is written in the web module: what a resource takes and answers (and every type those
     * contain, followed through record components and type arguments) is a transfer type of a {@code rest}
     * package, a Java or Jakarta type, or the XSD contract's generated type — never an application or domain
     * type, so renaming a domain field cannot silently change the public JSON. Codes travel as strings; no
     * enumeration of the domain is allowed either (the code lists are published as data, /code-lists).
     */
    @ArchTest
    static final ArchRule rest_resources_speak_only_transfer_types = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Path.class)
            .and()
            .arePublic()
            .should(new ArchCondition<>("take and answer only REST transfer types") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    for (JavaClass type : wireTypesOf(method)) {
                        if (!isWireType(type)) {
                            events.add(SimpleConditionEvent.violated(
                                    method,
                                    method.getFullName() + " exposes " + type.getName()
                                            + ", which is not a REST transfer type"));
                        }
                    }
                }
            })
            .as("REST resources take and answer only transfer types of a rest package, never application or"
                    + " domain types");

    /** Every type a method's JSON can carry: parameters and result, their type arguments, record components. */
    static Set<JavaClass> wireTypesOf(JavaMethod method) {
        Set<JavaClass> seen = new LinkedHashSet<>();
        Deque<JavaClass> pending = new ArrayDeque<>();
        List<JavaType> declared = new java.util.ArrayList<>(method.getParameterTypes());
        declared.add(method.getReturnType());
        declared.forEach(t -> pending.addAll(t.getAllInvolvedRawTypes()));
        while (!pending.isEmpty()) {
            JavaClass type = pending.pop();
            JavaClass element = type.isArray() ? type.getBaseComponentType() : type;
            if (!seen.add(element) || !element.getPackageName().startsWith("org.returneeregistry")) {
                continue;
            }
            for (JavaField field : element.getFields()) {
                if (!field.getModifiers().contains(JavaModifier.STATIC)) {
                    pending.addAll(field.getType().getAllInvolvedRawTypes());
                }
            }
        }
        return seen;
    }

    static boolean isWireType(JavaClass type) {
        String pkg = type.getPackageName();
        return type.isPrimitive()
                || pkg.startsWith("java.")
                || pkg.startsWith("jakarta.")
                || pkg.matches("org\\.returneeregistry\\.[a-z0-9]+\\.rest(\\..*)?")
                || pkg.startsWith("org.returneeregistry.schemas.");
    }

    static boolean isInsideAContext(JavaClass type) {
        return type.getPackageName().matches("org\\.returneeregistry\\.[a-z0-9]+\\.(persistence|hl7|keycloak)(\\..*)?")
                || type.isAnnotatedWith(Entity.class);
    }

    /**
     * A bean or port of a bounded context's application layer that answers no protocol: what sibling
     * contexts use (checks without roles or audit of their own), the ports, their adapters. The kernel's
     * beans ({@code shared}: the request's call scope the web sets) are not a context's.
     */
    static boolean isInternalApi(JavaClass type) {
        boolean contextApplication = type.getPackageName().matches("org\\.returneeregistry\\.[a-z0-9]+\\.application")
                && !type.getPackageName().startsWith("org.returneeregistry.shared.");
        boolean bean = type.isInterface() || BEANS.stream().anyMatch(type::isAnnotatedWith);
        return contextApplication && bean && !isProtocolFacing(type);
    }

    static boolean isProtocolFacing(JavaClass type) {
        return type.isAnnotatedWith(Published.class)
                || type.tryGetAnnotationOfType(Interceptors.class)
                        .map(interceptors -> List.of(interceptors.value()).contains(ServiceCall.class))
                        .orElse(false);
    }
}
