package org.returneeregistry.socialsecurity.soap;

import java.util.List;
import org.returneeregistry.schemas.socialsecurity.v1.AnsweredPeriod;
import org.returneeregistry.schemas.socialsecurity.v1.InsurancePeriod;
import org.returneeregistry.schemas.socialsecurity.v1.PartnerDecision;
import org.returneeregistry.schemas.socialsecurity.v1.PeriodRequest;
import org.returneeregistry.schemas.socialsecurity.v1.PeriodRequestIdentifier;
import org.returneeregistry.schemas.socialsecurity.v1.PeriodRequestMatch;
import org.returneeregistry.schemas.socialsecurity.v1.PeriodRequestPage;
import org.returneeregistry.schemas.socialsecurity.v1.TraceEntry;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.socialsecurity.application.AnswerPeriodRequest;
import org.returneeregistry.socialsecurity.application.PeriodInput;
import org.returneeregistry.socialsecurity.application.PeriodRequestView;
import org.returneeregistry.socialsecurity.domain.PeriodSource;

/** The SOAP wire types of the period request worklist, to and from the service's types. */
final class PeriodRequestXmlMapper {

    private PeriodRequestXmlMapper() {}

    /** The answer: the institution's own periods (their source is its own record) or a refusal. */
    static AnswerPeriodRequest toCommand(List<InsurancePeriod> periods, String refusal, String reason) {
        return new AnswerPeriodRequest(
                periods == null || periods.isEmpty()
                        ? null
                        : periods.stream()
                                .map(SocialSecurityXmlMapper::period)
                                .map(PeriodRequestXmlMapper::ownRecord)
                                .toList(),
                refusal,
                reason);
    }

    private static PeriodInput ownRecord(PeriodInput p) {
        return p == null
                ? null
                : new PeriodInput(
                        p.reference(),
                        p.country(),
                        p.institution(),
                        p.from(),
                        p.to(),
                        p.type(),
                        p.scheme(),
                        p.relevance(),
                        p.total(),
                        p.occupation(),
                        p.earnings(),
                        p.contributions(),
                        PeriodSource.HOME_INSTITUTION.name());
    }

    static PeriodRequestPage toXml(Page<PeriodRequestView> page) {
        PeriodRequestPage xml = new PeriodRequestPage();
        page.items().forEach(v -> xml.getPeriodRequest().add(toXml(v)));
        xml.setTotalCount(page.totalCount());
        return xml;
    }

    static PeriodRequest toXml(PeriodRequestView v) {
        PeriodRequest xml = new PeriodRequest();
        xml.setRequestId(v.requestId());
        xml.setVersion(v.version());
        xml.setSenderInstitution(v.senderInstitution());
        xml.setAgreementId(v.agreementId());
        xml.setPartnerClaimId(v.partnerClaimId());
        xml.setBenefit(v.benefit());
        for (PeriodRequestView.Identifier i : v.identifiers()) {
            PeriodRequestIdentifier identifier = new PeriodRequestIdentifier();
            identifier.setType(i.type());
            identifier.setNumber(i.number());
            identifier.setIssuingCountry(i.issuingCountry());
            xml.getIdentifier().add(identifier);
        }
        xml.setFirstMessageId(v.firstMessageId());
        xml.setLatestMessageId(v.latestMessageId());
        xml.setRemindersReceived(v.remindersReceived());
        xml.setReceivedAt(v.receivedAt());
        xml.setLastReceivedAt(v.lastReceivedAt());
        xml.setStatus(v.status());
        xml.setAnswerMessageId(v.answerMessageId());
        xml.setAnswerDelivery(v.answerDelivery());
        xml.setAnsweredAt(v.answeredAt());
        xml.setAnsweredBy(v.answeredBy());
        for (PeriodRequestView.Period p : v.periods()) {
            AnsweredPeriod period = new AnsweredPeriod();
            period.setReference(p.reference());
            period.setInstitution(p.institution());
            period.setFrom(p.from());
            period.setTo(p.to());
            period.setType(p.periodType());
            period.setScheme(p.scheme());
            period.getRelevance().addAll(p.relevance());
            period.setTotalAmount(p.totalAmount());
            period.setTotalUnit(p.totalUnit());
            xml.getPeriod().add(period);
        }
        xml.setRefusal(v.refusalCode());
        xml.setRefusalReason(v.refusalReason());
        PeriodRequestView.Decision d = v.decision();
        if (d != null) {
            PartnerDecision decision = new PartnerDecision();
            decision.setMessageId(d.messageId());
            decision.setDecision(d.decision());
            decision.setOutcome(d.outcome());
            decision.setPayableAmount(d.payableAmount());
            decision.setPayableBasis(d.payableBasis());
            decision.setTotalisedPeriods(d.totalisedPeriods());
            decision.setPeriodUnit(d.periodUnit());
            decision.setAssessedAsOf(d.assessedAsOf());
            decision.setDecidedAt(d.decidedAt());
            decision.setReason(d.reason());
            for (var t : d.trace()) {
                TraceEntry entry = new TraceEntry();
                entry.setStep(t.step());
                entry.setText(t.text());
                decision.getTrace().add(entry);
            }
            decision.setReceivedAt(d.receivedAt());
            xml.setPartnerDecision(decision);
        }
        PeriodRequestMatch match = new PeriodRequestMatch();
        match.setOutcome(v.match().outcome());
        match.setRegistryNumber(v.match().registryNumber());
        match.getCandidate().addAll(v.match().candidates());
        xml.setMatch(match);
        return xml;
    }
}
