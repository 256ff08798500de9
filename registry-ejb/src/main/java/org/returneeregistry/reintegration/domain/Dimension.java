package org.returneeregistry.reintegration.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The dimension a questionnaire assesses: the three of reintegration (code list {@code
 * reintegration-dimension}) and the vulnerability screening, which is no dimension a plan has goals in.
 */
public enum Dimension {
    ECONOMIC(true),
    SOCIAL(true),
    PSYCHOSOCIAL(true),
    VULNERABILITY(false);

    public static final int LENGTH = 16;

    private final boolean planned;

    Dimension(boolean planned) {
        this.planned = planned;
    }

    /** Whether a plan sets goals in this dimension (code list {@code reintegration-dimension}). */
    public boolean planned() {
        return planned;
    }

    public static Optional<Dimension> of(String code) {
        return Arrays.stream(values()).filter(d -> d.name().equals(code)).findFirst();
    }
}
