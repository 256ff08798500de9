package org.returneeregistry.agreement.soap;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.returneeregistry.agreement.application.AgreementParty;
import org.returneeregistry.agreement.application.AgreementScope;
import org.returneeregistry.agreement.application.AgreementSummary;
import org.returneeregistry.agreement.application.AgreementView;
import org.returneeregistry.agreement.application.AmendAgreement;
import org.returneeregistry.agreement.application.RegisterAgreement;
import org.returneeregistry.schemas.agreement.v1.Agreement;
import org.returneeregistry.schemas.agreement.v1.AgreementAmendment;
import org.returneeregistry.schemas.agreement.v1.AgreementEvent;
import org.returneeregistry.schemas.agreement.v1.AgreementPage;
import org.returneeregistry.schemas.agreement.v1.AgreementRegistration;
import org.returneeregistry.schemas.agreement.v1.PartnerCertificate;
import org.returneeregistry.schemas.agreement.v1.PartnerEndpoint;
import org.returneeregistry.schemas.agreement.v1.Party;
import org.returneeregistry.schemas.agreement.v1.ScopeRow;
import org.returneeregistry.shared.domain.Page;

/** Converts between the agreement contract's XML types and the agreement application types. */
final class AgreementXmlMapper {

    /** The terms' fields the SOAP contract names otherwise than the application (and REST) does. */
    private static final Map<String, String> SOAP_NAMES = Map.of("parties", "party", "scope", "scopeRow");

    private AgreementXmlMapper() {}

    /**
     * A violated field as the SOAP contract names it: {@code parties[1].institution} is
     * {@code party[1].institution}, {@code scope[0]} is {@code scopeRow[0]}; other names are the same.
     */
    static String soapField(String field) {
        if (field == null) {
            return null;
        }
        for (Map.Entry<String, String> name : SOAP_NAMES.entrySet()) {
            String rest = name.getKey();
            if (field.equals(rest) || field.startsWith(rest + "[") || field.startsWith(rest + ".")) {
                return name.getValue() + field.substring(rest.length());
            }
        }
        return field;
    }

    static RegisterAgreement toCommand(AgreementRegistration xml) {
        return new RegisterAgreement(
                xml.getType(),
                xml.getTitle(),
                xml.getLegalReference(),
                xml.getSignatureDate(),
                xml.getEntryIntoForceDate(),
                xml.getValidFrom(),
                xml.getValidUntil(),
                xml.getRetentionDays(),
                parties(xml.getParty()),
                scope(xml.getScopeRow()),
                xml.getReason(),
                xml.getAgreementId());
    }

    static AmendAgreement toCommand(AgreementAmendment xml) {
        return new AmendAgreement(
                xml.getTitle(),
                xml.getLegalReference(),
                xml.getSignatureDate(),
                xml.getEntryIntoForceDate(),
                xml.getValidFrom(),
                xml.getValidUntil(),
                xml.getRetentionDays(),
                parties(xml.getParty()),
                scope(xml.getScopeRow()),
                xml.getReason());
    }

    /** A schema-validated positive integer as an int; one beyond int's range stays out of every range checked. */
    static Integer number(BigInteger value) {
        if (value == null) {
            return null;
        }
        return value.bitLength() > 31 ? Integer.MAX_VALUE : value.intValue();
    }

    private static List<AgreementParty> parties(List<Party> parties) {
        return parties.stream()
                .map(p -> new AgreementParty(p.getCountry(), p.getInstitution()))
                .toList();
    }

    private static List<AgreementScope> scope(List<ScopeRow> rows) {
        return rows.stream()
                .map(r -> new AgreementScope(
                        r.getDirection(), r.getMessageType(), r.getCategory(), r.getPurpose(), r.getLegalBasis()))
                .toList();
    }

    static Agreement toXml(AgreementView v) {
        Agreement xml = new Agreement();
        xml.setAgreementId(v.agreementId());
        xml.setType(v.type());
        xml.setStatus(v.status());
        xml.setCurrentVersion(v.currentVersion());
        xml.setVersion(v.version());
        xml.setTitle(v.title());
        xml.setLegalReference(v.legalReference());
        xml.setSignatureDate(v.signatureDate());
        xml.setEntryIntoForceDate(v.entryIntoForceDate());
        xml.setValidFrom(v.validFrom());
        xml.setValidUntil(v.validUntil());
        xml.setRetentionDays(v.retentionDays());
        v.parties().forEach(p -> {
            Party party = new Party();
            party.setCountry(p.country());
            party.setInstitution(p.institution());
            xml.getParty().add(party);
        });
        v.scope().forEach(s -> {
            ScopeRow row = new ScopeRow();
            row.setDirection(s.direction());
            row.setMessageType(s.messageType());
            row.setCategory(s.category());
            row.setPurpose(s.purpose());
            row.setLegalBasis(s.legalBasis());
            xml.getScopeRow().add(row);
        });
        xml.setVersionCreatedAt(v.versionCreatedAt());
        xml.setVersionCreatedBy(v.versionCreatedBy());
        xml.setVersionReason(v.versionReason());
        v.endpoints().forEach(e -> {
            PartnerEndpoint endpoint = new PartnerEndpoint();
            endpoint.setInstitution(e.institution());
            endpoint.setTransport(e.transport());
            endpoint.setUrl(e.url());
            endpoint.setUpdatedAt(e.updatedAt());
            endpoint.setUpdatedBy(e.updatedBy());
            xml.getEndpoint().add(endpoint);
        });
        v.certificates().forEach(c -> {
            PartnerCertificate certificate = new PartnerCertificate();
            certificate.setCertificateId(c.certificateId());
            certificate.setInstitution(c.institution());
            certificate.setSubject(c.subject());
            certificate.setIssuer(c.issuer());
            certificate.setSerialNumber(c.serialNumber());
            certificate.setSha256Fingerprint(c.sha256Fingerprint());
            certificate.setNotBefore(c.notBefore());
            certificate.setNotAfter(c.notAfter());
            certificate.setKeyAlgorithm(c.keyAlgorithm());
            certificate.setAttachedAt(c.attachedAt());
            certificate.setAttachedBy(c.attachedBy());
            certificate.setRevokedAt(c.revokedAt());
            certificate.setRevokedBy(c.revokedBy());
            certificate.setRevocationReason(c.revocationReason());
            xml.getCertificate().add(certificate);
        });
        v.history().forEach(e -> {
            AgreementEvent event = new AgreementEvent();
            event.setSequence(e.sequence());
            event.setType(e.type());
            event.setVersion(e.version());
            event.setAt(e.at());
            event.setActor(e.actor());
            event.setReason(e.reason());
            event.setSubject(e.subject());
            xml.getEvent().add(event);
        });
        xml.setRegisteredAt(v.registeredAt());
        xml.setUpdatedAt(v.updatedAt());
        return xml;
    }

    static AgreementPage toXml(Page<AgreementSummary> page) {
        AgreementPage xml = new AgreementPage();
        xml.setPageNumber(page.page());
        xml.setPageSize(page.pageSize());
        xml.setTotalCount(page.totalCount());
        page.items().forEach(s -> {
            org.returneeregistry.schemas.agreement.v1.AgreementSummary summary =
                    new org.returneeregistry.schemas.agreement.v1.AgreementSummary();
            summary.setAgreementId(s.agreementId());
            summary.setType(s.type());
            summary.setStatus(s.status());
            summary.setCurrentVersion(s.currentVersion());
            summary.setTitle(s.title());
            summary.setLegalReference(s.legalReference());
            summary.getCountry().addAll(s.countries());
            summary.setValidFrom(s.validFrom());
            summary.setValidUntil(s.validUntil());
            xml.getSummary().add(summary);
        });
        return xml;
    }
}
