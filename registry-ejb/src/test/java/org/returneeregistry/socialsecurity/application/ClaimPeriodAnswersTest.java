package org.returneeregistry.socialsecurity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.exchange.application.PartnerPeriodAnswer;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.socialsecurity.domain.Benefit;
import org.returneeregistry.socialsecurity.domain.InsurancePeriod;
import org.returneeregistry.socialsecurity.domain.PeriodSource;
import org.returneeregistry.socialsecurity.domain.PeriodUnit;

/** A partner's certified periods are read whole, or refused whole with every violation named. */
class ClaimPeriodAnswersTest {

    private static PartnerPeriodAnswer.Period period(String from, String to, String type, String unit) {
        return new PartnerPeriodAnswer.Period(
                "GOSI-1",
                "QAT-GOSI",
                from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                type,
                null,
                List.of("OLD_AGE"),
                unit == null ? null : new BigDecimal("40"),
                unit);
    }

    @Test
    void certifiedPeriodsOfThePartnersCountry() {
        List<InsurancePeriod> periods = ClaimPeriodAnswers.periods(new PartnerPeriodAnswer(
                "c",
                "QAT",
                List.of(
                        period("1998-01-01", "2021-12-31", "COMPULSORY_EMPLOYED", null),
                        period("2022-01-01", null, "VOLUNTARY", "WEEKS"))));
        assertEquals(2, periods.size());
        assertEquals("QAT", periods.get(0).country());
        assertEquals(PeriodSource.PARTNER_CERTIFIED, periods.get(0).source());
        assertEquals(java.util.Set.of(Benefit.OLD_AGE), periods.get(0).relevance());
        assertEquals(PeriodUnit.WEEKS, periods.get(1).total().unit());
    }

    @Test
    void anInvalidAnswerIsRefusedWholeWithEveryViolation() {
        RegistryException refused = assertThrows(
                RegistryException.class,
                () -> ClaimPeriodAnswers.periods(new PartnerPeriodAnswer(
                        "c",
                        "qatar",
                        List.of(
                                period("1998-01-01", "2021-12-31", "COMPULSORY_EMPLOYED", null),
                                period("2021-12-31", "1998-01-01", "COMPULSORY_EMPLOYED", null),
                                period("1998-01-01", null, "HOLIDAY", "FORTNIGHTS")))));
        assertEquals(ErrorCode.VALIDATION_FAILED, refused.code());
        assertEquals(
                List.of(
                        "answer.country",
                        "answer.period[1].to",
                        "answer.period[2].periodType",
                        "answer.period[2].totalUnit"),
                refused.violations().stream().map(Violation::field).toList());
    }
}
