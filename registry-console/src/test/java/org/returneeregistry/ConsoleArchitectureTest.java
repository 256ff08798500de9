package org.returneeregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
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
import java.util.List;
import org.returneeregistry.shared.application.Published;
import org.returneeregistry.shared.application.ServiceCall;

/**
 * The console's pages are adapters like the REST resources and SOAP endpoints (docs/architecture.md, ADR 0018):
 * they reach only protocol-facing application services and domain values — no persistence, entities, internal
 * APIs, ports, transactions or entity managers. Every rule holds with no exception.
 */
@AnalyzeClasses(packages = "org.returneeregistry", importOptions = ImportOption.DoNotIncludeTests.class)
class ConsoleArchitectureTest {

    static final String[] PAGES = {"org.returneeregistry.*.console.."};

    @ArchTest
    static final ArchRule pages_reach_only_application_services = noClasses()
            .that()
            .resideInAnyPackage(PAGES)
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "are a context's persistence, entities or outbound adapters",
                    type -> type.getPackageName()
                                    .matches("org\\.returneeregistry\\.[a-z0-9]+\\.(persistence|hl7|keycloak)(\\..*)?")
                            || type.isAnnotatedWith(Entity.class)))
            .as("the console reaches only application services (and domain values), never persistence, entities"
                    + " or outbound adapters");

    @ArchTest
    static final ArchRule pages_call_only_protocol_facing_services = noClasses()
            .that()
            .resideInAnyPackage(PAGES)
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "are a context's internal API (a bean or port of its application layer that is not a"
                            + " protocol-facing service)",
                    ConsoleArchitectureTest::isInternalApi))
            .as("the console calls only protocol-facing services, never a context's internal API or ports");

    @ArchTest
    static final ArchRule pages_hold_no_transactions_or_entity_managers = noClasses()
            .that()
            .resideInAnyPackage(PAGES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..")
            .as("the console holds no transactions and no EntityManager");

    static boolean isInternalApi(JavaClass type) {
        boolean contextApplication = type.getPackageName().matches("org\\.returneeregistry\\.[a-z0-9]+\\.application")
                && !type.getPackageName().startsWith("org.returneeregistry.shared.");
        boolean bean = type.isInterface()
                || List.of(
                                Stateless.class,
                                Singleton.class,
                                Stateful.class,
                                ApplicationScoped.class,
                                RequestScoped.class,
                                Dependent.class)
                        .stream()
                        .anyMatch(type::isAnnotatedWith);
        return contextApplication && bean && !isProtocolFacing(type);
    }

    static boolean isProtocolFacing(JavaClass type) {
        return type.isAnnotatedWith(Published.class)
                || type.tryGetAnnotationOfType(Interceptors.class)
                        .map(interceptors -> List.of(interceptors.value()).contains(ServiceCall.class))
                        .orElse(false);
    }
}
