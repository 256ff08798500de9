package org.returneeregistry.returnee.rest;

/** How to reach a person. */
public record Contact(String phone, String email, String address) {

    static Contact from(org.returneeregistry.returnee.domain.Contact contact) {
        return new Contact(contact.phone(), contact.email(), contact.address());
    }

    org.returneeregistry.returnee.domain.Contact toDomain() {
        return new org.returneeregistry.returnee.domain.Contact(phone, email, address);
    }
}
