package org.returneeregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import jakarta.persistence.Entity;

/**
 * The web module's adapters (packages {@code <context>.rest}, {@code <context>.soap} and
 * {@code shared.web}) are thin: they parse, call one application service and map (docs/architecture.md).
 * Frozen violations are in {@code src/test/archunit-violations}, as in the EJB module's
 * {@code ArchitectureTest}.
 */
@AnalyzeClasses(
        packages = "org.returneeregistry",
        importOptions = {ImportOption.DoNotIncludeTests.class, WebArchitectureTest.WithoutContracts.class})
class WebArchitectureTest {

    static final String[] ADAPTERS = {
        "org.returneeregistry.*.rest..", "org.returneeregistry.*.soap..", "org.returneeregistry.*.web.."
    };

    /** The classes generated from the published contracts (module {@code schemas}) are not a context. */
    static final class WithoutContracts implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/org/returneeregistry/schemas/");
        }
    }

    @ArchTest
    static final ArchRule adapters_reach_only_application_services = FreezingArchRule.freeze(noClasses()
            .that()
            .resideInAnyPackage(ADAPTERS)
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "are a context's persistence, entities or outbound adapters",
                    WebArchitectureTest::isInsideAContext))
            .as("the web module reaches only application services (and domain values), never persistence,"
                    + " entities or outbound adapters"));

    @ArchTest
    static final ArchRule adapters_hold_no_transactions_or_entity_managers = FreezingArchRule.freeze(noClasses()
            .that()
            .resideInAnyPackage(ADAPTERS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..")
            .as("the web module holds no transactions and no EntityManager"));

    static boolean isInsideAContext(JavaClass type) {
        return type.getPackageName().matches("org\\.returneeregistry\\.[a-z0-9]+\\.(persistence|hl7|keycloak)(\\..*)?")
                || type.isAnnotatedWith(Entity.class);
    }
}
