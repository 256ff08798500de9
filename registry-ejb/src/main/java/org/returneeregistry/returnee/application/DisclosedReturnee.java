package org.returneeregistry.returnee.application;

import java.util.List;
import org.returneeregistry.notification.application.ReportedCircumstances;
import org.returneeregistry.returnee.domain.Contact;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.returnee.domain.PersonName;
import org.returneeregistry.returnee.domain.ReturnDetails;

/**
 * The part of a returnee's record an organisation may read for a declared purpose. A section is
 * present only when its category was granted, and then holds what the record has (possibly
 * nothing); a section not granted is absent — never blanked or filled with stand-in values.
 * {@code decision} is the decision log entry that allowed it.
 */
public record DisclosedReturnee(String registryNumber, String purpose, List<String> grantedCategories, long decision,
                                Identity identity, ContactDetails contact, List<Employment> migrationHistory,
                                List<ReturnDetails> returns, List<ReportedCircumstances.Need> health,
                                List<ReportedCircumstances.Need> vulnerability,
                                List<ReportedCircumstances.Claim> financial) {

    /** Category IDENTITY. */
    public record Identity(List<Identifier> identifiers, PersonName name, java.time.LocalDate dateOfBirth, String sex,
                           String genderIdentity) {
    }

    /** Category CONTACT. */
    public record ContactDetails(Contact contact, String homeDistrict) {
    }
}
