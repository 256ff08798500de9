package org.returneeregistry.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.codelist.CodeList;
import org.returneeregistry.shared.codelist.CodeLists;

/** The published agreement code lists (codelists.xsd) and the enums the agreement context works with agree. */
class AgreementCodeListsTest {

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
        assertEquals(names(AgreementType.values()), published("agreement-type"));
        assertEquals(names(AgreementStatus.values()), published("agreement-status"));
        assertEquals(names(Direction.values()), published("exchange-direction"));
        assertEquals(names(ScopeLegalBasis.values()), published("scope-legal-basis"));
        assertEquals(names(EndpointTransport.values()), published("endpoint-transport"));
        assertEquals(names(MessageType.values()), published("message-type"));
    }

    @Test
    void everyMessageTypeFitsItsColumn() {
        assertTrue(published("message-type").stream().allMatch(code -> code.length() <= MessageType.LENGTH));
    }
}
