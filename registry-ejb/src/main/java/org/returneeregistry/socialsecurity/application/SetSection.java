package org.returneeregistry.socialsecurity.application;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.domain.Text;
import org.returneeregistry.socialsecurity.domain.SocialSecuritySection;

/** A new version of an agreement's social security section, and why. */
public record SetSection(
        @NotNull JsonObject document,

        @Text(multiLine = true) @Size(max = SocialSecuritySection.REASON_LENGTH)
        String reason) {}
