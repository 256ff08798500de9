package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryNumber;

/** A page of cases, optionally of one returnee, status, centre and case worker. */
public record CaseQuery(
        @Pattern(regexp = RegistryNumber.PATTERN, message = "must look like RR-0000-0042-7")
        String registryNumber,

        @Code("case-status") String status,

        @Pattern(
                regexp = CreateReferral.ORGANISATION_PATTERN,
                message = "must be an organisation code such as NPL-MRC-KTM")
        String centre,

        @Pattern(regexp = AssignCase.WORKER_PATTERN, message = "must be a user name")
        String worker,

        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {}
