package org.returneeregistry.consent.soap;

import java.util.List;
import org.returneeregistry.consent.application.ConsentView;
import org.returneeregistry.consent.application.RecordConsent;
import org.returneeregistry.returnee.application.CaseRecords;
import org.returneeregistry.returnee.application.DisclosedReturnee;
import org.returneeregistry.returnee.application.ReportedCircumstances;
import org.returneeregistry.returnee.domain.PersonDetails;
import org.returneeregistry.returnee.soap.ReturneeXmlMapper;
import org.returneeregistry.schemas.common.v1.FamilyMember;
import org.returneeregistry.schemas.common.v1.PriorLearning;
import org.returneeregistry.schemas.common.v1.SkillsCertificate;
import org.returneeregistry.schemas.common.v1.SkillsOccupation;
import org.returneeregistry.schemas.consent.v1.Consent;
import org.returneeregistry.schemas.consent.v1.ConsentRecording;
import org.returneeregistry.schemas.consent.v1.ContactDetails;
import org.returneeregistry.schemas.consent.v1.Family;
import org.returneeregistry.schemas.consent.v1.Identity;
import org.returneeregistry.schemas.consent.v1.MigrationHistory;
import org.returneeregistry.schemas.consent.v1.ReportedNeed;
import org.returneeregistry.schemas.consent.v1.ReportedNeeds;
import org.returneeregistry.schemas.consent.v1.ReturneeDisclosure;
import org.returneeregistry.schemas.consent.v1.Returns;
import org.returneeregistry.schemas.consent.v1.Skills;

/** Converts between the consent contract's XML types and the consent and disclosure application types. */
final class ConsentXmlMapper {

    private ConsentXmlMapper() {}

    static RecordConsent toCommand(ConsentRecording xml) {
        return new RecordConsent(
                xml.getRegistryNumber(),
                xml.getRecipient(),
                List.copyOf(xml.getPurpose()),
                List.copyOf(xml.getCategory()),
                xml.getLegalBasis(),
                xml.getMethod(),
                xml.getEvidenceHash(),
                xml.getRepresentative(),
                xml.getState(),
                xml.getValidFrom(),
                xml.getValidUntil(),
                xml.getNoticeVersion(),
                xml.getNoticeLanguage(),
                xml.getSupersedes());
    }

    static Consent toXml(ConsentView v) {
        Consent xml = new Consent();
        xml.setConsentId(v.consentId());
        xml.setSchemaVersion(v.schemaVersion());
        xml.setRegistryNumber(v.registryNumber());
        xml.setRecipient(v.recipient());
        v.purposes().forEach(p -> xml.getPurpose().add(p.code()));
        v.categories().forEach(c -> xml.getCategory().add(c.code()));
        xml.setLegalBasis(v.legalBasis().code());
        xml.setMethod(v.method());
        xml.setStatus(v.status().code());
        xml.setValidFrom(v.validFrom());
        xml.setValidUntil(v.validUntil());
        xml.setNoticeVersion(v.noticeVersion());
        xml.setSupersedes(v.supersedes());
        xml.setSupersededBy(v.supersededBy());
        xml.setRecordedAt(v.recordedAt());
        xml.setRevokedAt(v.revokedAt());
        return xml;
    }

    /** Only granted sections are filled; the others stay absent from the XML. */
    static ReturneeDisclosure toXml(DisclosedReturnee d) {
        ReturneeDisclosure xml = new ReturneeDisclosure();
        xml.setRegistryNumber(d.registryNumber());
        xml.setPurpose(d.purpose());
        xml.getGrantedCategory().addAll(d.grantedCategories());
        xml.setDecision(d.decision());
        if (d.identity() != null) {
            var i = d.identity();
            var person = ReturneeXmlMapper.toXml(new PersonDetails(
                    i.identifiers(), i.name(), i.dateOfBirth(), i.sex(), i.genderIdentity(), null, null));
            Identity identity = new Identity();
            identity.getIdentifier().addAll(person.getIdentifier());
            identity.setName(person.getName());
            identity.setDateOfBirth(i.dateOfBirth());
            identity.setSex(i.sex());
            identity.setGenderIdentity(i.genderIdentity());
            xml.setIdentity(identity);
        }
        if (d.contact() != null) {
            ContactDetails contact = new ContactDetails();
            if (d.contact().contact() != null) {
                contact.setContact(ReturneeXmlMapper.toXml(new PersonDetails(
                                List.of(), null, null, null, null, d.contact().contact(), null))
                        .getContact());
            }
            contact.setHomeDistrict(d.contact().homeDistrict());
            xml.setContact(contact);
        }
        if (d.migrationHistory() != null) {
            MigrationHistory history = new MigrationHistory();
            d.migrationHistory().forEach(e -> history.getEpisode().add(ReturneeXmlMapper.toXml(e)));
            xml.setMigrationHistory(history);
        }
        if (d.returns() != null) {
            Returns returns = new Returns();
            d.returns().forEach(r -> returns.getReturnEvent().add(ReturneeXmlMapper.toXml(r)));
            xml.setReturns(returns);
        }
        xml.setHealth(needs(d.health()));
        xml.setVulnerability(needs(d.vulnerability()));
        xml.setSkills(skills(d.skills()));
        xml.setFamily(family(d.family()));
        return xml;
    }

    private static Skills skills(CaseRecords.Skills s) {
        if (s == null) {
            return null;
        }
        Skills xml = new Skills();
        xml.setVersion(s.version());
        for (CaseRecords.Occupation o : s.occupations()) {
            SkillsOccupation occupation = new SkillsOccupation();
            occupation.setIsco(o.isco());
            occupation.setTitle(o.title());
            occupation.setYears(o.years());
            xml.getOccupation().add(occupation);
        }
        for (CaseRecords.Certificate c : s.certificates()) {
            SkillsCertificate certificate = new SkillsCertificate();
            certificate.setIssuer(c.issuer());
            certificate.setTitle(c.title());
            certificate.setIssuedOn(c.issuedOn());
            xml.getCertificate().add(certificate);
        }
        PriorLearning prior = new PriorLearning();
        prior.setStatus(s.priorLearningStatus());
        prior.setOutcome(s.priorLearningOutcome());
        xml.setPriorLearning(prior);
        xml.setRecordedAt(s.recordedAt());
        return xml;
    }

    private static Family family(CaseRecords.Family f) {
        if (f == null) {
            return null;
        }
        Family xml = new Family();
        xml.setVersion(f.version());
        for (CaseRecords.FamilyMember m : f.members()) {
            FamilyMember member = new FamilyMember();
            member.setRelationship(m.relationship());
            member.setGivenName(m.givenName());
            member.setFamilyName(m.familyName());
            member.setDateOfBirth(m.dateOfBirth());
            member.setSex(m.sex());
            member.setDependant(m.dependant());
            member.setInSchool(m.inSchool());
            xml.getMember().add(member);
        }
        xml.setRecordedAt(f.recordedAt());
        return xml;
    }

    private static ReportedNeeds needs(List<ReportedCircumstances.Need> needs) {
        if (needs == null) {
            return null;
        }
        ReportedNeeds xml = new ReportedNeeds();
        for (ReportedCircumstances.Need n : needs) {
            ReportedNeed need = new ReportedNeed();
            need.setNeed(n.need());
            need.setNote(n.note());
            need.setReportedBy(n.reportedBy());
            need.setReportedAt(n.reportedAt());
            xml.getNeed().add(need);
        }
        return xml;
    }
}
