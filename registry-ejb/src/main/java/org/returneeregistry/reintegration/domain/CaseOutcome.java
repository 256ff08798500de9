package org.returneeregistry.reintegration.domain;

import java.util.Arrays;
import java.util.Optional;

/** How a case ended (code list {@code case-outcome}). */
public enum CaseOutcome {
    GOALS_MET,
    GOALS_PARTLY_MET,
    NO_SUPPORT_NEEDED,
    DECLINED_BY_RETURNEE,
    LOST_CONTACT,
    REMIGRATED,
    DECEASED,
    OTHER;

    public static final int LENGTH = 32;

    public static Optional<CaseOutcome> of(String code) {
        return Arrays.stream(values()).filter(o -> o.name().equals(code)).findFirst();
    }
}
