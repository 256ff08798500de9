package org.returneeregistry.socialsecurity.soap;

import java.util.List;
import org.returneeregistry.schemas.socialsecurity.v1.AssessmentRequest;
import org.returneeregistry.schemas.socialsecurity.v1.AssessmentResult;
import org.returneeregistry.schemas.socialsecurity.v1.InsurancePeriod;
import org.returneeregistry.schemas.socialsecurity.v1.PeriodTotal;
import org.returneeregistry.schemas.socialsecurity.v1.TraceEntry;
import org.returneeregistry.schemas.socialsecurity.v1.YearCredit;
import org.returneeregistry.socialsecurity.application.AssessPeriods;
import org.returneeregistry.socialsecurity.application.AssessmentView;
import org.returneeregistry.socialsecurity.application.PeriodInput;
import org.returneeregistry.socialsecurity.application.PeriodTotalInput;
import org.returneeregistry.socialsecurity.domain.Assessment;

/** Between the social security contract's JAXB types and the application's commands and answers. */
final class SocialSecurityXmlMapper {

    private SocialSecurityXmlMapper() {}

    /** The contract's name of a field the application names: {@code periods[0].to} is {@code assessment.period[0].to}. */
    static String soapField(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("periods")) {
            return "assessment.period" + field.substring("periods".length());
        }
        return "assessment." + field;
    }

    static AssessPeriods toCommand(AssessmentRequest request) {
        if (request == null) {
            return new AssessPeriods(null, null, null, null, null);
        }
        return new AssessPeriods(
                request.getAgreementId(),
                null,
                request.getBenefit(),
                request.getAsOf(),
                request.getPeriod().stream()
                        .map(SocialSecurityXmlMapper::period)
                        .toList());
    }

    static PeriodInput period(InsurancePeriod p) {
        if (p == null) {
            return null;
        }
        PeriodTotal total = p.getTotal();
        return new PeriodInput(
                p.getReference(),
                p.getCountry(),
                p.getInstitution(),
                p.getFrom(),
                p.getTo(),
                p.getType(),
                p.getScheme(),
                p.getRelevance().isEmpty() ? null : List.copyOf(p.getRelevance()),
                total == null ? null : new PeriodTotalInput(total.getAmount(), total.getUnit()),
                p.getOccupation(),
                p.getEarnings(),
                p.getContributions(),
                p.getSource());
    }

    static AssessmentResult toXml(AssessmentView view) {
        Assessment a = view.assessment();
        AssessmentResult r = new AssessmentResult();
        r.setAgreementId(view.agreementId());
        r.setSectionVersion(view.sectionVersion() == null ? 0 : view.sectionVersion());
        r.setRuleSet(a.ruleSet());
        r.setCountry(a.country());
        r.setBenefit(a.benefit().name());
        r.setUnit(a.unit().name());
        r.setOutcome(a.outcome().name());
        r.setOwnPeriods(a.ownPeriods());
        r.setForeignPeriods(a.foreignPeriods());
        r.setTotalisedPeriods(a.totalisedPeriods());
        r.setForeignAdded(a.foreignAdded());
        for (Assessment.YearCredit y : a.years()) {
            YearCredit credit = new YearCredit();
            credit.setYear(y.year());
            credit.setOwn(y.own());
            credit.setForeign(y.foreign());
            r.getYear().add(credit);
        }
        r.setIndependentAmount(a.independentAmount());
        r.setTheoreticalAmount(a.theoreticalAmount());
        r.setProRataAmount(a.proRataAmount());
        r.setPayableAmount(a.payableAmount());
        r.setPayableBasis(a.payableBasis());
        a.trace().forEach(t -> {
            TraceEntry entry = new TraceEntry();
            entry.setStep(t.step());
            entry.setText(t.text());
            r.getTrace().add(entry);
        });
        return r;
    }
}
