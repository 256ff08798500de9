package org.returneeregistry.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Instant;
import org.returneeregistry.audit.domain.AuditEntry;
import org.returneeregistry.audit.persistence.AuditEntryRepository;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.ChainLinker;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.Keyring;
import org.returneeregistry.shared.application.LogBundles;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.ChainCheck;
import org.returneeregistry.shared.domain.LogBundle;
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
    public static final String LOG_NAME = AuditEntryRepository.LOG_NAME;

    @Inject
    private AuditEntryRepository entries;

    @Inject
    private Validator validator;

    @Inject
    private Keyring keyring;

    @Inject
    private ChainLinker linker;

    @Inject
    private LogBundles bundles;

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
     * holds it against the signed checkpoints, as the decision log's verification does ({@link ChainLinker#verify}).
     * Covers linked entries; the answer says how many were written but not linked yet.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AuditOperation("AUDIT_VERIFY")
    public ChainCheck verify(Long from, Long to) {
        InputValidation validation = InputValidation.of(validator, new Object());
        validation.check(from != null && from < 1, "from", "Min", "must be 1 or more");
        validation.check(from != null && to != null && to < from, "to", "AtLeastFrom", "must not be below 'from'");
        validation.throwIfInvalid();
        return linker.verify(entries, from, to);
    }

    /**
     * A verifiable bundle of the log for a period, or for one returnee (the others' entries between only as
     * hashes), to be verified offline with the registry's public key ({@link LogBundles}, ADR 0014).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AuditOperation("AUDIT_BUNDLE_EXPORT")
    public LogBundle bundle(Instant from, Instant to, String returnee) {
        return bundles.export(entries, bundles.select(from, to, returnee));
    }
}
