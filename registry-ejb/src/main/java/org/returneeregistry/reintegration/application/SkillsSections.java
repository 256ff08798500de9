package org.returneeregistry.reintegration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.returneeregistry.reintegration.persistence.SkillsProfileRepository;
import org.returneeregistry.returnee.application.CaseRecords;

/** The skills profiles case workers keep, as the disclosure's SKILLS section. */
@ApplicationScoped
public class SkillsSections implements CaseRecords {

    @Inject
    private SkillsProfileRepository skills;

    @Override
    public Optional<Skills> skills(String registryNumber) {
        return skills.versions(registryNumber).stream()
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
