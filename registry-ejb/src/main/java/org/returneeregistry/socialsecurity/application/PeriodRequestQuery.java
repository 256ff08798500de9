package org.returneeregistry.socialsecurity.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.returneeregistry.shared.domain.Page;

/** Which period requests of the worklist: optionally of one status ({@code OPEN} …) or one sender, paged. */
public record PeriodRequestQuery(
        String status,
        String sender,
        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {}
