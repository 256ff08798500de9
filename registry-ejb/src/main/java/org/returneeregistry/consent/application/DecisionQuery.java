package org.returneeregistry.consent.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.Text;

/**
 * An auditor's search of the decision log; every criterion optional. {@code agreement} keeps the decisions taken
 * under one agreement; {@code sort} names the order (a field, {@code -} first for descending; newest first when
 * absent), ties always newest first.
 */
public record DecisionQuery(
        @Text @Size(min = 1, max = 64) String returnee,
        @Text @Size(min = 1, max = 64) String organisation,
        @Code("consent-purpose") String purpose,

        @Pattern(regexp = "PERMIT|DENY", message = "must be PERMIT or DENY")
        String outcome,

        @Pattern(regexp = "[A-Z_]{1,40}", message = "must be a decision reason such as NO_CONSENT")
        String reason,

        @Pattern(
                regexp = "REST|SOAP|CONSOLE|PARTNER|INTERNAL",
                message = "must be REST, SOAP, CONSOLE, PARTNER or INTERNAL")
        String channel,

        Instant from,
        Instant to,
        @Text @Size(min = 1, max = 36) String agreement,

        @Pattern(
                regexp = "-?(decidedAt|organisation|purpose|outcome|reason|channel)",
                message =
                        "must be decidedAt, organisation, purpose, outcome, reason or channel, '-' first for descending")
        String sort,

        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {}
