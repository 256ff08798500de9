package org.returneeregistry.exchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returneeregistry.exchange.domain.MessageLogEntry;
import org.returneeregistry.exchange.persistence.MessageLogRepository;
import org.returneeregistry.shared.application.ChainLinker;

/**
 * Appends entries to the hash-chained message log, never read by a protocol ({@link MessageLogService} answers
 * auditors). An accepted message is logged in the transaction that does what it asks, so it is logged if and only if
 * it was taken in; a refused one in a transaction of its own, so the refusal stays on record while everything the
 * message would have written is rolled back or never started — as the audit trail records refused calls. An entry
 * is sealed when written and linked by the shared linker (ADR 0009).
 */
@Stateless
@PermitAll
public class MessageLog {

    private static final Logger LOG = Logger.getLogger(MessageLog.class.getName());

    @Inject
    private MessageLogRepository entries;

    @Inject
    private ChainLinker linker;

    @Inject
    private Clock clock;

    /** Appends in the caller's transaction: the entry commits or rolls back with the message it records. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void appendWithCall(MessageLogEntry.Content content) {
        entries.add(new MessageLogEntry(clock.instant(), content), linker::seal);
    }

    /** Appends in a transaction of its own: a refusal is recorded whatever becomes of the call. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendAlone(MessageLogEntry.Content content) {
        try {
            entries.add(new MessageLogEntry(clock.instant(), content), linker::seal);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A message log entry could not be written: " + content.reason(), e);
            throw e;
        }
    }
}
