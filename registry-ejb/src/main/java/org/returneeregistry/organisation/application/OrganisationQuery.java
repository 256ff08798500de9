package org.returneeregistry.organisation.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.returneeregistry.shared.domain.Page;

/** A page of organisations, optionally of one type and one status (their names, e.g. MISSION, ACTIVE). */
public record OrganisationQuery(
        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize,
        String type,
        String status) {
}
