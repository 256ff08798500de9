package org.returneeregistry.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A party to an agreement: a country (ISO 3166-1 alpha-3) and one of its institutions, by organisation code. */
@Embeddable
public class Party {

    public static final int COUNTRY_LENGTH = 3;
    public static final int INSTITUTION_LENGTH = 36;

    @Column(name = "country", length = COUNTRY_LENGTH, nullable = false, updatable = false)
    private String country;

    @Column(name = "institution", length = INSTITUTION_LENGTH, nullable = false, updatable = false)
    private String institution;

    protected Party() {
        // JPA
    }

    public Party(String country, String institution) {
        this.country = Objects.requireNonNull(country, "country");
        this.institution = Objects.requireNonNull(institution, "institution");
    }

    public String country() {
        return country;
    }

    public String institution() {
        return institution;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Party p && country.equals(p.country) && institution.equals(p.institution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, institution);
    }
}
