package org.returneeregistry.shared.domain;

import java.util.Optional;

/**
 * The parts of a returnee's record that consent and disclosure are given for (the data-category code
 * list). A response carries only the categories granted; each category carries its W3C DPV personal-data
 * identifier. Every context that reads, decides or sends personal data speaks of it in these categories.
 */
public enum DataCategory {
    /** Names, identifiers, date of birth, sex and gender. */
    IDENTITY("https://w3id.org/dpv/pd#Identifying"),
    /** Telephone, e-mail, home district. */
    CONTACT("https://w3id.org/dpv/pd#Contact"),
    /** Employment abroad: destination, employer, occupation, sector, recruitment. */
    MIGRATION_HISTORY("https://w3id.org/dpv/pd#EmploymentHistory"),
    /** Returns: date, modality, reason, port of entry, notifying mission. */
    RETURN_DETAILS("https://w3id.org/dpv/pd#TravelHistory"),
    SKILLS("https://w3id.org/dpv/pd#Skill"),
    /** Medical and psychosocial needs reported on return. */
    HEALTH("https://w3id.org/dpv/pd#Health"),
    /** Protection needs reported on return: shelter, legal aid, repatriation of remains. */
    VULNERABILITY("https://w3id.org/dpv/pd#Vulnerable"),
    FAMILY("https://w3id.org/dpv/pd#Family"),
    /** Pending claims abroad: unpaid wages, end-of-service benefits, compensation. */
    FINANCIAL("https://w3id.org/dpv/pd#Financial"),
    SOCIAL_SECURITY("https://w3id.org/dpv/pd#SocialSecurityNumber");

    private final String dpv;

    DataCategory(String dpv) {
        this.dpv = dpv;
    }

    public String code() {
        return name();
    }

    public String dpv() {
        return dpv;
    }

    public static Optional<DataCategory> of(String code) {
        for (DataCategory c : values()) {
            if (c.name().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
