package org.returneeregistry.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returneeregistry.audit.domain.AuditEntry;
import org.returneeregistry.audit.persistence.AuditEntryRepository;
import org.returneeregistry.shared.application.ChainLinker;

/**
 * Appends audit entries to the hash-chained audit trail. Used by {@link AuditRecorder}, never by a
 * protocol; auditors read the trail through {@link AuditTrail}. An append takes no shared lock: the entry
 * is written, sealed, and the shared {@link ChainLinker} links it into the chain once it is committed.
 *
 * <p>{@link AuditRecorder} decides in which transaction a call is recorded. A call that succeeds is
 * recorded in its own business transaction: the entry commits with what the
 * call did, or not at all — a call that rolls back leaves no "OK" behind. If that transaction does not
 * commit after all, the call is recorded again, with outcome {@code FAILED}, in a transaction of its own
 * once the rollback is done. A call refused or failed with an error is recorded in a transaction of its
 * own, so the refusal stays on record. An entry that cannot be written fails the call rather than letting
 * it pass unrecorded. Each entry names the record the call touched, as a keyed hash.
 */
@Stateless
@PermitAll
public class AuditChain {

    /** The outcome of a call that returned but whose transaction did not commit. */
    public static final String FAILED = "FAILED";

    private static final Logger LOG = Logger.getLogger(AuditChain.class.getName());

    @Inject
    private AuditEntryRepository entries;

    @Inject
    private ChainLinker linker;

    /** Appends an entry in the caller's transaction, so it commits or rolls back with the call it records. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void appendWithCall(AuditEntry entry) {
        append(entry);
    }

    /** Appends an entry in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendAlone(AuditEntry entry) {
        try {
            append(entry);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "An audit entry could not be written: " + entry.operation() + " " + entry.outcome(),
                    e);
            throw e;
        }
    }

    private void append(AuditEntry entry) {
        entries.add(entry, linker::seal);
    }
}
