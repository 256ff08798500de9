package org.returneeregistry.socialsecurity.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.returneeregistry.shared.domain.Page;

/**
 * Which claims to list: of one status, or only those whose partner is overdue (periods requested, no answer
 * within the section's reminder time); newest first.
 */
public record ClaimQuery(
        String status,
        Boolean overdue,
        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {}
