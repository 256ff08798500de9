package org.returneeregistry.exchange.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.returneeregistry.shared.domain.Page;

/** Filters of the message log (each optional) and the page. */
public record MessageLogQuery(
        @Pattern(
                regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                message = "must be an agreement id (a UUID)")
        String agreementId,

        @Pattern(regexp = InboundEnvelope.ORGANISATION, message = "must be an organisation code")
        String sender,

        @Pattern(regexp = InboundEnvelope.MESSAGE_ID, message = "must be 1 to 64 letters, digits or . _ : -")
        String messageId,

        @Pattern(regexp = "ACCEPTED|REFUSED", message = "must be ACCEPTED or REFUSED")
        String decision,

        @Pattern(regexp = "[A-Za-z_]{1,64}", message = "must be a reason code")
        String reason,

        Instant from,
        Instant to,
        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {}
