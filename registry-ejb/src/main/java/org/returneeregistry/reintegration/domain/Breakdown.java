package org.returneeregistry.reintegration.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an indicator can be disaggregated by: the facts a case keeps from its opening (sex, age at return,
 * home district, destination country, return modality), the period of the return, and — for indicators
 * counting referrals — the referral's service and outcome. The wire name is what callers pass in {@code by}.
 */
public enum Breakdown {
    SEX("sex", false),
    AGE_BAND("ageBand", false),
    DISTRICT("district", false),
    DESTINATION("destination", false),
    MODALITY("modality", false),
    YEAR("year", false),
    QUARTER("quarter", false),
    MONTH("month", false),
    SERVICE("service", true),
    OUTCOME("outcome", true);

    private final String wireName;
    private final boolean referralOnly;

    Breakdown(String wireName, boolean referralOnly) {
        this.wireName = wireName;
        this.referralOnly = referralOnly;
    }

    public String wireName() {
        return wireName;
    }

    /** Only for an indicator that counts referrals. */
    public boolean referralOnly() {
        return referralOnly;
    }

    public boolean period() {
        return this == YEAR || this == QUARTER || this == MONTH;
    }

    public static Optional<Breakdown> of(String wireName) {
        return Arrays.stream(values()).filter(b -> b.wireName.equals(wireName)).findFirst();
    }
}
