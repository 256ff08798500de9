package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryNumber;

/** A page of referrals, optionally of one returnee, one status and one service (their codes). */
public record ReferralQuery(
        @Pattern(regexp = RegistryNumber.PATTERN, message = "must look like RR-0000-0042-7")
        String registryNumber,

        @Code("referral-status") String status,
        @Code("referral-service") String service,
        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {}
