package org.returneeregistry.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import org.returneeregistry.audit.domain.AuditEntry;
import org.returneeregistry.audit.persistence.AuditEntryRepository;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.application.ServiceCallEnded;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.Role;

/**
 * Appends audit entries and lets auditors read them.
 *
 * <p>An entry is written in its own transaction, so a call that is refused or rolled back is
 * still on record; an entry that cannot be written fails the call rather than letting it pass
 * unrecorded.
 */
@Stateless
public class AuditTrail {

    @Inject
    private AuditEntryRepository entries;

    @Inject
    private Validator validator;

    /** Records every business call that ended, in its own transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(@Observes ServiceCallEnded call) {
        entries.add(new AuditEntry(call.at(), call.actor(), call.channel(), call.operation(), call.outcome()));
    }

    @RolesAllowed(Role.Names.AUDITOR)
    @Interceptors(ServiceCall.class)
    public Page<AuditEntryView> find(AuditQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        validation.check(query.from() != null && query.to() != null && !query.to().isAfter(query.from()), "to",
                "AfterFrom", "must be after 'from'");
        validation.throwIfInvalid();
        Page<AuditEntry> found = entries.find(query.organisation(), query.subject(), query.operation(), query.outcome(),
                query.from(), query.to(), Page.numberOrFirst(query.page()), Page.sizeOrDefault(query.pageSize()));
        return new Page<>(found.items().stream().map(AuditEntryView::of).toList(), found.page(), found.pageSize(),
                found.totalCount());
    }
}
