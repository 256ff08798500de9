package org.returneeregistry.audit.application;

import java.time.Instant;
import org.returneeregistry.audit.domain.AuditEntry;

/** One audit entry as auditors read it. */
public record AuditEntryView(long id, Instant at, String subject, String username, String organisation, String client,
                             String channel, String operation, String outcome) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id(), e.at(), e.subject(), e.username(), e.organisation(), e.client(), e.channel(),
                e.operation(), e.outcome());
    }
}
