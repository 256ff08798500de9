package org.returneeregistry.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.notification.domain.BatchItem;
import org.returneeregistry.notification.domain.BatchState;
import org.returneeregistry.notification.domain.ItemOutcome;
import org.returneeregistry.notification.domain.NotificationBatch;

/** Batches of return notifications and their items. */
@ApplicationScoped
public class NotificationBatchRepository {

    /**
     * Up to %d pending items, oldest batch first, locked for this transaction; an item another transaction
     * holds is skipped, so workers (on one instance or several) never take the same item. PostgreSQL and H2
     * 2.2 both take {@code FOR UPDATE SKIP LOCKED}.
     */
    private static final String NEXT_PENDING_CHUNK =
            "SELECT i.id FROM notification_batch_item i WHERE i.outcome = 'PENDING'"
                    + " ORDER BY i.batch_ref, i.row_number FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";

    private static final String COUNT = "UPDATE notification_batch SET %s = %s + ? WHERE id = ?";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** Adds a batch, written at once: its items refer to it by id, which the unit of work does not order by. */
    public void add(NotificationBatch batch) {
        em.persist(batch);
        em.flush();
    }

    public void add(BatchItem item) {
        em.persist(item);
    }

    public Optional<NotificationBatch> find(String batchId) {
        return em.createQuery("SELECT b FROM NotificationBatch b WHERE b.batchId = :id", NotificationBatch.class)
                .setParameter("id", batchId)
                .getResultStream()
                .findFirst();
    }

    public NotificationBatch byId(Long id) {
        return em.find(NotificationBatch.class, id);
    }

    /**
     * Up to {@code size} pending items of one batch (the oldest batch with a pending item no other transaction
     * holds), locked until the transaction ends, in row order.
     */
    public List<BatchItem> lockNextPending(int size) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(String.format(NEXT_PENDING_CHUNK, Math.max(1, size)))
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> keys = ids.stream().map(id -> ((Number) id).longValue()).toList();
        List<BatchItem> items = em.createQuery(
                        "SELECT i FROM BatchItem i WHERE i.id IN :ids ORDER BY i.batch, i.rowNumber", BatchItem.class)
                .setParameter("ids", keys)
                .getResultList();
        Long batch = items.get(0).batch();
        return items.stream().filter(i -> i.batch().equals(batch)).toList();
    }

    /** An item, locked until the transaction ends; it is read again from the database. */
    public Optional<BatchItem> lockItem(Long id) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM notification_batch_item WHERE id = ? FOR UPDATE")
                .setParameter(1, id)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        BatchItem item = em.find(BatchItem.class, id);
        em.refresh(item);
        return Optional.of(item);
    }

    /**
     * Counts an item's outcome on its batch, in the item's transaction. An increment in the database rather
     * than on the entity, so workers recording items of one batch wait briefly for each other instead of
     * failing on the batch's version.
     */
    public void count(Long batch, ItemOutcome outcome) {
        count(batch, outcome, 1);
    }

    /** Counts {@code n} items' outcome on their batch at once (a chunk's), in their transaction. */
    public void count(Long batch, ItemOutcome outcome, int n) {
        String column =
                switch (outcome) {
                    case ACCEPTED -> "accepted_count";
                    case REPLAYED -> "replayed_count";
                    case REFUSED -> "refused_count";
                    case PENDING -> throw new IllegalArgumentException("a pending item is not counted");
                };
        em.createNativeQuery(String.format(COUNT, column, column))
                .setParameter(1, n)
                .setParameter(2, batch)
                .executeUpdate();
    }

    /** Whether any item of the batch is still pending. */
    public boolean hasPending(Long batch) {
        return !em.createQuery(
                        "SELECT i.id FROM BatchItem i WHERE i.batch = :batch AND i.outcome = :pending", Long.class)
                .setParameter("batch", batch)
                .setParameter("pending", ItemOutcome.PENDING)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The batch, locked and read again, to complete it. */
    public NotificationBatch lockBatch(Long id) {
        em.createNativeQuery("SELECT id FROM notification_batch WHERE id = ? FOR UPDATE")
                .setParameter(1, id)
                .getResultList();
        NotificationBatch batch = em.find(NotificationBatch.class, id);
        em.refresh(batch);
        return batch;
    }

    /** A page of a batch's items in row order; refused ones only when {@code refusedOnly}. */
    public List<BatchItem> items(Long batch, boolean refusedOnly, int first, int max) {
        var query = em.createQuery(
                        "SELECT i FROM BatchItem i WHERE i.batch = :batch"
                                + (refusedOnly ? " AND i.outcome = :refused" : "")
                                + " ORDER BY i.rowNumber",
                        BatchItem.class)
                .setParameter("batch", batch);
        if (refusedOnly) {
            query.setParameter("refused", ItemOutcome.REFUSED);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The processing batches none of whose items is pending any more. */
    public List<Long> processingWithoutPending() {
        return em.createQuery(
                        "SELECT b.id FROM NotificationBatch b WHERE b.state = :processing AND NOT EXISTS"
                                + " (SELECT i.id FROM BatchItem i WHERE i.batch = b.id AND i.outcome = :pending)",
                        Long.class)
                .setParameter("processing", BatchState.PROCESSING)
                .setParameter("pending", ItemOutcome.PENDING)
                .getResultList();
    }
}
