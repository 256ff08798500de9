package org.returneeregistry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.returneeregistry.planted.PlantedUncodedService;
import org.returneeregistry.shared.application.AuditOperation;

/**
 * Every business method of a protocol-facing service (wrapped by {@code ServiceCall}) carries a stable audit
 * code: upper-case words joined by underscores, unique across the registry, and published in docs/audit.md —
 * auditors filter the trail on it, so it must not follow a method's Java name.
 */
class AuditOperationsTest {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
    private static final Path PUBLISHED = Path.of("..", "docs", "audit.md");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(new ArchitectureTest.WithoutContracts())
            .importPackages("org.returneeregistry");

    /** The business methods of protocol-facing services, by their audit code (empty when a method has none). */
    static Map<JavaMethod, String> codes(JavaClasses classes) {
        Map<JavaMethod, String> codes = new TreeMap<>((a, b) -> a.getFullName().compareTo(b.getFullName()));
        for (JavaClass service : classes) {
            if (!ArchitectureTest.isProtocolFacing(service)) {
                continue;
            }
            for (JavaMethod method : service.getMethods()) {
                if (method.getModifiers().contains(JavaModifier.PUBLIC)
                        && !method.getModifiers().contains(JavaModifier.STATIC)
                        && !method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    codes.put(
                            method,
                            method.tryGetAnnotationOfType(AuditOperation.class)
                                    .map(AuditOperation::value)
                                    .orElse(""));
                }
            }
        }
        return codes;
    }

    /** What is wrong with the codes: a method without one, a code not in the house form, a code used twice. */
    static List<String> violations(JavaClasses classes) {
        List<String> violations = new ArrayList<>();
        Map<String, JavaMethod> byCode = new TreeMap<>();
        codes(classes).forEach((method, code) -> {
            if (code.isEmpty()) {
                violations.add(method.getFullName() + " has no @AuditOperation");
            } else if (!CODE.matcher(code).matches()) {
                violations.add(method.getFullName() + ": " + code + " is not upper-case words joined by _");
            } else {
                JavaMethod other = byCode.putIfAbsent(code, method);
                if (other != null) {
                    violations.add(code + " names both " + other.getFullName() + " and " + method.getFullName());
                }
            }
        });
        return violations;
    }

    @Test
    void everyBusinessMethodOfAProtocolFacingServiceHasAUniqueCode() {
        assertTrue(
                codes(PRODUCTION).size() >= 40,
                () -> "found only " + codes(PRODUCTION).keySet());
        assertEquals(List.of(), violations(PRODUCTION));
    }

    @Test
    void everyCodeIsPublishedWithTheNameItReplaces() throws IOException {
        String published = Files.readString(PUBLISHED);
        List<String> missing = new ArrayList<>();
        codes(PRODUCTION).forEach((method, code) -> {
            String old = method.getOwner().getSimpleName() + "." + method.getName();
            // an operation that existed before the codes names the method it was recorded as; a newer one says so
            if (!published.matches("(?s).*\\| `" + code + "` \\| (`" + Pattern.quote(old) + "`|new) \\|.*")) {
                missing.add("| `" + code + "` | `" + old + "` |");
            }
        });
        assertEquals(List.of(), missing, "rows missing from docs/audit.md");
    }

    @Test
    void aPlantedServiceWithoutCodesIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedUncodedService.class);
        List<String> violations = violations(planted);
        assertEquals(3, violations.size(), violations::toString);
        assertTrue(
                violations.get(0).contains("PlantedUncodedService.approve")
                        && violations.get(0).contains("no @AuditOperation"),
                violations::toString);
        assertTrue(violations.get(1).contains("PLANTED_READ names both"), violations::toString);
        assertTrue(violations.get(2).contains("planted_Write is not upper-case"), violations::toString);
    }
}
