package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.returneeregistry.shared.domain.Page;

/** A page of grievances, optionally of one status and one case. */
public record GrievanceQuery(
        @Pattern(
                regexp = "RECEIVED|UNDER_REVIEW|RESPONDED|CLOSED",
                message = "must be RECEIVED, UNDER_REVIEW, RESPONDED or CLOSED")
        String status,

        @Pattern(regexp = RecordGrievance.CASE_ID, message = "must be a case id (a UUID in lower case)")
        String caseId,

        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {}
