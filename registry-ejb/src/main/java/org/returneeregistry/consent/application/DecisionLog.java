package org.returneeregistry.consent.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Arrays;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.consent.domain.DecisionReason;
import org.returneeregistry.consent.persistence.DecisionLogRepository;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.ChainLinker;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.LogBundles;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.LogBundle;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Role;

/**
 * Lets auditors search the hash-chained decision log and verify the chain; the decisions are appended
 * by {@link DecisionChain}.
 *
 * <p>The chain is held against signed checkpoints ({@link DecisionChain#checkpoint()}, on a timer), so
 * rewriting it and recomputing every hash, or cutting its end, is found by {@link #verify}.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.AUDITOR)
public class DecisionLog {

    /** The decision log's name in its checkpoints. */
    public static final String LOG_NAME = DecisionLogRepository.LOG_NAME;

    @Inject
    private DecisionLogRepository entries;

    @Inject
    private RegistryKeys keys;

    @Inject
    private Validator validator;

    @Inject
    private ChainLinker linker;

    @Inject
    private LogBundles bundles;

    @AuditOperation("DECISION_LOG_SEARCH")
    public Page<DecisionView> find(DecisionQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        validation.check(
                query.returnee() != null
                        && RegistryNumber.parse(query.returnee()).isEmpty(),
                "returnee",
                "RegistryNumber",
                "must look like RR-0000-0042-7 with a valid check digit");
        validation.check(
                query.from() != null && query.to() != null && !query.to().isAfter(query.from()),
                "to",
                "AfterFrom",
                "must be after 'from'");
        DecisionReason reason = query.reason() == null
                ? null
                : Arrays.stream(DecisionReason.values())
                        .filter(r -> r.name().equals(query.reason()))
                        .findFirst()
                        .orElse(null);
        validation.check(
                query.reason() != null && reason == null,
                "reason",
                "DecisionReason",
                "must be one of " + Arrays.toString(DecisionReason.values()));
        validation.throwIfInvalid();
        String subject = query.returnee() == null ? null : keys.keyedHash(query.returnee());
        Page<DecisionLogEntry> found = entries.find(
                subject,
                query.organisation(),
                query.purpose(),
                query.outcome(),
                reason,
                query.channel(),
                query.from(),
                query.to(),
                Page.numberOrFirst(query.page()),
                Page.sizeOrDefault(query.pageSize()));
        return new Page<>(
                found.items().stream().map(DecisionView::of).toList(),
                found.page(),
                found.pageSize(),
                found.totalCount());
    }

    /**
     * Recomputes the chain over entries {@code from}..{@code to} (the whole log when both are null) and
     * holds it against the signed checkpoints, from the database and from the file outside it; answers
     * where it first breaks: an entry whose hash does not match its content, whose previous hash is not
     * its predecessor's, a missing sequence number, an entry whose hash is not the one a checkpoint
     * signed (rewritten and rehashed) — and, for a check that runs to the end, a log that ends before a
     * checkpointed entry (cut).
     *
     * <p>Covers the decisions linked into the chain; the answer says how many were written but not linked
     * yet ({@code entriesNotYetLinked}). Runs outside a transaction: each batch is its own short read, so
     * checking a long log holds neither a transaction nor more than one batch.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AuditOperation("DECISION_LOG_VERIFY")
    public ChainVerification verify(Long from, Long to) {
        InputValidation validation = InputValidation.of(validator, new Object());
        validation.check(from != null && from < 1, "from", "Min", "must be 1 or more");
        validation.check(from != null && to != null && to < from, "to", "AtLeastFrom", "must not be below 'from'");
        validation.throwIfInvalid();
        return ChainVerification.of(linker.verify(entries, from, to));
    }

    /**
     * A verifiable bundle of the log for a period, or for one returnee (the others' entries between only as
     * hashes), to be verified offline with the registry's public key ({@link LogBundles}, ADR 0014).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AuditOperation("DECISION_LOG_BUNDLE_EXPORT")
    public LogBundle bundle(Instant from, Instant to, String returnee) {
        return bundles.export(entries, bundles.select(from, to, returnee));
    }
}
