package org.returneeregistry.organisation.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.organisation.domain.OrganisationEvent;
import org.returneeregistry.shared.domain.Text;

/** A suspension or reinstatement as requested: which organisation, and why. */
record StatusChange(
        @NotNull @Pattern(regexp = OrganisationCode.PATTERN, message = "must be an organisation code such as NPL-EMB-DOH")
        String code,
        @Text(multiLine = true) @NotBlank @Size(max = OrganisationEvent.REASON_LENGTH) String reason) {
}
