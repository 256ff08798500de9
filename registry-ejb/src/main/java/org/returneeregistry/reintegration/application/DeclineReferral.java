package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.domain.Text;

/** A recipient declines a referral; the reason is kept with it. */
public record DeclineReferral(@Text(multiLine = true) @NotBlank @Size(max = 1000) String reason) {
}
