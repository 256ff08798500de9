package org.returneeregistry.socialsecurity.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.returneeregistry.shared.domain.Page;

/** Which page of a returnee's statements to list, newest first. */
public record StatementQuery(
        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {}
