package org.returneeregistry.returnee.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.returnee.application.CaseRecords;
import org.returneeregistry.shared.rest.Wire;

/** The SKILLS category of a disclosure: the current skills profile a case worker recorded. */
public record DisclosedSkills(
        int version,
        List<DisclosedOccupation> occupations,
        List<DisclosedCertificate> certificates,
        String priorLearningStatus,
        String priorLearningOutcome,
        Instant recordedAt) {

    /** An occupation: ISCO-08 unit group, title, years. */
    public record DisclosedOccupation(String isco, String title, int years) {}

    /** A certificate: issuer, title, date of issue. */
    public record DisclosedCertificate(String issuer, String title, LocalDate issuedOn) {}

    static DisclosedSkills from(CaseRecords.Skills s) {
        return new DisclosedSkills(
                s.version(),
                Wire.list(s.occupations(), o -> new DisclosedOccupation(o.isco(), o.title(), o.years())),
                Wire.list(s.certificates(), c -> new DisclosedCertificate(c.issuer(), c.title(), c.issuedOn())),
                s.priorLearningStatus(),
                s.priorLearningOutcome(),
                s.recordedAt());
    }
}
