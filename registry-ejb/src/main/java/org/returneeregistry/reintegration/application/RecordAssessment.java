package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An assessment with one version of a questionnaire: the answers by question code. {@code assessedOn}
 * defaults to today.
 */
public record RecordAssessment(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be a questionnaire code such as ECONOMIC")
        String questionnaire,

        @NotNull @Min(1) @Max(1000) Integer version,

        LocalDate assessedOn,

        @NotNull @Size(max = 200) List<org.returneeregistry.reintegration.domain.AnswerInput> answers) {

    public RecordAssessment {
        answers = answers == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(answers));
    }
}
