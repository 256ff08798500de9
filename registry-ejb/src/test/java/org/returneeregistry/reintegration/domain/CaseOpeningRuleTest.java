package org.returneeregistry.reintegration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.reintegration.domain.CaseOpeningRule.Decision;
import org.returneeregistry.reintegration.domain.CaseOpeningRule.Mode;

/** When a reported return opens a case, as a table: mode, modality, needs, claims, an open case. */
class CaseOpeningRuleTest {

    @ParameterizedTest(name = "{0} {1} needs={2} claims={3} open={4} -> {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "EVERY_RETURN, END_OF_CONTRACT, '', '', false, OPEN_EVERY_RETURN",
                "EVERY_RETURN, -, '', '', false, OPEN_EVERY_RETURN",
                "EVERY_RETURN, END_OF_CONTRACT, MEDICAL, '', true, ALREADY_OPEN",
                "EVERY_RETURN, DEATH_REPATRIATION_OF_REMAINS, REPATRIATION_OF_REMAINS, '', false, NO_LIVING_RETURNEE",
                "NEEDS_OR_VULNERABILITY, END_OF_CONTRACT, '', '', false, NO_NEEDS_OR_VULNERABILITY",
                "NEEDS_OR_VULNERABILITY, -, '', '', false, NO_NEEDS_OR_VULNERABILITY",
                "NEEDS_OR_VULNERABILITY, END_OF_CONTRACT, SHELTER, '', false, OPEN_URGENT_NEEDS",
                "NEEDS_OR_VULNERABILITY, END_OF_CONTRACT, REPATRIATION_OF_REMAINS, '', false, NO_NEEDS_OR_VULNERABILITY",
                "NEEDS_OR_VULNERABILITY, END_OF_CONTRACT, '', UNPAID_WAGES, false, OPEN_VULNERABILITY",
                "NEEDS_OR_VULNERABILITY, END_OF_CONTRACT, '', END_OF_SERVICE_BENEFITS, false, NO_NEEDS_OR_VULNERABILITY",
                "NEEDS_OR_VULNERABILITY, DISTRESS_RESCUE, '', '', false, OPEN_VULNERABILITY",
                "NEEDS_OR_VULNERABILITY, DEPORTATION, '', '', false, OPEN_VULNERABILITY",
                "NEEDS_OR_VULNERABILITY, DEPORTATION, '', '', true, ALREADY_OPEN",
            })
    void decides(Mode mode, String modality, String needs, String claims, boolean open, Decision expected) {
        Decision decision = CaseOpeningRule.decide(mode, modality, codes(needs), codes(claims), open);
        assertEquals(expected, decision);
        assertEquals(expected.name().startsWith("OPEN_"), decision.opens());
    }

    private static List<String> codes(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split(" "));
    }
}
