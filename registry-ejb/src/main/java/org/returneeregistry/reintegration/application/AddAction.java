package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.returneeregistry.shared.domain.Text;

/** An action towards goal {@code goal} of the plan, by the organisation responsible, due on a date. */
public record AddAction(
        @NotNull @Min(1) @Max(1000) Integer goal,
        @Text(multiLine = true) @NotBlank @Size(max = 1000) String description,

        @NotNull
        @Pattern(
                regexp = CreateReferral.ORGANISATION_PATTERN,
                message = "must be an organisation code such as NPL-CTEVT")
        String responsible,

        @NotNull LocalDate dueOn) {}
