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
}
