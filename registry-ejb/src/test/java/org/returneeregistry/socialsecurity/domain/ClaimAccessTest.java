package org.returneeregistry.socialsecurity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.socialsecurity.domain.ClaimAccess.Grant;

/** Who may see and act on a claim opened by NPL-DOFE and addressed to QAT-GOSI. */
class ClaimAccessTest {

    @ParameterizedTest(name = "officer={0} partner={1} org={2} -> {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                // the home institution's officers act on it
                "true,  false, NPL-DOFE, ACT",
                // an officer of another institution sees nothing
                "true,  false, NPL-SSF,  NONE",
                // the partner it is addressed to reads it
                "false, true,  QAT-GOSI, READ",
                // another partner institution sees nothing
                "false, true,  ARE-GPSSA, NONE",
                // a partner institution's token naming the home institution does not make it an officer
                "false, true,  NPL-DOFE, NONE",
                // an officer role in the partner's organisation does not act on the home institution's claim
                "true,  false, QAT-GOSI, NONE",
                // neither role
                "false, false, NPL-DOFE, NONE",
                "false, false, QAT-GOSI, NONE",
                // no organisation
                "true,  true,  null,     NONE"
            })
    void grants(boolean officer, boolean partner, String organisation, Grant expected) {
        assertEquals(expected, ClaimAccess.of(officer, partner, organisation, "NPL-DOFE", "QAT-GOSI"));
    }

    @org.junit.jupiter.api.Test
    void everyPartnerAskedReadsAClaimOfSeveralInstitutionsAndNoneActsOnIt() {
        java.util.List<String> asked = java.util.List.of("QAT-GOSI", "QAT-EII");
        assertEquals(Grant.READ, ClaimAccess.of(false, true, "QAT-GOSI", "NPL-DOFE", asked));
        assertEquals(Grant.READ, ClaimAccess.of(false, true, "QAT-EII", "NPL-DOFE", asked));
        assertEquals(Grant.NONE, ClaimAccess.of(false, true, "ARE-GPSSA", "NPL-DOFE", asked));
        assertEquals(Grant.NONE, ClaimAccess.of(true, false, "QAT-EII", "NPL-DOFE", asked));
        assertEquals(Grant.ACT, ClaimAccess.of(true, false, "NPL-DOFE", "NPL-DOFE", asked));
    }
}
