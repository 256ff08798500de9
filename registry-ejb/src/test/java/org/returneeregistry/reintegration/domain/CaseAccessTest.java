package org.returneeregistry.reintegration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may see and work a case, as a table: operator or not, the caller's organisation, the holding centre. */
class CaseAccessTest {

    @ParameterizedTest(name = "operator={0} caller={1} centre={2} -> {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "true, NPL-DOFE, NPL-MRC-KTM, true",
                "true, NPL-DOFE, -, true",
                "false, NPL-MRC-KTM, NPL-MRC-KTM, true",
                "false, NPL-MRC-PKR, NPL-MRC-KTM, false",
                "false, NPL-MRC-KTM, -, false",
                "false, NPL-MOHP, NPL-MRC-KTM, false",
                "false, -, -, false"
            })
    void onlyTheOperatorAndTheHoldingCentreWorkACase(
            boolean operator, String organisation, String centre, boolean mayWork) {
        assertEquals(mayWork, CaseAccess.mayWork(operator, organisation, centre));
    }
}
