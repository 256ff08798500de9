package org.returneeregistry.returnee.rest;

import org.returneeregistry.returnee.application.DisclosedReturnee.ContactDetails;
import org.returneeregistry.shared.rest.Wire;

/** The CONTACT category of a disclosure. */
public record DisclosedContact(Contact contact, String homeDistrict) {

    static DisclosedContact from(ContactDetails c) {
        return new DisclosedContact(Wire.one(c.contact(), Contact::from), c.homeDistrict());
    }
}
