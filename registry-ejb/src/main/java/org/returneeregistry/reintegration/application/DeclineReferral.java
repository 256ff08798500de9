package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A recipient declines a referral; the reason is kept with it. */
public record DeclineReferral(@NotBlank @Size(max = 1000) String reason) {
}
