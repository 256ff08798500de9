package org.returneeregistry.exchange.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.returneeregistry.shared.domain.Page;

/** Which employment record requests to list: direction, status, one request's message id; a page. */
public record EmploymentRecordRequestQuery(
        @Pattern(regexp = "INBOUND|OUTBOUND", message = "must be INBOUND or OUTBOUND")
        String direction,

        @Pattern(regexp = "AWAITING_ANSWER|ANSWERED", message = "must be AWAITING_ANSWER or ANSWERED")
        String status,

        @Pattern(regexp = InboundEnvelope.MESSAGE_ID, message = "must be 1 to 64 letters, digits or . _ : -")
        String messageId,

        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {}
