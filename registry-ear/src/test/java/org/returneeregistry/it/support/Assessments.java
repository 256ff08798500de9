package org.returneeregistry.it.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.returneeregistry.schemas.socialsecurity.v1.AssessmentRequest;
import org.returneeregistry.schemas.socialsecurity.v1.InsurancePeriod;
import org.returneeregistry.schemas.socialsecurity.v1.PeriodTotal;

/** Assessment requests of the social security service's SOAP contract. */
public final class Assessments {

    private Assessments() {}

    /** Eighteen years at home and twenty-four in Qatar, for an old-age benefit under the agreement. */
    public static AssessmentRequest soapUnder(String agreementId) {
        AssessmentRequest request = new AssessmentRequest();
        request.setAgreementId(agreementId);
        request.setBenefit("OLD_AGE");
        request.getPeriod().add(period("NPL", "1980-01-01", "1997-12-31", "HOME_INSTITUTION"));
        request.getPeriod().add(period("QAT", "1998-01-01", "2021-12-31", "PARTNER_CERTIFIED"));
        return request;
    }

    public static InsurancePeriod period(String country, String from, String to, String source) {
        InsurancePeriod p = new InsurancePeriod();
        p.setCountry(country);
        p.setFrom(LocalDate.parse(from));
        p.setTo(LocalDate.parse(to));
        p.setType("COMPULSORY_EMPLOYED");
        p.setSource(source);
        return p;
    }

    public static PeriodTotal total(String amount, String unit) {
        PeriodTotal total = new PeriodTotal();
        total.setAmount(new BigDecimal(amount));
        total.setUnit(unit);
        return total;
    }
}
