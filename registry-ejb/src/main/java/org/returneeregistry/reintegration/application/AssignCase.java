package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.domain.Text;

/**
 * Assigns a case to a case worker (a user name of the holding centre; none means the caller), placing
 * it at {@code centre} when no centre holds it yet.
 */
public record AssignCase(
        @Pattern(
                regexp = CreateReferral.ORGANISATION_PATTERN,
                message = "must be an organisation code such as NPL-MRC-KTM")
        String centre,

        @Pattern(
                regexp = AssignCase.WORKER_PATTERN,
                message = "must be a user name: 1 to 100 letters, digits or . _ @ + -")
        String worker,

        @Text(multiLine = true) @Size(min = 1, max = 1000) String reason) {

    public static final String WORKER_PATTERN = "[\\p{L}\\p{N}._@+\\-]{1,100}";
}
