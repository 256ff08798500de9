package org.returneeregistry.socialsecurity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.socialsecurity.domain.PeriodUnit;
import org.returneeregistry.socialsecurity.domain.RuleSet;

class RuleSetDocumentTest {

    private static JsonObject demo() throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("../config/demo/agreements/NPL-QAT-social-security.json"));
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject().getJsonObject("document");
        }
    }

    @Test
    void theDemoSectionReadsWithItsDefaultsFromArticle13() throws IOException {
        List<Violation> violations = new ArrayList<>();
        RuleSet rules = RuleSetDocument.read(demo(), "document", violations);

        assertEquals(List.of(), violations);
        assertNotNull(rules);
        assertEquals(PeriodUnit.MONTHS, rules.countingUnit());
        assertEquals(0, rules.conversion().daysPerMonth().compareTo(java.math.BigDecimal.valueOf(26)));
        assertEquals(0, rules.conversion().yearMaximum().compareTo(java.math.BigDecimal.valueOf(12)));
        assertEquals(List.of("NPL", "QAT"), rules.overlap().creditingOrder());
    }

    @Test
    void everyViolationIsNamedWithItsPath() throws IOException {
        JsonObject bad = Json.createObjectBuilder(demo())
                .add("countingUnit", "DECADES")
                .add("minimum", 3)
                .add("conversion", Json.createObjectBuilder().add("daysPerWeek", 9))
                .add("lumpSum", Json.createObjectBuilder().add("share", "all"))
                .build();
        List<Violation> violations = new ArrayList<>();

        assertNull(RuleSetDocument.read(bad, "ruleSet", violations));
        assertEquals(
                List.of(
                        "ruleSet.conversion.daysPerWeek",
                        "ruleSet.countingUnit",
                        "ruleSet.lumpSum.share",
                        "ruleSet.minimum"),
                violations.stream().map(Violation::field).sorted().toList());
    }
}
