package org.returneeregistry.returnee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A transliteration as stored with the returnee. */
@Embeddable
public class TransliteratedName {

    @Column(name = "script", length = 4, nullable = false)
    private String script;

    @Column(name = "full_name", length = 200, nullable = false)
    private String fullName;

    protected TransliteratedName() {
        // JPA
    }

    TransliteratedName(Transliteration t) {
        this.script = t.script();
        this.fullName = t.fullName();
    }

    Transliteration transliteration() {
        return new Transliteration(script, fullName);
    }
}
