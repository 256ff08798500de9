package org.returneeregistry.socialsecurity.application;

import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A what-if assessment: periods assessed for a benefit under an agreement's social security section, or under
 * a rule set given inline (exactly one of the two). Open periods end on {@code asOf} (today when absent).
 */
public record AssessPeriods(
        String agreementId,
        JsonObject ruleSet,
        @NotNull String benefit,
        LocalDate asOf,
        @NotEmpty @Size(max = AssessPeriods.MAX_PERIODS) List<@NotNull @Valid PeriodInput> periods) {

    /** The most periods one assessment takes. */
    public static final int MAX_PERIODS = 200;
}
