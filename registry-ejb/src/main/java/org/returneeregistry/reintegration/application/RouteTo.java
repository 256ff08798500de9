package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The recipient organisation named for a referral or a service's route. */
public record RouteTo(
        @NotNull @Pattern(regexp = CreateReferral.ORGANISATION_PATTERN,
                message = "must be an organisation code such as NPL-MOHP") String recipient) {
}
