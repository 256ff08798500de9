package org.returneeregistry.socialsecurity.domain;

/**
 * Where a period comes from. The returnee's declaration is a starting point only: a country's own record
 * (the home institution's for the home country, the partner institution's certified answer for its country)
 * prevails over declarations for that country's periods.
 */
public enum PeriodSource {
    DECLARATION,
    HOME_INSTITUTION,
    PARTNER_CERTIFIED;

    /** Whether this source is an institution's record rather than the returnee's own statement. */
    public boolean isRecord() {
        return this != DECLARATION;
    }
}
