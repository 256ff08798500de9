package org.returneeregistry.socialsecurity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.codelist.CodeList;
import org.returneeregistry.shared.codelist.CodeLists;

/** The published refusal codes of a period request (codelists.xsd) and the enum the worklist works with agree. */
class PeriodRefusalCodeListTest {

    @Test
    void theXsdListsTheRefusalCodesInTheirOrder() {
        List<String> published = CodeLists.standard().find("period-request-refusal").orElseThrow().entries().stream()
                .map(CodeList.Entry::code)
                .toList();
        assertEquals(Arrays.stream(PeriodRefusal.values()).map(Enum::name).toList(), published);
        assertTrue(published.stream().allMatch(code -> code.length() <= 24), "the refusal_code column is 24 long");
    }
}
