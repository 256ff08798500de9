package org.returneeregistry.shared.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

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
    SOCIAL_SECURITY("https://w3id.org/dpv/pd#SocialSecurityNumber"),
    /**
     * Special category: the results of a case's trafficking and gender-based violence screening. Never
     * granted by consent, a legal basis or record keeping — only to the case worker the policy names —
     * never asked for by "all categories", and never disclosed outside the case.
     */
    PROTECTION_SCREENING("https://w3id.org/dpv#SpecialCategoryPersonalData");

    /** The categories a consent, a legal basis or the operator's record keeping can grant: all but the special. */
    public static final Set<DataCategory> ORDINARY =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(PROTECTION_SCREENING)));

    /** The special categories, which only the policy's named roles read. */
    public static final Set<DataCategory> SPECIAL = Collections.unmodifiableSet(EnumSet.of(PROTECTION_SCREENING));

    private final String dpv;

    DataCategory(String dpv) {
        this.dpv = dpv;
    }

    public boolean special() {
        return SPECIAL.contains(this);
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
