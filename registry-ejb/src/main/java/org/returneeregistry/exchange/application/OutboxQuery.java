package org.returneeregistry.exchange.application;

import jakarta.validation.constraints.Pattern;
import org.returneeregistry.organisation.domain.OrganisationCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.returneeregistry.exchange.domain.OutboxMessage;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.Text;

/** An operator's search of the outbox; every criterion is optional; status is a status name, e.g. PENDING. */
public record OutboxQuery(
        @Pattern(regexp = OrganisationCode.PATTERN, message = "must be an organisation code such as NPL-MOHP") String recipient,
        String status,
        @Text @Size(min = 1, max = OutboxMessage.KIND_LENGTH) String kind,
        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {
}
