package org.returneeregistry.reintegration.soap;

import org.returneeregistry.reintegration.application.CreateReferral;
import org.returneeregistry.reintegration.application.ReferralEventView;
import org.returneeregistry.reintegration.application.ReferralQuery;
import org.returneeregistry.reintegration.application.ReferralSummary;
import org.returneeregistry.reintegration.application.ReferralView;
import org.returneeregistry.schemas.referral.v1.NewReferral;
import org.returneeregistry.schemas.referral.v1.Referral;
import org.returneeregistry.schemas.referral.v1.ReferralEvent;
import org.returneeregistry.schemas.referral.v1.ReferralPage;
import org.returneeregistry.shared.domain.Page;

/** Converts between the contract's referral types and the reintegration context's commands and views. */
public final class ReferralXmlMapper {

    private ReferralXmlMapper() {}

    public static CreateReferral toCommand(NewReferral xml) {
        return xml == null
                ? new CreateReferral(null, null, null, null)
                : new CreateReferral(xml.getRegistryNumber(), xml.getService(), xml.getRecipient(), xml.getReason());
    }

    public static ReferralQuery toQuery(org.returneeregistry.schemas.referral.v1.ReferralQuery xml) {
        return xml == null
                ? new ReferralQuery(null, null, null, null, null)
                : new ReferralQuery(
                        xml.getRegistryNumber(), xml.getStatus(), xml.getService(), xml.getPage(), xml.getPageSize());
    }

    public static Referral toXml(ReferralView view) {
        Referral xml = new Referral();
        xml.setReferralId(view.referralId());
        xml.setRegistryNumber(view.registryNumber());
        xml.setService(view.service());
        xml.setPurpose(view.purpose());
        xml.setPurposeDpv(view.purposeDpv());
        xml.setRecipient(view.recipient());
        xml.setSource(view.source());
        xml.setNotification(view.notification());
        xml.setReason(view.reason());
        xml.setStatus(view.status());
        xml.setDeclineReason(view.declineReason());
        xml.setOutcome(view.outcome());
        xml.setOutcomeNote(view.outcomeNote());
        xml.setVersion(view.version());
        xml.setCreatedAt(view.createdAt());
        xml.setUpdatedAt(view.updatedAt());
        view.history().forEach(e -> xml.getEvent().add(toXml(e)));
        return xml;
    }

    private static ReferralEvent toXml(ReferralEventView view) {
        ReferralEvent xml = new ReferralEvent();
        xml.setSequence(view.sequence());
        xml.setStatus(view.status());
        xml.setAt(view.at());
        xml.setActor(view.actor());
        xml.setNote(view.note());
        return xml;
    }

    public static ReferralPage toXml(Page<ReferralSummary> page) {
        ReferralPage xml = new ReferralPage();
        xml.setPage(page.page());
        xml.setPageSize(page.pageSize());
        xml.setTotalCount(page.totalCount());
        page.items().forEach(s -> {
            var summary = new org.returneeregistry.schemas.referral.v1.ReferralSummary();
            summary.setReferralId(s.referralId());
            summary.setRegistryNumber(s.registryNumber());
            summary.setService(s.service());
            summary.setRecipient(s.recipient());
            summary.setStatus(s.status());
            summary.setCreatedAt(s.createdAt());
            summary.setUpdatedAt(s.updatedAt());
            xml.getReferral().add(summary);
        });
        return xml;
    }
}
