package org.returneeregistry.socialsecurity.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A total an institution states for a period (for example 40 weeks of contributions), in its own unit. */
public record PeriodTotal(BigDecimal amount, PeriodUnit unit) {

    public PeriodTotal {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a period's total is not negative");
        }
    }
}
