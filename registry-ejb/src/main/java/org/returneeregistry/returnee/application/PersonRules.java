package org.returneeregistry.returnee.application;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.returnee.domain.PersonDetails;
import org.returneeregistry.shared.application.InputValidation;

/**
 * Rules across fields of a person and their work abroad, used by every context that accepts them,
 * so a registrar's registration and a mission's notification are held to the same rules.
 */
public final class PersonRules {

    private PersonRules() {
    }

    public static void check(InputValidation validation, String path, PersonDetails person) {
        if (person == null) {
            return;
        }
        List<Identifier> identifiers = person.identifiers();
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier id = identifiers.get(i);
            if (id != null && id.type() != null && !kinds.add(id.type() + "/" + id.issuingCountry())) {
                validation.check(true, path + ".identifiers[" + i + "]", "UniqueIdentifierType",
                        "gives a second " + id.type() + " from " + id.issuingCountry() + "; send one per issuing country");
            }
        }
    }

    public static void check(InputValidation validation, String path, Employment employment, LocalDate dateOfBirth) {
        if (employment == null) {
            return;
        }
        LocalDate from = employment.departureDate();
        LocalDate to = employment.endDate();
        validation.check(from != null && to != null && to.isBefore(from), path + ".endDate", "EndNotBeforeStart",
                "must not be before departureDate " + from);
        validation.check(from != null && dateOfBirth != null && !from.isAfter(dateOfBirth), path + ".departureDate",
                "AfterBirth", "must be after the date of birth " + dateOfBirth);
    }
}
