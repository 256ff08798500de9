package org.returneeregistry.reintegration.rest;

import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.shared.rest.Wire;

/**
 * The body of a skills profile, whole: occupations (ISCO-08 unit group, title, years), certificates (issuer,
 * title, date of issue), where recognition of prior learning stands, and the reason for the change.
 */
public record RecordSkills(
        List<Occupation> occupations, List<Certificate> certificates, PriorLearning priorLearning, String reason) {

    /** An occupation: an ISCO-08 unit group code (four digits), its title, and the years worked in it. */
    public record Occupation(String isco, String title, Integer years) {}

    /** A certificate: who issued it, its title, and when. */
    public record Certificate(String issuer, String title, LocalDate issuedOn) {}

    /** Recognition of prior learning: NOT_STARTED, ASSESSED, CERTIFIED or REFUSED, and its outcome. */
    public record PriorLearning(String status, String outcome) {}

    org.returneeregistry.reintegration.application.RecordSkills toCommand() {
        return new org.returneeregistry.reintegration.application.RecordSkills(
                Wire.list(
                        occupations,
                        o -> o == null
                                ? null
                                : new org.returneeregistry.reintegration.application.RecordSkills.Occupation(
                                        o.isco(), o.title(), o.years())),
                Wire.list(
                        certificates,
                        c -> c == null
                                ? null
                                : new org.returneeregistry.reintegration.application.RecordSkills.Certificate(
                                        c.issuer(), c.title(), c.issuedOn())),
                priorLearning == null
                        ? null
                        : new org.returneeregistry.reintegration.application.RecordSkills.PriorLearning(
                                priorLearning.status(), priorLearning.outcome()),
                reason);
    }
}
