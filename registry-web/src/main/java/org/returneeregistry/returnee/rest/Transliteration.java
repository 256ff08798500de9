package org.returneeregistry.returnee.rest;

/** A name written in another script (ISO 15924 code). */
public record Transliteration(String script, String fullName) {

    static Transliteration from(org.returneeregistry.returnee.domain.Transliteration t) {
        return new Transliteration(t.script(), t.fullName());
    }

    org.returneeregistry.returnee.domain.Transliteration toDomain() {
        return new org.returneeregistry.returnee.domain.Transliteration(script, fullName);
    }
}
