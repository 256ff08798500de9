package org.returneeregistry.exchange.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.returneeregistry.exchange.domain.MessageStatus;
import org.returneeregistry.exchange.domain.OutboxMessage;
import org.returneeregistry.exchange.persistence.OutboxRepository;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.PlainText;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;

/**
 * Lets administrators and auditors see what the outbox holds and how its deliveries went; payloads stay
 * hidden. Administrators decide about dead letters: send again (requeue) or not at all (discard). Each
 * decision is a business call, in the audit trail with who made it.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed({Role.Names.REGISTRY_ADMIN, Role.Names.AUDITOR})
public class OutboxMonitor {

    @Inject
    private OutboxRepository messages;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    /** Messages newest first, optionally of one recipient, status and kind. */
    @AuditOperation("OUTBOX_SEARCH")
    public Page<OutboxMessageView> find(OutboxQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        validation.check(
                query.status() != null
                        && Arrays.stream(MessageStatus.values())
                                .noneMatch(s -> s.name().equals(query.status())),
                "status",
                "MessageStatus",
                "must be one of " + Arrays.toString(MessageStatus.values()));
        validation.throwIfInvalid();
        Page<OutboxMessage> found = messages.find(
                query.recipient(),
                query.status() == null ? null : MessageStatus.valueOf(query.status()),
                query.kind(),
                Page.numberOrFirst(query.page()),
                Page.sizeOrDefault(query.pageSize()));
        return new Page<>(
                found.items().stream().map(OutboxMessageView::of).toList(),
                found.page(),
                found.pageSize(),
                found.totalCount());
    }

    /** A dead letter is sent again, at once, its attempts and age counted afresh. */
    @RolesAllowed(Role.Names.REGISTRY_ADMIN)
    @AuditOperation("OUTBOX_REQUEUE")
    public OutboxMessageView requeue(String id) {
        OutboxMessage message = deadLetter(id, "requeued");
        message.requeue(clock.instant());
        return OutboxMessageView.of(message);
    }

    /**
     * A dead letter is not sent; it stays listed, as DISCARDED, with the operator's reason when one is given (1 to
     * {@value OutboxMessage#DISCARD_REASON_LENGTH} characters of plain text).
     */
    @RolesAllowed(Role.Names.REGISTRY_ADMIN)
    @AuditOperation("OUTBOX_DISCARD")
    public OutboxMessageView discard(String id, String reason) {
        InputValidation.of(validator, new Object())
                .check(
                        reason != null && (reason.isBlank() || reason.length() > OutboxMessage.DISCARD_REASON_LENGTH),
                        "reason",
                        "Size",
                        "say why, in 1 to " + OutboxMessage.DISCARD_REASON_LENGTH + " characters")
                .text("reason", reason, PlainText.MULTI_LINE)
                .throwIfInvalid();
        OutboxMessage message = deadLetter(id, "discarded");
        message.discard(reason == null ? null : reason.strip());
        return OutboxMessageView.of(message);
    }

    private OutboxMessage deadLetter(String id, String what) {
        OutboxMessage message = (id == null ? Optional.<OutboxMessage>empty() : messages.find(id))
                .orElseThrow(() -> RegistryException.notFound("Outbox message " + id));
        if (!message.deadLetter()) {
            throw new RegistryException(
                    ErrorCode.OUTBOX_MESSAGE_STATUS_CONFLICT,
                    "Outbox message " + id + " is " + message.status() + "; only a DEAD_LETTER message can be " + what
                            + ".");
        }
        return message;
    }
}
