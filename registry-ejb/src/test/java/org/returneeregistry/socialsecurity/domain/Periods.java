package org.returneeregistry.socialsecurity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** Short ways to write periods in tests. */
final class Periods {

    private Periods() {}

    static InsurancePeriod dated(String country, String from, String to, PeriodType type) {
        return new InsurancePeriod(
                null,
                country,
                null,
                LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                type,
                null,
                Set.of(),
                null,
                null,
                null,
                null,
                PeriodSource.HOME_INSTITUTION);
    }

    static InsurancePeriod employed(String country, String from, String to) {
        return dated(country, from, to, PeriodType.COMPULSORY_EMPLOYED);
    }

    static InsurancePeriod stated(String country, String from, String to, String amount, PeriodUnit unit) {
        return new InsurancePeriod(
                null,
                country,
                null,
                LocalDate.parse(from),
                LocalDate.parse(to),
                PeriodType.COMPULSORY_EMPLOYED,
                null,
                Set.of(),
                new PeriodTotal(new BigDecimal(amount), unit),
                null,
                null,
                null,
                PeriodSource.PARTNER_CERTIFIED);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
