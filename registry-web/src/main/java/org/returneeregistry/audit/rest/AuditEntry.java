package org.returneeregistry.audit.rest;

import java.time.Instant;
import org.returneeregistry.audit.application.AuditEntryView;

/** One audited call: who called which operation, by which interface, on which record, with what outcome. */
public record AuditEntry(
        long id,
        Instant at,
        String subject,
        String username,
        String organisation,
        String client,
        String channel,
        String operation,
        String outcome,
        Long sequence,
        String recordHash) {

    static AuditEntry from(AuditEntryView e) {
        return new AuditEntry(
                e.id(),
                e.at(),
                e.subject(),
                e.username(),
                e.organisation(),
                e.client(),
                e.channel(),
                e.operation(),
                e.outcome(),
                e.sequence(),
                e.recordHash());
    }
}
