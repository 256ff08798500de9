package org.returneeregistry.socialsecurity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodRequestMatchTest {

    @ParameterizedTest(name = "holders [{0}]: {1} {2} [{3}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "                                              | NO_MATCH           |                | ",
                "RR-0000-0042-7                                | MATCHED            | RR-0000-0042-7 | RR-0000-0042-7",
                "RR-0000-0042-7,RR-0000-0042-7                 | MATCHED            | RR-0000-0042-7 | RR-0000-0042-7",
                "RR-0000-0050-8,RR-0000-0042-7                 | SEVERAL_CANDIDATES |                | RR-0000-0042-7,RR-0000-0050-8",
                "A,B,C,D,E,F,G                                 | SEVERAL_CANDIDATES |                | A,B,C,D,E"
            })
    void oneHolderIsTheMatchNoneIsNoMatchAndSeveralAreCandidates(
            String holders, String outcome, String registryNumber, String candidates) {
        PeriodRequestMatch m = PeriodRequestMatch.of(list(holders));
        assertEquals(PeriodRequestMatch.Outcome.valueOf(outcome), m.outcome());
        assertEquals(registryNumber, m.registryNumber());
        assertEquals(list(candidates), m.candidates());
    }

    private static List<String> list(String csv) {
        return csv == null ? List.of() : Arrays.asList(csv.split(","));
    }
}
