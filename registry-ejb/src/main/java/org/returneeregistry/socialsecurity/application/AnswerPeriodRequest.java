package org.returneeregistry.socialsecurity.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.returneeregistry.shared.domain.Text;

/**
 * An officer's answer to a partner's period request: the institution's certified periods (its own country's), or a
 * refusal with its code ({@code period-request-refusal}) and, for OTHER, the reason.
 */
public record AnswerPeriodRequest(
        @Size(max = AssessPeriods.MAX_PERIODS) @Valid List<@NotNull PeriodInput> periods,
        String refusal,
        @Text @Size(max = 1000) String reason) {}
