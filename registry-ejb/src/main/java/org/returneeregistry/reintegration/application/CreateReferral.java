package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Text;

/**
 * A registrar refers a returnee to a service. Without a recipient the referral goes to the
 * organisation routed for the service.
 */
public record CreateReferral(
        @NotNull @Pattern(regexp = RegistryNumber.PATTERN, message = "must look like RR-0000-0042-7")
        String registryNumber,

        @NotNull @Code("referral-service") String service,

        @Pattern(regexp = ORGANISATION_PATTERN, message = "must be an organisation code such as NPL-MOHP")
        String recipient,

        @Text(multiLine = true) @NotBlank @Size(max = 1000) String reason) {

    public static final String ORGANISATION_PATTERN = "[A-Z]{3}-[A-Z0-9]{2,10}(-[A-Z0-9]{2,10}){0,2}";
}
