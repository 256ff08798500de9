package org.returneeregistry.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.notification.domain.BatchItem;
import org.returneeregistry.notification.domain.ItemOutcome;
import org.returneeregistry.notification.domain.NotificationBatch;
import org.returneeregistry.notification.persistence.NotificationBatchRepository;
import org.returneeregistry.shared.application.ActingFor;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.CallerIdentified;
import org.returneeregistry.shared.application.ServiceCallSucceeding;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Sha256;
import org.returneeregistry.shared.domain.Violation;

/**
 * The batch job's unit of work: one pending item, locked ({@code FOR UPDATE SKIP LOCKED}), taken through the
 * same intake as a single notification on behalf of the mission officer who submitted the batch, its outcome
 * and the batch's count written in the same transaction as the intake's effect. A refusal rolls all of it back
 * ({@link ItemFailed}) and is recorded by {@link #refuse} in a transaction of its own. So an item is taken in
 * once, whatever stops the server in between: it is pending until the commit that holds its effect.
 *
 * <p>The submitter's organisation is checked again, as for every call, so a mission suspended while its batch
 * waits has the rest refused; and an item naming another mission is refused as a single notification would be.
 * Each item taken in is audited in its transaction, as the single notification's call is.
 */
@Stateless
@PermitAll
public class BatchItemIntake {

    static final String AUDIT_OPERATION = "NOTIFICATION_BATCH_ITEM";

    @Inject
    private NotificationBatchRepository batches;

    @EJB
    private NotificationIntake intake;

    @Inject
    private ActingFor actingFor;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @Inject
    private Event<CallerIdentified> identified;

    @Inject
    private Event<ServiceCallSucceeding> succeeding;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** Takes in the next pending item of any batch; empty when none is pending (or all are being taken in). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ItemOutcome> takeNext() {
        Optional<BatchItem> next = batches.lockNextPending();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        BatchItem item = next.get();
        try {
            NotificationBatch batch = batches.byId(item.batch());
            Actor submitter = batch.submitter();
            actingFor.actor(submitter);
            identified.fire(new CallerIdentified(submitter));
            SubmitReturnNotification command = read(item);
            ReturnNotificationService.validate(validator, clock, command);
            if (!command.missionCode().equals(batch.missionCode())) {
                throw new RegistryException(
                        ErrorCode.NOT_AUTHORIZED,
                        "The notification names mission " + command.missionCode() + " but the batch was submitted for "
                                + batch.missionCode() + "; a mission submits only its own notifications.");
            }
            // the item is stored in the canonical JSON a single submission is hashed in: a replay is a replay
            IntakeResult result = intake.receiveBatched(command, item.content(), Sha256.hex(item.content()));
            Instant now = clock.instant();
            Acknowledgement ack = result.acknowledgement();
            item.acknowledged(result.firstReceipt(), ack.registryNumber(), ack.status(), ack.match(), now);
            batches.count(batch.id(), item.outcome());
            if (result.firstReceipt()) {
                succeeding.fire(new ServiceCallSucceeding(
                        now, submitter, CallScope.BATCH, AUDIT_OPERATION, ack.registryNumber(), () -> {}));
            }
            em.flush();
            completeIfDone(batch.id(), now);
            return Optional.of(item.outcome());
        } catch (RuntimeException e) {
            throw new ItemFailed(item.id(), e);
        } finally {
            actingFor.clear();
        }
    }

    /** Records an item's refusal, unless it has its outcome already (another worker got there first). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refuse(Long itemId, String code, String message, List<Violation> violations) {
        batches.lockItem(itemId).filter(i -> i.outcome() == ItemOutcome.PENDING).ifPresent(item -> {
            Instant now = clock.instant();
            item.refused(
                    code,
                    message,
                    NotificationBatchService.JSON.toJson(violations, NotificationBatchService.VIOLATIONS),
                    now);
            batches.count(item.batch(), ItemOutcome.REFUSED);
            em.flush();
            completeIfDone(item.batch(), now);
        });
    }

    /** Completes every processing batch none of whose items is pending (a sweep after the last item). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void completeFinished() {
        Instant now = clock.instant();
        for (Long batch : batches.processingWithoutPending()) {
            batches.lockBatch(batch).complete(now);
        }
    }

    private void completeIfDone(Long batch, Instant now) {
        if (!batches.hasPending(batch)) {
            batches.lockBatch(batch).complete(now);
        }
    }

    private static SubmitReturnNotification read(BatchItem item) {
        try {
            return ReturnNotificationService.CANONICAL.fromJson(item.content(), SubmitReturnNotification.class);
        } catch (JsonbException e) {
            throw new RegistryException(
                    ErrorCode.VALIDATION_FAILED,
                    "The item cannot be read as a notification.",
                    List.of(new Violation("(row)", "Readable", "cannot be read as a notification")));
        }
    }
}
