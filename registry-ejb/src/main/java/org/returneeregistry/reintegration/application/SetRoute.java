package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.returneeregistry.shared.codelist.Code;

/** A registry administrator sends a service's referrals to a recipient organisation. */
public record SetRoute(
        @NotNull @Code("referral-service") String service,
        @NotNull @Pattern(regexp = CreateReferral.ORGANISATION_PATTERN,
                message = "must be an organisation code such as NPL-MOHP") String recipient) {
}
