package org.returneeregistry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.planted.rest.PlantedResource;

/** The rule that REST resources speak only transfer types catches a resource that leaks the domain. */
class RestWireTypesRuleTest {

    @Test
    void aPlantedResourceLeakingApplicationAndDomainTypesFails() {
        JavaClasses planted =
                new ClassFileImporter().importClasses(PlantedResource.class, PlantedResource.Envelope.class);
        EvaluationResult result = WebArchitectureTest.rest_resources_speak_only_transfer_types.evaluate(planted);
        List<String> violations = result.getFailureReport().getDetails();
        assertTrue(result.hasViolation());
        assertTrue(
                violations.stream().noneMatch(v -> v.contains("answersOnlyJavaTypes") || v.contains("$Envelope,")),
                violations::toString);
        assertTrue(
                violations.stream().anyMatch(v -> v.contains("leaksAnApplicationRecord") && v.contains("ReturneeView")),
                violations::toString);
        assertTrue(
                violations.stream()
                        .anyMatch(v -> v.contains("takesADomainRecordInsideAWrapper")
                                && v.contains("returnee.domain.PersonName")),
                violations::toString);
        assertTrue(
                violations.stream().anyMatch(v -> v.contains("leaksADomainEnumeration") && v.contains("DataCategory")),
                violations::toString);
    }
}
