package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.domain.Text;

/** Moves a case to another resource centre, optionally to one of its case workers, with the reason. */
public record TransferCase(
        @NotNull
        @Pattern(
                regexp = CreateReferral.ORGANISATION_PATTERN,
                message = "must be an organisation code such as NPL-MRC-KTM")
        String centre,

        @Pattern(
                regexp = AssignCase.WORKER_PATTERN,
                message = "must be a user name: 1 to 100 letters, digits or . _ @ + -")
        String worker,

        @Text(multiLine = true) @NotBlank @Size(max = 1000) String reason) {}
