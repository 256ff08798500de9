package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/**
 * Closes a case with its outcome ({@code case-outcome} code). The reason is required for OTHER and when
 * the plan has open actions.
 */
public record CloseCase(
        @NotNull @Code("case-outcome") String outcome,
        @Text(multiLine = true) @Size(min = 1, max = 1000) String reason) {}
