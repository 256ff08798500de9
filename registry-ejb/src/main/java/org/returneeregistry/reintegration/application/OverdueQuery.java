package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.returneeregistry.shared.domain.Page;

/**
 * A page of overdue follow-ups of a centre's case worker: by default the caller at the caller's centre;
 * the operator's registrars name the centre (and may name a worker).
 */
public record OverdueQuery(
        @Pattern(
                regexp = CreateReferral.ORGANISATION_PATTERN,
                message = "must be an organisation code such as NPL-MRC-KTM")
        String centre,

        @Pattern(regexp = AssignCase.WORKER_PATTERN, message = "must be a user name")
        String worker,

        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {}
