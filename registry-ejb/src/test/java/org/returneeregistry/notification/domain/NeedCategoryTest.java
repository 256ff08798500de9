package org.returneeregistry.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.shared.codelist.CodeList;
import org.returneeregistry.shared.codelist.CodeLists;
import org.returneeregistry.shared.domain.DataCategory;

class NeedCategoryTest {

    @ParameterizedTest(name = "{0} is {1} data")
    @CsvSource({
        "MEDICAL, HEALTH",
        "PSYCHOSOCIAL, HEALTH",
        "SHELTER, VULNERABILITY",
        "LEGAL, VULNERABILITY",
        "REPATRIATION_OF_REMAINS, VULNERABILITY"
    })
    void classifiesEachUrgentNeed(String need, DataCategory category) {
        assertEquals(category, NeedCategory.of(need));
    }

    @Test
    void everyCodeOfTheUrgentNeedListHasItsRowInTheTable() {
        Map<String, DataCategory> table = new TreeMap<>(Map.of(
                "MEDICAL", DataCategory.HEALTH,
                "PSYCHOSOCIAL", DataCategory.HEALTH,
                "SHELTER", DataCategory.VULNERABILITY,
                "LEGAL", DataCategory.VULNERABILITY,
                "REPATRIATION_OF_REMAINS", DataCategory.VULNERABILITY));
        Map<String, DataCategory> classified = new TreeMap<>();
        for (CodeList.Entry need :
                CodeLists.standard().find("urgent-need").orElseThrow().entries()) {
            classified.put(need.code(), NeedCategory.of(need.code()));
        }

        assertEquals(table, classified, "a new urgent-need code needs a decision on its category, and a row above");
    }
}
