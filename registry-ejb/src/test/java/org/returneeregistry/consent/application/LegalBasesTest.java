package org.returneeregistry.consent.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.returneeregistry.consent.domain.LegalBasis;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

class LegalBasesTest {

    @Test
    void readsEveryRule() {
        List<LegalBases.Rule> rules = LegalBases.parse(
                "NPL-SSF|SOCIAL_SECURITY_CLAIM|IDENTITY, SOCIAL_SECURITY|LEGAL_OBLIGATION|Act 2017 s.12 ; "
                        + "QAT-GRSIA|SOCIAL_SECURITY_CLAIM|IDENTITY|LEGAL_OBLIGATION|Agreement art. 9");

        assertEquals(2, rules.size());
        assertEquals(
                new LegalBases.Rule(
                        "NPL-SSF",
                        Purpose.SOCIAL_SECURITY_CLAIM,
                        Set.of(DataCategory.IDENTITY, DataCategory.SOCIAL_SECURITY),
                        LegalBasis.LEGAL_OBLIGATION,
                        "Act 2017 s.12"),
                rules.get(0));
        assertEquals(List.of(), LegalBases.parse(""));
    }

    @Test
    void refusesAMalformedRuleRatherThanIgnoringIt() {
        assertThrows(IllegalArgumentException.class, () -> LegalBases.parse("NPL-SSF|SOCIAL_SECURITY_CLAIM|IDENTITY"));
        assertThrows(
                IllegalArgumentException.class, () -> LegalBases.parse("NPL-SSF|PAYROLL|IDENTITY|LEGAL_OBLIGATION|x"));
        assertThrows(
                IllegalArgumentException.class,
                () -> LegalBases.parse("NPL-SSF|STATISTICS|SHOE_SIZE|LEGAL_OBLIGATION|x"));
        assertThrows(IllegalArgumentException.class, () -> LegalBases.parse("NPL-SSF|STATISTICS|IDENTITY|CONSENT|x"));
    }
}
