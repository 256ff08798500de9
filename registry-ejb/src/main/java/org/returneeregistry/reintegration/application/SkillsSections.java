package org.returneeregistry.reintegration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.returneeregistry.reintegration.persistence.CaseRecordRepository;
import org.returneeregistry.returnee.application.CaseRecords;

/** The skills profiles and family records case workers keep, as the disclosure's SKILLS and FAMILY sections. */
@ApplicationScoped
public class SkillsSections implements CaseRecords {

    @Inject
    private CaseRecordRepository records;

    @Override
    public Optional<Family> family(String registryNumber) {
        return records.versions(CaseRecordKind.FAMILY.type(), registryNumber).stream()
                .findFirst()
                .map(FamilyDocument::read)
                .map(v -> new Family(
                        v.version(),
                        v.members().stream()
                                .map(m -> new FamilyMember(
                                        m.relationship(),
                                        m.givenName(),
                                        m.familyName(),
                                        m.dateOfBirth(),
                                        m.sex(),
                                        m.dependant(),
                                        m.inSchool()))
                                .toList(),
                        v.recordedAt()));
    }

    @Override
    public Optional<Skills> skills(String registryNumber) {
        return records.versions(CaseRecordKind.SKILLS.type(), registryNumber).stream()
                .findFirst()
                .map(SkillsDocument::read)
                .map(v -> new Skills(
                        v.version(),
                        v.occupations().stream()
                                .map(o -> new Occupation(o.isco(), o.title(), o.years()))
                                .toList(),
                        v.certificates().stream()
                                .map(c -> new Certificate(c.issuer(), c.title(), c.issuedOn()))
                                .toList(),
                        v.priorLearning().status(),
                        v.priorLearning().outcome(),
                        v.recordedAt()));
    }
}
