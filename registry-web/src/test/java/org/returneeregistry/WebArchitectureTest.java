package org.returneeregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.Entity;
import java.lang.annotation.Annotation;
import java.util.List;
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

    @ArchTest
    static final ArchRule adapters_hold_no_transactions_or_entity_managers = noClasses()
            .that()
            .resideInAnyPackage(ADAPTERS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..")
            .as("the web module holds no transactions and no EntityManager");

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
