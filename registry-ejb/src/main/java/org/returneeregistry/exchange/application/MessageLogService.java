package org.returneeregistry.exchange.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Instant;
import org.returneeregistry.exchange.domain.MessageLogEntry;
import org.returneeregistry.exchange.persistence.MessageLogRepository;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.ChainLinker;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.LogBundles;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.ChainCheck;
import org.returneeregistry.shared.domain.LogBundle;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.Role;

/**
 * Lets auditors read the message log — every message exchanged with a partner institution, accepted or refused —
 * and verify its hash chain and checkpoints like the other logs ({@link ChainLinker#verify}).
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.AUDITOR)
public class MessageLogService {

    @Inject
    private MessageLogRepository entries;

    @Inject
    private Validator validator;

    @Inject
    private ChainLinker linker;

    @Inject
    private LogBundles bundles;

    @AuditOperation("EXCHANGE_MESSAGE_SEARCH")
    public Page<MessageLogView> find(MessageLogQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        validation.check(
                query.from() != null && query.to() != null && !query.to().isAfter(query.from()),
                "to",
                "AfterFrom",
                "must be after 'from'");
        validation.throwIfInvalid();
        Page<MessageLogEntry> found = entries.find(
                query.agreementId(),
                query.sender(),
                query.messageId(),
                query.decision(),
                query.reason(),
                query.from(),
                query.to(),
                Page.numberOrFirst(query.page()),
                Page.sizeOrDefault(query.pageSize()));
        return new Page<>(
                found.items().stream().map(MessageLogView::of).toList(),
                found.page(),
                found.pageSize(),
                found.totalCount());
    }

    /** Recomputes the chain over entries {@code from}..{@code to} (all when both are null) and holds it against the checkpoints. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AuditOperation("EXCHANGE_MESSAGE_LOG_VERIFY")
    public ChainCheck verify(Long from, Long to) {
        InputValidation validation = InputValidation.of(validator, new Object());
        validation.check(from != null && from < 1, "from", "Min", "must be 1 or more");
        validation.check(from != null && to != null && to < from, "to", "AtLeastFrom", "must not be below 'from'");
        validation.throwIfInvalid();
        return linker.verify(entries, from, to);
    }

    /**
     * A verifiable bundle of the log for a period: every entry recorded from {@code from} up to {@code to}, whole,
     * between two signed checkpoints, to be verified offline ({@link LogBundles}, ADR 0014). The log keeps no
     * message's content, so it names no returnee: there is no bundle by person.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AuditOperation("EXCHANGE_MESSAGE_LOG_BUNDLE_EXPORT")
    public LogBundle bundle(Instant from, Instant to) {
        return bundles.export(entries, bundles.select(from, to, null));
    }
}
