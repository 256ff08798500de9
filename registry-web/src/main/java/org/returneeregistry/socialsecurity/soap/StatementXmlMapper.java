package org.returneeregistry.socialsecurity.soap;

import java.util.List;
import org.returneeregistry.schemas.socialsecurity.v1.DecisionNotice;
import org.returneeregistry.schemas.socialsecurity.v1.DecisionNotices;
import org.returneeregistry.schemas.socialsecurity.v1.PeriodStatement;
import org.returneeregistry.socialsecurity.application.DecisionNoticeView;
import org.returneeregistry.socialsecurity.application.IssuedNotice;
import org.returneeregistry.socialsecurity.application.IssuedStatement;
import org.returneeregistry.socialsecurity.application.StatementView;

/**
 * The registry's signed documents to people as the SOAP contract carries them — a statement of periods abroad, a
 * claim's decision notices: what each is and both its signed forms.
 */
final class StatementXmlMapper {

    private StatementXmlMapper() {}

    static PeriodStatement toXml(IssuedStatement issued) {
        StatementView v = issued.view();
        PeriodStatement xml = new PeriodStatement();
        xml.setStatementId(v.statementId());
        xml.setRegistryNumber(v.registryNumber());
        xml.setIssuer(v.issuer());
        xml.setIssuedAt(v.issuedAt());
        xml.setKeyId(v.keyId());
        xml.setPeriodCount(v.periodCount());
        xml.setDigest(v.digest());
        xml.setVerificationUrl(v.verificationUrl());
        xml.setSignedJson(issued.document().signedJson());
        xml.setSignedPdf(issued.document().signedPdf());
        return xml;
    }

    static DecisionNotices toXml(List<IssuedNotice> issued) {
        DecisionNotices xml = new DecisionNotices();
        for (IssuedNotice n : issued) {
            DecisionNoticeView v = n.view();
            DecisionNotice notice = new DecisionNotice();
            notice.setNoticeId(v.noticeId());
            notice.setClaimId(v.claimId());
            notice.setDecision(v.decision());
            notice.setDecisionSequence(v.decisionSequence());
            notice.setIssuedAt(v.issuedAt());
            notice.setIssuedBy(v.issuedBy());
            notice.setKeyId(v.keyId());
            notice.setDigest(v.digest());
            notice.setVerificationUrl(v.verificationUrl());
            notice.setSignedJson(n.document().signedJson());
            notice.setSignedPdf(n.document().signedPdf());
            xml.getNotice().add(notice);
        }
        return xml;
    }
}
