package org.returneeregistry.exchange.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.util.Arrays;
import org.returneeregistry.exchange.domain.MessageStatus;
import org.returneeregistry.exchange.domain.OutboxMessage;
import org.returneeregistry.exchange.persistence.OutboxRepository;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.Role;

/** Lets administrators and auditors see what the outbox holds and how its deliveries went; payloads stay hidden. */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed({Role.Names.REGISTRY_ADMIN, Role.Names.AUDITOR})
public class OutboxMonitor {

    @Inject
    private OutboxRepository messages;

    @Inject
    private Validator validator;

    /** Messages newest first, optionally of one recipient, status and kind. */
    public Page<OutboxMessageView> find(OutboxQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        validation.check(query.status() != null && Arrays.stream(MessageStatus.values())
                        .noneMatch(s -> s.name().equals(query.status())), "status", "MessageStatus",
                "must be one of " + Arrays.toString(MessageStatus.values()));
        validation.throwIfInvalid();
        Page<OutboxMessage> found = messages.find(query.recipient(),
                query.status() == null ? null : MessageStatus.valueOf(query.status()), query.kind(),
                Page.numberOrFirst(query.page()), Page.sizeOrDefault(query.pageSize()));
        return new Page<>(found.items().stream().map(OutboxMessageView::of).toList(), found.page(), found.pageSize(),
                found.totalCount());
    }
}
