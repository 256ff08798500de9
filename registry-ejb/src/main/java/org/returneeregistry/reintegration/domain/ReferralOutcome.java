package org.returneeregistry.reintegration.domain;

import java.util.Arrays;
import java.util.Optional;

/** How an accepted referral ended, as its recipient reports it (code list {@code referral-outcome}). */
public enum ReferralOutcome {
    SERVICE_PROVIDED,
    NOT_REACHABLE,
    REFUSED_BY_RETURNEE,
    REFERRED_ONWARD,
    OTHER;

    public static final int LENGTH = 32;

    public static Optional<ReferralOutcome> of(String code) {
        return Arrays.stream(values()).filter(o -> o.name().equals(code)).findFirst();
    }
}
