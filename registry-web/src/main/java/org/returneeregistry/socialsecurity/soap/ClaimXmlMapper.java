package org.returneeregistry.socialsecurity.soap;

import org.returneeregistry.schemas.socialsecurity.v1.Claim;
import org.returneeregistry.schemas.socialsecurity.v1.ClaimDecision;
import org.returneeregistry.schemas.socialsecurity.v1.ClaimPeriod;
import org.returneeregistry.schemas.socialsecurity.v1.ClaimRequest;
import org.returneeregistry.schemas.socialsecurity.v1.ClaimTransition;
import org.returneeregistry.schemas.socialsecurity.v1.InsurancePeriod;
import org.returneeregistry.schemas.socialsecurity.v1.PeriodTotal;
import org.returneeregistry.schemas.socialsecurity.v1.TraceEntry;
import org.returneeregistry.socialsecurity.application.ClaimView;
import org.returneeregistry.socialsecurity.application.CreateClaim;

/** Between the claim operations' JAXB types and the application's commands and views. */
final class ClaimXmlMapper {

    private ClaimXmlMapper() {}

    /** The contract's name of a field the application names: {@code periods[0].to} is {@code period[0].to}. */
    static String soapField(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("periods")) {
            return "period" + field.substring("periods".length());
        }
        return field;
    }

    static CreateClaim toCommand(ClaimRequest r) {
        if (r == null) {
            return new CreateClaim(null, null, null, null, null, null, null, null);
        }
        java.util.List<String> partners = null;
        if (!r.getAdditionalPartnerInstitution().isEmpty()) {
            partners = new java.util.ArrayList<>();
            partners.add(r.getPartnerInstitution());
            partners.addAll(r.getAdditionalPartnerInstitution());
        }
        return new CreateClaim(
                r.getRegistryNumber(),
                r.getBenefit(),
                r.getAgreementId(),
                r.getPartnerInstitution(),
                partners,
                r.getClaimantKind(),
                r.getClaimantName(),
                r.getClaimantRelationship(),
                r.getReason());
    }

    static Claim toXml(ClaimView v) {
        Claim xml = new Claim();
        xml.setClaimId(v.claimId());
        xml.setVersion(v.version());
        xml.setRegistryNumber(v.registryNumber());
        xml.setBenefit(v.benefit());
        xml.setAgreementId(v.agreementId());
        xml.setHomeInstitution(v.homeInstitution());
        xml.setPartnerInstitution(v.partnerInstitution());
        xml.setClaimantKind(v.claimantKind());
        xml.setClaimantName(v.claimantName());
        xml.setClaimantRelationship(v.claimantRelationship());
        xml.setStatus(v.status());
        xml.setPeriodsRequestedAt(v.periodsRequestedAt());
        xml.setRequestMessageId(v.requestMessageId());
        xml.setRemindersSent(v.remindersSent());
        xml.setLastReminderAt(v.lastReminderAt());
        xml.setAwaiting(v.awaiting());
        xml.setDecisionMessageId(v.decisionMessageId());
        xml.setDecisionDelivery(v.decisionDelivery());
        if (v.decision() != null) {
            ClaimView.Decision d = v.decision();
            ClaimDecision decision = new ClaimDecision();
            decision.setOutcome(d.outcome());
            decision.setPayableAmount(d.payableAmount());
            decision.setPayableBasis(d.payableBasis());
            decision.setTotalisedPeriods(d.totalisedPeriods());
            decision.setUnit(d.unit());
            decision.setSectionVersion(d.sectionVersion());
            decision.setAsOf(d.asOf());
            for (var t : d.trace()) {
                TraceEntry entry = new TraceEntry();
                entry.setStep(t.step());
                entry.setText(t.text());
                decision.getTrace().add(entry);
            }
            xml.setDecision(decision);
        }
        for (ClaimView.Period p : v.periods()) {
            ClaimPeriod period = new ClaimPeriod();
            period.setSequence(p.sequence());
            period.setPeriod(period(p.period()));
            period.setMessageId(p.messageId());
            period.setAddedAt(p.addedAt());
            period.setAddedBy(p.addedBy());
            xml.getPeriod().add(period);
        }
        for (ClaimView.Transition t : v.transitions()) {
            ClaimTransition transition = new ClaimTransition();
            transition.setSequence(t.sequence());
            transition.setFrom(t.from());
            transition.setTo(t.to());
            transition.setAction(t.action());
            transition.setAt(t.at());
            transition.setBy(t.by());
            transition.setReason(t.reason());
            xml.getTransition().add(transition);
        }
        for (ClaimView.Partner p : v.partners()) {
            var partner = new org.returneeregistry.schemas.socialsecurity.v1.ClaimPartner();
            partner.setInstitution(p.institution());
            partner.setStanding(p.standing());
            partner.setRequestMessageId(p.requestMessageId());
            partner.setRequestedAt(p.requestedAt());
            partner.setRemindersSent(p.remindersSent());
            partner.setLastReminderAt(p.lastReminderAt());
            partner.setAwaiting(p.awaiting());
            partner.setAnswerMessageId(p.answerMessageId());
            partner.setClosedAt(p.closedAt());
            partner.setDecisionMessageId(p.decisionMessageId());
            partner.setDecisionDelivery(p.decisionDelivery());
            xml.getPartner().add(partner);
        }
        xml.setCreatedAt(v.createdAt());
        xml.setUpdatedAt(v.updatedAt());
        return xml;
    }

    private static InsurancePeriod period(org.returneeregistry.socialsecurity.domain.InsurancePeriod p) {
        InsurancePeriod xml = new InsurancePeriod();
        xml.setReference(p.reference());
        xml.setCountry(p.country());
        xml.setInstitution(p.institution());
        xml.setFrom(p.from());
        xml.setTo(p.to());
        xml.setType(p.type().name());
        xml.setScheme(p.scheme());
        p.relevance().stream().map(Enum::name).sorted().forEach(xml.getRelevance()::add);
        if (p.total() != null) {
            PeriodTotal total = new PeriodTotal();
            total.setAmount(p.total().amount());
            total.setUnit(p.total().unit().name());
            xml.setTotal(total);
        }
        xml.setOccupation(p.occupation());
        xml.setEarnings(p.earnings());
        xml.setContributions(p.contributions());
        xml.setSource(p.source().name());
        return xml;
    }
}
