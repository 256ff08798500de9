package org.returneeregistry.reintegration.domain;

import java.util.Arrays;
import java.util.Optional;

/** What came of a follow-up contact (code list {@code contact-outcome}). */
public enum ContactOutcome {
    REACHED,
    NOT_REACHED,
    MOVED;

    public static final int LENGTH = 16;

    public static Optional<ContactOutcome> of(String code) {
        return Arrays.stream(values()).filter(o -> o.name().equals(code)).findFirst();
    }
}
