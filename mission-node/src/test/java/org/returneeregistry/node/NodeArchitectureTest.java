package org.returneeregistry.node;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The node's cut, and its one coupling to the registry: the public contract, never the registry's code. */
class NodeArchitectureTest {

    private static final JavaClasses NODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.returneeregistry.node");

    @Test
    void theNodeUsesNoneOfTheRegistrysCode() {
        classes()
                .that()
                .resideInAPackage("org.returneeregistry.node..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "org.returneeregistry.node..",
                        "java..",
                        "javax..",
                        "jakarta..",
                        "org.eclipse.microprofile..",
                        "org.h2..",
                        "org.flywaydb..",
                        "org.w3c..",
                        "org.xml..")
                .check(NODE);
    }

    @Test
    void pagesOnTopThenSyncThenCaptureThenTheStore() {
        layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("org.returneeregistry.node..")
                .layer("web")
                .definedBy("..node.web..")
                .layer("sync")
                .definedBy("..node.sync..")
                .layer("officer")
                .definedBy("..node.officer..")
                .layer("capture")
                .definedBy("..node.capture..")
                .layer("store")
                .definedBy("..node.store..")
                .whereLayer("web")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("sync")
                .mayOnlyBeAccessedByLayers("web")
                .whereLayer("officer")
                .mayOnlyBeAccessedByLayers("web")
                .whereLayer("capture")
                .mayOnlyBeAccessedByLayers("web", "sync")
                .whereLayer("store")
                .mayOnlyBeAccessedByLayers("web", "sync", "officer", "capture")
                .check(NODE);
    }
}
