package org.returneeregistry.returnee.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.returneeregistry.returnee.domain.Contact;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.returnee.domain.PersonName;
import org.returneeregistry.returnee.domain.ReturnDetails;
import org.returneeregistry.returnee.domain.Returnee;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * The part of a returnee's record an organisation may read for a declared purpose. A section is
 * present only when its category was granted, and then holds what the record has (possibly
 * nothing); a section not granted is absent — never blanked or filled with stand-in values.
 * {@code decision} is the decision log entry that allowed it.
 */
public record DisclosedReturnee(
        String registryNumber,
        String purpose,
        List<String> grantedCategories,
        long decision,
        Identity identity,
        ContactDetails contact,
        List<Employment> migrationHistory,
        List<ReturnDetails> returns,
        List<ReportedCircumstances.Need> health,
        List<ReportedCircumstances.Need> vulnerability,
        List<ReportedCircumstances.Claim> financial,
        CaseRecords.Skills skills,
        CaseRecords.Family family) {

    /** Category IDENTITY. */
    public record Identity(
            List<Identifier> identifiers, PersonName name, LocalDate dateOfBirth, String sex, String genderIdentity) {}

    /** Category CONTACT. */
    public record ContactDetails(Contact contact, String homeDistrict) {}

    /**
     * The sections of {@code r} the permit granted; what missions reported is asked for only when a
     * category it belongs to is granted.
     */
    static DisclosedReturnee of(
            Returnee r,
            Purpose purpose,
            ReadDecision permit,
            ReportedCircumstances circumstances,
            CaseRecords caseRecords) {
        if (!permit.permitted()) {
            throw new IllegalArgumentException("a disclosure needs a permit");
        }
        Set<DataCategory> granted = permit.granted();
        var person = r.person();
        ReportedCircumstances.Reported reported = granted.contains(DataCategory.HEALTH)
                        || granted.contains(DataCategory.VULNERABILITY)
                        || granted.contains(DataCategory.FINANCIAL)
                ? circumstances.reportedFor(r.registryNumber().value())
                : null;
        return new DisclosedReturnee(
                r.registryNumber().value(),
                purpose.name(),
                granted.stream().sorted().map(Enum::name).toList(),
                permit.sequence(),
                granted.contains(DataCategory.IDENTITY)
                        ? new Identity(
                                person.identifiers(),
                                person.name(),
                                person.dateOfBirth(),
                                person.sex(),
                                person.genderIdentity())
                        : null,
                granted.contains(DataCategory.CONTACT)
                        ? new ContactDetails(person.contact(), person.homeDistrict())
                        : null,
                granted.contains(DataCategory.MIGRATION_HISTORY) ? List.copyOf(r.migrationEpisodes()) : null,
                granted.contains(DataCategory.RETURN_DETAILS) ? List.copyOf(r.returnEvents()) : null,
                granted.contains(DataCategory.HEALTH) ? reported.health() : null,
                granted.contains(DataCategory.VULNERABILITY) ? reported.vulnerability() : null,
                granted.contains(DataCategory.FINANCIAL) ? reported.financial() : null,
                granted.contains(DataCategory.SKILLS)
                        ? caseRecords.skills(r.registryNumber().value()).orElse(null)
                        : null,
                granted.contains(DataCategory.FAMILY)
                        ? caseRecords.family(r.registryNumber().value()).orElse(null)
                        : null);
    }
}
