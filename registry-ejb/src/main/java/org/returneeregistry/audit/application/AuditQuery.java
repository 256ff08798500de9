package org.returneeregistry.audit.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.returneeregistry.audit.domain.AuditEntry;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.Text;

/**
 * An auditor's search of the audit entries; every criterion is optional, {@code to} is exclusive.
 * {@code record} is the record a call named (a registry number, consent id …), matched by its keyed hash.
 */
public record AuditQuery(
        @Text @Size(min = 1, max = Actor.MAX_LENGTH) String organisation,
        @Text @Size(min = 1, max = Actor.MAX_LENGTH) String subject,
        @Text @Size(min = 1, max = AuditEntry.OPERATION_LENGTH) String operation,
        @Text @Size(min = 1, max = AuditEntry.OUTCOME_LENGTH) String outcome,
        @Text @Size(min = 1, max = Actor.MAX_LENGTH) String record,
        Instant from,
        Instant to,
        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {
}
