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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** Takes in one item, if it is still pending (the item-by-item pass over a chunk that failed). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ItemOutcome> take(Long itemId) {
        return batches.lockItem(itemId)
                .filter(i -> i.outcome() == ItemOutcome.PENDING)
                .map(this::takeAlone);
    }

    /**
     * Takes in up to {@code size} pending items of one batch in one transaction: one commit, one batch-count
     * update per outcome. A row that cannot be read, breaks the notification's rules or names another mission is
     * recorded refused in the same transaction (nothing of the intake ran for it). Any other failure — a refusal
     * of the intake, a lost race, a fault — rolls the whole chunk back ({@link ChunkFailed}), and the job takes
     * the chunk's items again one by one, so a failing item never costs its neighbours their effect and every
     * item stays all-or-nothing. Answers the number of items given an outcome; zero when none is pending.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int takeChunk(int size) {
        List<BatchItem> chunk = batches.lockNextPending(size);
        if (chunk.isEmpty()) {
            return 0;
        }
        NotificationBatch batch = batches.byId(chunk.get(0).batch());
        Actor submitter = batch.submitter();
        Map<ItemOutcome, Integer> counts = new EnumMap<>(ItemOutcome.class);
        Instant now = clock.instant();
        List<Long> ids = chunk.stream().map(BatchItem::id).toList();
        try {
            actingFor.actor(submitter);
            try {
                identified.fire(new CallerIdentified(submitter));
            } catch (RuntimeException e) {
                throw new ChunkFailed(ids, e); // a suspended mission: each item is refused on its own
            }
            for (Long id : ids) {
                // read again after the previous item's clear (the first is still managed)
                BatchItem item = em.find(BatchItem.class, id);
                SubmitReturnNotification command;
                try {
                    command = checked(item, batch);
                } catch (RegistryException refusal) {
                    item.refused(
                            refusal.code().code(),
                            refusal.getMessage(),
                            NotificationBatchService.JSON.toJson(
                                    refusal.violations(), NotificationBatchService.VIOLATIONS),
                            now);
                    counts.merge(ItemOutcome.REFUSED, 1, Integer::sum);
                    written();
                    continue;
                }
                try {
                    intakeOf(item, command, submitter, now);
                    counts.merge(item.outcome(), 1, Integer::sum);
                    written();
                } catch (RuntimeException e) {
                    throw new ChunkFailed(ids, e);
                }
            }
            counts.forEach((outcome, n) -> batches.count(batch.id(), outcome, n));
            em.flush();
            completeIfDone(batch.id(), now);
            return chunk.size();
        } finally {
            actingFor.clear();
        }
    }

    /**
     * Writes what the item changed (what the next item's matching and idempotency look up must see) and empties
     * the persistence context. EclipseLink compares every object it manages with its copy at each flush, and the
     * intake's queries flush: without the clear, the chunk's n-th item would pay for all the objects of the n - 1
     * before it — most of the job's CPU with 25 items per transaction. The objects of earlier items are not used
     * again: the next item is read again by id, the batch only for its id, mission and submitter.
     */
    private void written() {
        em.flush();
        em.clear();
    }

    /** One item in a transaction of its own, as the job took every item before chunks. */
    private ItemOutcome takeAlone(BatchItem item) {
        try {
            NotificationBatch batch = batches.byId(item.batch());
            Actor submitter = batch.submitter();
            actingFor.actor(submitter);
            identified.fire(new CallerIdentified(submitter));
            SubmitReturnNotification command = checked(item, batch);
            Instant now = clock.instant();
            intakeOf(item, command, submitter, now);
            batches.count(batch.id(), item.outcome());
            em.flush();
            completeIfDone(batch.id(), now);
            return item.outcome();
        } catch (RuntimeException e) {
            throw new ItemFailed(item.id(), e);
        } finally {
            actingFor.clear();
        }
    }

    /** The item read and checked as a single submission is, before any intake: a refusal here writes nothing. */
    private SubmitReturnNotification checked(BatchItem item, NotificationBatch batch) {
        SubmitReturnNotification command = read(item);
        ReturnNotificationService.validate(validator, clock, command);
        if (!command.missionCode().equals(batch.missionCode())) {
            throw new RegistryException(
                    ErrorCode.NOT_AUTHORIZED,
                    "The notification names mission " + command.missionCode() + " but the batch was submitted for "
                            + batch.missionCode() + "; a mission submits only its own notifications.");
        }
        return command;
    }

    /** The intake of a checked item, its outcome on the item and, for a first receipt, its audit entry. */
    private void intakeOf(BatchItem item, SubmitReturnNotification command, Actor submitter, Instant now) {
        // the item is stored in the canonical JSON a single submission is hashed in: a replay is a replay
        IntakeResult result = intake.receiveBatched(command, item.content(), Sha256.hex(item.content()));
        Acknowledgement ack = result.acknowledgement();
        item.acknowledged(result.firstReceipt(), ack.registryNumber(), ack.status(), ack.match(), now);
        if (result.firstReceipt()) {
            succeeding.fire(new ServiceCallSucceeding(
                    now, submitter, CallScope.BATCH, AUDIT_OPERATION, ack.registryNumber(), () -> {}));
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
