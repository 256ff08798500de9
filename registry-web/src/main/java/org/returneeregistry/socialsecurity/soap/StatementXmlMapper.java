package org.returneeregistry.socialsecurity.soap;

import org.returneeregistry.schemas.socialsecurity.v1.PeriodStatement;
import org.returneeregistry.socialsecurity.application.IssuedStatement;
import org.returneeregistry.socialsecurity.application.StatementView;

/** A statement of periods abroad as the SOAP contract carries it: what it is and both its signed forms. */
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
}
