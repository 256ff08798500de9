package org.returneeregistry.reintegration.domain;

import java.util.Arrays;
import java.util.Optional;

/** The level a plan's goal works at (code list {@code reintegration-level}). */
public enum Level {
    INDIVIDUAL,
    COMMUNITY,
    STRUCTURAL;

    public static final int LENGTH = 16;

    public static Optional<Level> of(String code) {
        return Arrays.stream(values()).filter(l -> l.name().equals(code)).findFirst();
    }
}
