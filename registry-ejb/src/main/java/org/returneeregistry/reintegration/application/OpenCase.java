package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Text;

/** A registrar opens a case for a returnee who has none open; {@code centre} places it (the caller's own centre for a resource centre's registrar). */
public record OpenCase(
        @NotNull @Pattern(regexp = RegistryNumber.PATTERN, message = "must look like RR-0000-0042-7")
        String registryNumber,

        @Pattern(
                regexp = CreateReferral.ORGANISATION_PATTERN,
                message = "must be an organisation code such as NPL-MRC-KTM")
        String centre,

        @Text(multiLine = true) @NotBlank @Size(max = 1000) String reason) {}
