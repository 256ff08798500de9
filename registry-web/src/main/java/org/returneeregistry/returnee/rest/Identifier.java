package org.returneeregistry.returnee.rest;

/** A person's identifier on the wire: a code of the identifier-type list, the number, the issuing country. */
public record Identifier(String type, String number, String issuingCountry) {

    public static Identifier from(org.returneeregistry.returnee.domain.Identifier identifier) {
        return new Identifier(identifier.type(), identifier.number(), identifier.issuingCountry());
    }

    public org.returneeregistry.returnee.domain.Identifier toDomain() {
        return new org.returneeregistry.returnee.domain.Identifier(type, number, issuingCountry);
    }
}
