package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/** A goal of the plan: a {@code reintegration-dimension} and {@code reintegration-level} code and what is to be reached. */
public record AddGoal(
        @NotNull @Code("reintegration-dimension") String dimension,
        @NotNull @Code("reintegration-level") String level,
        @Text(multiLine = true) @NotBlank @Size(max = 1000) String description) {}
