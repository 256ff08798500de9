package org.returneeregistry.socialsecurity.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a rule set rounds converted periods or amounts: not at all, up, down, or to the nearest (half up). */
public enum Rounding {
    NONE,
    UP,
    DOWN,
    HALF_UP;

    /** The value rounded to {@code scale} decimals; NONE keeps it as it is. */
    public BigDecimal apply(BigDecimal value, int scale) {
        return switch (this) {
            case NONE -> value;
            case UP -> value.setScale(scale, RoundingMode.CEILING);
            case DOWN -> value.setScale(scale, RoundingMode.FLOOR);
            case HALF_UP -> value.setScale(scale, RoundingMode.HALF_UP);
        };
    }
}
