package org.returneeregistry.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.Violation;

class SchemaViolationsTest {

    @Test
    void splitsTheXsdConstraintFromTheSentence() {
        Violation v = SchemaViolations.of(3, 17, "cvc-pattern-valid: Value 'ab' is not facet-valid with respect to pattern.");
        assertEquals("line 3, column 17", v.field());
        assertEquals("cvc-pattern-valid", v.rule());
        assertEquals("Value 'ab' is not facet-valid with respect to pattern.", v.message());
    }

    @Test
    void keepsAMessageWithoutConstraintWhole() {
        Violation v = SchemaViolations.of(-1, -1, "Text '1990-02-30' could not be parsed");
        assertEquals("body", v.field());
        assertEquals("xml-schema", v.rule());
        assertEquals("Text '1990-02-30' could not be parsed", v.message());
    }

    @Test
    void namesTheElementWhenTheValidatorDoes() {
        Violation v = SchemaViolations.of(-1, -1,
                "cvc-type.3.1.3: The value 'HOLIDAY' of element 'ns2:returnModality' is not valid.");
        assertEquals("returnModality", v.field());
        assertEquals("cvc-type.3.1.3", v.rule());
    }

    @Test
    void collectorLeavesFacetErrorsToTheApplicationButKeepsWhatOnlyTheSchemaSees() {
        SchemaViolations.Collector collector = new SchemaViolations.Collector();
        collector.add(-1, -1, "cvc-enumeration-valid: Value 'XXX' is not facet-valid with respect to enumeration '[...]'.");
        collector.add(-1, -1, "cvc-type.3.1.3: The value 'XXX' of element 'issuingCountry' is not valid.");
        collector.add(-1, -1, "cvc-datatype-valid.1.2.1: '1990-02-30' is not a valid value for 'date'.");
        collector.add(-1, -1, "cvc-type.3.1.3: The value '1990-02-30' of element 'r:dateOfBirth' is not valid.");
        collector.add(4, 2, "cvc-complex-type.2.4.a: Invalid content was found starting with element "
                + "'{\"https://schemas.returneeregistry.org/notification/v1\":bogus}'.");

        var kept = collector.violations();
        assertEquals(3, kept.size(), kept::toString);
        assertEquals("cvc-datatype-valid.1.2.1", kept.get(0).rule());
        assertEquals("dateOfBirth", kept.get(1).field());
        assertEquals("bogus", kept.get(2).field());
    }
}
