package org.returneeregistry.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.codelist.CodeList;
import org.returneeregistry.shared.codelist.CodeLists;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/** The published consent code lists (codelists.xsd) and the enums the decision point works with are the same codes. */
class ConsentCodeListsTest {

    private static List<String> published(String list) {
        return CodeLists.standard().find(list).orElseThrow().entries().stream()
                .map(CodeList.Entry::code)
                .toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Test
    void theXsdListsTheEnumsCodesInTheirOrder() {
        assertEquals(names(Purpose.values()), published("consent-purpose"));
        assertEquals(names(DataCategory.values()), published("data-category"));
        assertEquals(names(LegalBasis.values()), published("legal-basis"));
        assertEquals(names(ConsentMethod.values()), published("consent-method"));
        assertEquals(names(ConsentStatus.values()), published("consent-status"));
    }
}
