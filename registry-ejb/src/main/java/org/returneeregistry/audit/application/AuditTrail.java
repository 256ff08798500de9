package org.returneeregistry.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returneeregistry.audit.domain.AuditEntry;
import org.returneeregistry.audit.domain.AuditHead;
import org.returneeregistry.audit.persistence.AuditEntryRepository;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.Keyring;
import org.returneeregistry.shared.application.LogCheckpoints;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.ChainCheck;
import org.returneeregistry.shared.domain.ChainWalk;
import org.returneeregistry.shared.domain.Checkpoint;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.Role;

/**
 * Appends audit entries to the hash-chained audit trail and lets auditors read and verify it.
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
public class AuditTrail {

    /** The audit trail's name in its checkpoints. */
    public static final String LOG_NAME = "audit-trail";
    /** The outcome of a call that returned but whose transaction did not commit. */
    public static final String FAILED = "FAILED";
    private static final int VERIFY_BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @Inject
    private AuditEntryRepository entries;

    @Inject
    private Validator validator;

    @Inject
    private Keyring keyring;

    @Inject
    private LogCheckpoints checkpoints;

    /** Appends an entry in the caller's transaction, so it commits or rolls back with the call it records. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void appendWithCall(AuditEntry entry) {
        append(entry);
    }

    /** Appends an entry in a transaction of its own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendAlone(AuditEntry entry) {
        try {
            append(entry);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "An audit entry could not be written: " + entry.operation() + " " + entry.outcome(), e);
            throw e;
        }
    }

    private void append(AuditEntry entry) {
        AuditHead head = entries.lockHead();
        entries.add(head.append(entry));
    }

    /** Signs a checkpoint of the chain's head, unless one covers it already (see {@link LogCheckpoints}). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean checkpoint() {
        AuditHead head = entries.lockHead();
        return checkpoints.sign(LOG_NAME, head.lastSequence(), head.lastHash());
    }

    @RolesAllowed(Role.Names.AUDITOR)
    @Interceptors(ServiceCall.class)
    public Page<AuditEntryView> find(AuditQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        validation.check(query.from() != null && query.to() != null && !query.to().isAfter(query.from()), "to",
                "AfterFrom", "must be after 'from'");
        validation.throwIfInvalid();
        String record = query.record() == null ? null : keyring.keyedHash(query.record());
        Page<AuditEntry> found = entries.find(query.organisation(), query.subject(), query.operation(), query.outcome(),
                record, query.from(), query.to(), Page.numberOrFirst(query.page()), Page.sizeOrDefault(query.pageSize()));
        return new Page<>(found.items().stream().map(AuditEntryView::of).toList(), found.page(), found.pageSize(),
                found.totalCount());
    }

    /**
     * Recomputes the chain over entries {@code from}..{@code to} (the whole chain when both are null) and
     * holds it against the signed checkpoints, as the decision log's verification does. Runs outside a
     * transaction, one short read per batch.
     */
    @RolesAllowed(Role.Names.AUDITOR)
    @Interceptors(ServiceCall.class)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainCheck verify(Long from, Long to) {
        InputValidation validation = InputValidation.of(validator, new Object());
        validation.check(from != null && from < 1, "from", "Min", "must be 1 or more");
        validation.check(from != null && to != null && to < from, "to", "AtLeastFrom", "must not be below 'from'");
        validation.throwIfInvalid();
        // Checkpoints first: every one read is then at or below the head read next.
        List<Checkpoint> signed = checkpoints.read(LOG_NAME);
        AuditHead head = entries.head();
        long headSequence = head.lastSequence();
        long first = from == null ? 1 : from;
        long last = to == null ? headSequence : Math.min(to, headSequence);
        String previous = AuditHead.GENESIS_HASH;
        if (first > 1) {
            Optional<AuditEntry> before = entries.entry(first - 1);
            if (before.isEmpty()) {
                return new ChainWalk(first, to, previous, List.of()).missingBefore();
            }
            previous = before.get().entryHash();
        }
        ChainWalk walk = new ChainWalk(first, to, previous, signed);
        while (walk.expected() <= last && !walk.isBroken()) {
            List<AuditEntry> batch = entries.slice(walk.expected(), last, VERIFY_BATCH);
            if (batch.isEmpty()) {
                walk.missing();
            }
            for (AuditEntry e : batch) {
                if (!walk.accept(e.sequence(), e.previousHash(), e.entryHash(), e.recomputeHash())) {
                    break;
                }
            }
        }
        return walk.finish(headSequence, head.lastHash());
    }
}
