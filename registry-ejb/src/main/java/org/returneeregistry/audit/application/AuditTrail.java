package org.returneeregistry.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.audit.domain.AuditEntry;
import org.returneeregistry.audit.domain.AuditHead;
import org.returneeregistry.audit.persistence.AuditEntryRepository;
import org.returneeregistry.shared.application.AuditOperation;
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
 * Lets auditors read the hash-chained audit trail and verify it. The entries are appended by
 * {@link AuditChain}, which {@link AuditRecorder} calls when a business call ends.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.AUDITOR)
public class AuditTrail {

    /** The audit trail's name in its checkpoints. */
    public static final String LOG_NAME = "audit-trail";

    private static final int VERIFY_BATCH = 1000;

    @Inject
    private AuditEntryRepository entries;

    @Inject
    private Validator validator;

    @Inject
    private Keyring keyring;

    @Inject
    private LogCheckpoints checkpoints;

    @AuditOperation("AUDIT_SEARCH")
    public Page<AuditEntryView> find(AuditQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        validation.check(
                query.from() != null && query.to() != null && !query.to().isAfter(query.from()),
                "to",
                "AfterFrom",
                "must be after 'from'");
        validation.throwIfInvalid();
        String record = query.record() == null ? null : keyring.keyedHash(query.record());
        Page<AuditEntry> found = entries.find(
                query.organisation(),
                query.subject(),
                query.operation(),
                query.outcome(),
                record,
                query.from(),
                query.to(),
                Page.numberOrFirst(query.page()),
                Page.sizeOrDefault(query.pageSize()));
        return new Page<>(
                found.items().stream().map(AuditEntryView::of).toList(),
                found.page(),
                found.pageSize(),
                found.totalCount());
    }

    /**
     * Recomputes the chain over entries {@code from}..{@code to} (the whole chain when both are null) and
     * holds it against the signed checkpoints, as the decision log's verification does. Runs outside a
     * transaction, one short read per batch.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AuditOperation("AUDIT_VERIFY")
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
