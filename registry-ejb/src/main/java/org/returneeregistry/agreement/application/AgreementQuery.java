package org.returneeregistry.agreement.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Page;

/** A page of agreements, optionally of one status and with a party of one country. */
public record AgreementQuery(
        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize,
        @Code("agreement-status") String status,
        @Code("country") String country) {}
