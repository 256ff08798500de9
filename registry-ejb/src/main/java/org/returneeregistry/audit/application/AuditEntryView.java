package org.returneeregistry.audit.application;

import java.time.Instant;
import org.returneeregistry.audit.domain.AuditEntry;

/**
 * One audit entry as auditors read it; {@code sequence} is its place in the chain (null for entries
 * written before the chain existed), {@code recordHash} the keyed hash of the record the call named.
 */
public record AuditEntryView(long id, Instant at, String subject, String username, String organisation, String client,
                             String channel, String operation, String outcome, Long sequence, String recordHash) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id(), e.at(), e.subject(), e.username(), e.organisation(), e.client(), e.channel(),
                e.operation(), e.outcome(), e.sequence(), e.recordHash());
    }
}
