package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.domain.Text;

/** A progress note. */
public record AddNote(
        @Text(multiLine = true) @NotBlank @Size(max = 1000) String text) {}
