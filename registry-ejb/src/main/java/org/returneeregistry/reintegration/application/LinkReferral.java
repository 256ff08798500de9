package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotNull;

/** Links an existing referral of the returnee to the case. */
public record LinkReferral(@NotNull String referralId) {}
