package org.returneeregistry.socialsecurity.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Periods an officer attaches to a claim: the returnee's declaration or the home institution's record. A
 * partner's certified periods arrive only in its signed answer over the partner exchange.
 */
public record AddClaimPeriods(
        @NotEmpty @Size(max = AssessPeriods.MAX_PERIODS) List<@NotNull @Valid PeriodInput> periods) {}
