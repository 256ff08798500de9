package org.returneeregistry.testsupport;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.returneeregistry.returnee.domain.Contact;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.returnee.domain.PersonDetails;
import org.returneeregistry.returnee.domain.PersonName;
import org.returneeregistry.returnee.domain.Transliteration;

/** A valid {@link PersonDetails}, changed one component at a time. */
public final class PersonBuilder {

    private List<Identifier> identifiers = List.of(Samples.PASSPORT);
    private String givenName = "Ram Bahadur";
    private String familyName = "Thapa";
    private List<Transliteration> transliterations = List.of(new Transliteration("Deva", "राम बहादुर थापा"));
    private LocalDate dateOfBirth = Samples.BIRTH_DATE;
    private String sex = "1";
    private String genderIdentity;
    private Contact contact = new Contact("+9779812345678", "ram.thapa@example.org", "Ward 4, Pokhara");
    private String homeDistrict = "Kaski";

    PersonBuilder() {
    }

    public PersonBuilder identifiers(Identifier... values) {
        identifiers = Arrays.asList(values);
        return this;
    }

    public PersonBuilder givenName(String value) {
        givenName = value;
        return this;
    }

    public PersonBuilder familyName(String value) {
        familyName = value;
        return this;
    }

    public PersonBuilder dateOfBirth(LocalDate value) {
        dateOfBirth = value;
        return this;
    }

    public PersonBuilder sex(String value) {
        sex = value;
        return this;
    }

    public PersonBuilder genderIdentity(String value) {
        genderIdentity = value;
        return this;
    }

    public PersonBuilder contact(Contact value) {
        contact = value;
        return this;
    }

    public PersonBuilder transliterations(Transliteration... values) {
        transliterations = Arrays.asList(values);
        return this;
    }

    public PersonBuilder homeDistrict(String value) {
        homeDistrict = value;
        return this;
    }

    public PersonDetails build() {
        return new PersonDetails(identifiers, new PersonName(givenName, familyName, transliterations), dateOfBirth,
                sex, genderIdentity, contact, homeDistrict);
    }
}
