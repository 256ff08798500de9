package org.returneeregistry.reintegration.soap;

import java.util.List;
import org.returneeregistry.reintegration.application.CreatedGrievance;
import org.returneeregistry.reintegration.application.FamilyView;
import org.returneeregistry.reintegration.application.GrievanceView;
import org.returneeregistry.reintegration.application.RecordFamily;
import org.returneeregistry.reintegration.application.RecordSkills;
import org.returneeregistry.reintegration.application.SkillsProfileView;
import org.returneeregistry.schemas.common.v1.FamilyMember;
import org.returneeregistry.schemas.common.v1.PriorLearning;
import org.returneeregistry.schemas.common.v1.SkillsCertificate;
import org.returneeregistry.schemas.common.v1.SkillsOccupation;
import org.returneeregistry.schemas.reintegration.v1.FamilyRecord;
import org.returneeregistry.schemas.reintegration.v1.FamilyRecordVersion;
import org.returneeregistry.schemas.reintegration.v1.Grievance;
import org.returneeregistry.schemas.reintegration.v1.GrievanceEvent;
import org.returneeregistry.schemas.reintegration.v1.GrievancePage;
import org.returneeregistry.schemas.reintegration.v1.GrievanceQuery;
import org.returneeregistry.schemas.reintegration.v1.RecordedGrievance;
import org.returneeregistry.schemas.reintegration.v1.SkillsProfile;
import org.returneeregistry.schemas.reintegration.v1.SkillsProfileVersion;
import org.returneeregistry.shared.domain.Page;

/**
 * Between the case contract's JAXB types for the records case workers keep (skills profile, family) and for
 * grievances, and the reintegration context's commands and views. The section types are the common schema's,
 * which the consent service's disclosure carries too.
 */
final class CaseRecordXmlMapper {

    private CaseRecordXmlMapper() {}

    /**
     * The contract's name of a field the application names as REST does: {@code occupations[1].isco} is
     * {@code occupation[1].isco}, {@code members[0].sex} is {@code member[0].sex}, the Idempotency-Key header
     * the {@code idempotencyKey} element.
     */
    static String soapField(String field) {
        if (field == null) {
            return null;
        }
        if ("Idempotency-Key".equals(field)) {
            return "idempotencyKey";
        }
        for (String plural : new String[] {"occupations", "certificates", "members"}) {
            if (field.startsWith(plural)) {
                return plural.substring(0, plural.length() - 1) + field.substring(plural.length());
            }
        }
        return field;
    }

    static RecordSkills toCommand(
            List<SkillsOccupation> occupations,
            List<SkillsCertificate> certificates,
            PriorLearning priorLearning,
            String reason) {
        return new RecordSkills(
                occupations.stream()
                        .map(o ->
                                o == null ? null : new RecordSkills.Occupation(o.getIsco(), o.getTitle(), o.getYears()))
                        .toList(),
                certificates.stream()
                        .map(c -> c == null
                                ? null
                                : new RecordSkills.Certificate(c.getIssuer(), c.getTitle(), c.getIssuedOn()))
                        .toList(),
                priorLearning == null
                        ? null
                        : new RecordSkills.PriorLearning(priorLearning.getStatus(), priorLearning.getOutcome()),
                reason);
    }

    static RecordFamily toCommand(List<FamilyMember> members, String reason) {
        return new RecordFamily(
                members.stream()
                        .map(m -> m == null
                                ? null
                                : new RecordFamily.Member(
                                        m.getRelationship(),
                                        m.getGivenName(),
                                        m.getFamilyName(),
                                        m.getDateOfBirth(),
                                        m.getSex(),
                                        m.isDependant(),
                                        m.isInSchool()))
                        .toList(),
                reason);
    }

    static org.returneeregistry.reintegration.application.GrievanceQuery toQuery(GrievanceQuery xml) {
        return xml == null
                ? new org.returneeregistry.reintegration.application.GrievanceQuery(null, null, null, null)
                : new org.returneeregistry.reintegration.application.GrievanceQuery(
                        xml.getStatus(), xml.getCaseId(), xml.getPage(), xml.getPageSize());
    }

    static SkillsProfile toXml(SkillsProfileView v) {
        SkillsProfile xml = new SkillsProfile();
        xml.setRegistryNumber(v.registryNumber());
        xml.setCurrent(toXml(v.current()));
        v.history().forEach(h -> xml.getHistory().add(toXml(h)));
        return xml;
    }

    private static SkillsProfileVersion toXml(SkillsProfileView.Version v) {
        SkillsProfileVersion xml = new SkillsProfileVersion();
        xml.setVersion(v.version());
        xml.setCaseId(v.caseId());
        v.occupations().forEach(o -> xml.getOccupation().add(toXml(o)));
        v.certificates().forEach(c -> xml.getCertificate().add(toXml(c)));
        xml.setPriorLearning(
                priorLearning(v.priorLearning().status(), v.priorLearning().outcome()));
        xml.setRecordedBy(v.recordedBy());
        xml.setOrganisation(v.organisation());
        xml.setRecordedAt(v.recordedAt());
        xml.setReason(v.reason());
        return xml;
    }

    static FamilyRecord toXml(FamilyView v) {
        FamilyRecord xml = new FamilyRecord();
        xml.setRegistryNumber(v.registryNumber());
        xml.setCurrent(toXml(v.current()));
        v.history().forEach(h -> xml.getHistory().add(toXml(h)));
        return xml;
    }

    private static FamilyRecordVersion toXml(FamilyView.Version v) {
        FamilyRecordVersion xml = new FamilyRecordVersion();
        xml.setVersion(v.version());
        xml.setCaseId(v.caseId());
        v.members().forEach(m -> xml.getMember().add(toXml(m)));
        xml.setRecordedBy(v.recordedBy());
        xml.setOrganisation(v.organisation());
        xml.setRecordedAt(v.recordedAt());
        xml.setReason(v.reason());
        return xml;
    }

    static SkillsOccupation toXml(RecordSkills.Occupation o) {
        return occupation(o.isco(), o.title(), o.years());
    }

    static SkillsOccupation occupation(String isco, String title, int years) {
        SkillsOccupation xml = new SkillsOccupation();
        xml.setIsco(isco);
        xml.setTitle(title);
        xml.setYears(years);
        return xml;
    }

    static SkillsCertificate toXml(RecordSkills.Certificate c) {
        return certificate(c.issuer(), c.title(), c.issuedOn());
    }

    static SkillsCertificate certificate(String issuer, String title, java.time.LocalDate issuedOn) {
        SkillsCertificate xml = new SkillsCertificate();
        xml.setIssuer(issuer);
        xml.setTitle(title);
        xml.setIssuedOn(issuedOn);
        return xml;
    }

    static PriorLearning priorLearning(String status, String outcome) {
        PriorLearning xml = new PriorLearning();
        xml.setStatus(status);
        xml.setOutcome(outcome);
        return xml;
    }

    static FamilyMember toXml(RecordFamily.Member m) {
        return member(
                m.relationship(),
                m.givenName(),
                m.familyName(),
                m.dateOfBirth(),
                m.sex(),
                Boolean.TRUE.equals(m.dependant()),
                m.inSchool());
    }

    static FamilyMember member(
            String relationship,
            String givenName,
            String familyName,
            java.time.LocalDate dateOfBirth,
            String sex,
            boolean dependant,
            Boolean inSchool) {
        FamilyMember xml = new FamilyMember();
        xml.setRelationship(relationship);
        xml.setGivenName(givenName);
        xml.setFamilyName(familyName);
        xml.setDateOfBirth(dateOfBirth);
        xml.setSex(sex);
        xml.setDependant(dependant);
        xml.setInSchool(inSchool);
        return xml;
    }

    static Grievance toXml(GrievanceView v) {
        Grievance xml = new Grievance();
        xml.setGrievanceId(v.grievanceId());
        xml.setAnonymous(v.anonymous());
        xml.setCaseId(v.caseId());
        xml.setRegistryNumber(v.registryNumber());
        xml.setReceivedAt(v.receivedAt());
        xml.setCategory(v.category());
        xml.setDescription(v.description());
        xml.setStatus(v.status());
        xml.setResponse(v.response());
        xml.setCreatedAt(v.createdAt());
        xml.setUpdatedAt(v.updatedAt());
        xml.setVersion(v.version());
        v.history().forEach(e -> {
            GrievanceEvent event = new GrievanceEvent();
            event.setSequence(e.sequence());
            event.setStatus(e.status());
            event.setAt(e.at());
            event.setActor(e.actor());
            event.setOrganisation(e.organisation());
            event.setNote(e.note());
            xml.getEvent().add(event);
        });
        return xml;
    }

    static RecordedGrievance toXml(CreatedGrievance created) {
        RecordedGrievance xml = new RecordedGrievance();
        xml.setGrievance(toXml(created.grievance()));
        xml.setCreated(created.created());
        return xml;
    }

    static GrievancePage toGrievanceXml(Page<GrievanceView> page) {
        GrievancePage xml = new GrievancePage();
        xml.setPage(page.page());
        xml.setPageSize(page.pageSize());
        xml.setTotalCount(page.totalCount());
        page.items().forEach(g -> xml.getGrievance().add(toXml(g)));
        return xml;
    }
}
