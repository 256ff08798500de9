package org.returneeregistry.returnee.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.returneeregistry.returnee.domain.PersonCorrection;
import org.returneeregistry.shared.domain.Text;

/**
 * A registrar corrects a record. The reason is mandatory and kept; expectedVersion, when given,
 * refuses the correction if someone else changed the record in between. The answer is the whole
 * corrected record, so the correction declares a purpose (a consent-purpose code) and is decided
 * and logged as a whole-record read.
 */
public record CorrectReturnee(
        @NotNull String registryNumber,
        Long expectedVersion,
        @Text(multiLine = true) @NotBlank @Size(max = 1000) String reason,
        @NotNull @Valid PersonCorrection changes,
        String purpose) {
}
