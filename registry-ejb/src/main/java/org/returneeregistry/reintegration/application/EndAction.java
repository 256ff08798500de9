package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.domain.Text;

/** An action ends: done ({@code done} true) or cancelled, with an optional note. */
public record EndAction(
        @NotNull Boolean done,
        @Text(multiLine = true) @Size(min = 1, max = 1000) String note) {}
