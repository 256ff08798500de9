package org.returneeregistry.socialsecurity.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A total an institution states for a period, in a unit of the period-unit code list. */
public record PeriodTotalInput(
        @NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 4)
        BigDecimal amount,

        @NotNull String unit) {}
