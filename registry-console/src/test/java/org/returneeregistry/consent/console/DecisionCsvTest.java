package org.returneeregistry.consent.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.returneeregistry.consent.application.DecisionView;
import org.returneeregistry.shared.domain.DataCategory;

class DecisionCsvTest {

    @Test
    void aCellIsQuotedWhenItMustBeAndAFormulaIsNeutralised() {
        assertEquals("", DecisionCsv.cell(null));
        assertEquals("plain", DecisionCsv.cell("plain"));
        assertEquals("\"a,b\"", DecisionCsv.cell("a,b"));
        assertEquals("\"say \"\"no\"\"\"", DecisionCsv.cell("say \"no\""));
        assertEquals("'=HYPERLINK(1)", DecisionCsv.cell("=HYPERLINK(1)"));
        assertEquals("\"'+1,2\"", DecisionCsv.cell("+1,2"));
    }

    @Test
    void oneRowPerEntryUnderTheHeader() {
        DecisionView deny = new DecisionView(
                7L,
                3L,
                Instant.parse("2026-12-07T01:02:03Z"),
                "NPL-MOHP",
                "npl-mohp",
                "CONSOLE",
                "abc",
                "SKILLS_RECOGNITION",
                Set.of(DataCategory.IDENTITY, DataCategory.CONTACT),
                Set.of(),
                "DENY",
                "NO_CONSENT",
                "3",
                null,
                null,
                null,
                "req",
                "prev",
                "hash",
                "seal");
        String csv = DecisionCsv.of(List.of(deny));
        assertEquals(
                DecisionCsv.HEADER + "\r\n"
                        + "7,3,2026-12-07T01:02:03Z,NPL-MOHP,npl-mohp,CONSOLE,abc,SKILLS_RECOGNITION,"
                        + "\"CONTACT, IDENTITY\",,DENY,NO_CONSENT,3,,,hash\r\n",
                csv);
    }
}
