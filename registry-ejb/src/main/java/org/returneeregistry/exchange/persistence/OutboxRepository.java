package org.returneeregistry.exchange.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.exchange.domain.Channel;
import org.returneeregistry.exchange.domain.MessageStatus;
import org.returneeregistry.exchange.domain.OutboxMessage;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.persistence.PagedQuery;

/** The outbox messages. Used only by the exchange context's application services. */
@ApplicationScoped
public class OutboxRepository {

    /**
     * Due messages, each the oldest due message of its recipient (by when it was written), locked for this
     * transaction; rows another transaction holds are skipped, so dispatchers on several instances never take
     * the same message. The claim is per recipient: a backlog of due messages for one recipient contributes one
     * row, never the whole batch, so a recipient that fails fast cannot push every other recipient's messages
     * out of the round (head-of-line blocking); and because only the oldest due message of a recipient is a
     * candidate, its messages go in the order they were written. A recipient with an attempt in flight (lease
     * not yet ended) gets no further one until it is over, so a slow recipient holds one sender, not all of
     * them. An HL7 message waits while an earlier one about the same returnee to the same recipient is still
     * open (pending, in flight or awaiting an endpoint), so an update (A31) never overtakes the message that
     * introduced the person (A28) — but one given up as a dead letter, or cancelled, holds nothing back. Every
     * condition is a correlated {@code NOT EXISTS}, which PostgreSQL and H2 2.2 both run together with
     * {@code FOR UPDATE SKIP LOCKED} (H2 applies the row limit before skipping, so a second instance on H2 may
     * find nothing in a round; H2 is the single-node default).
     */
    private static final String DUE = "SELECT m.id FROM outbox_message m"
            + " WHERE m.status IN ('PENDING', 'IN_FLIGHT') AND m.next_attempt_at <= ?"
            + " AND NOT EXISTS (SELECT 1 FROM outbox_message o WHERE o.recipient = m.recipient"
            + " AND o.status IN ('PENDING', 'IN_FLIGHT') AND o.next_attempt_at <= ?"
            + " AND (o.created_at < m.created_at OR (o.created_at = m.created_at AND o.id < m.id)))"
            + " AND NOT EXISTS (SELECT 1 FROM outbox_message e WHERE e.recipient = m.recipient"
            + " AND e.channel = m.channel AND e.registry_number = m.registry_number"
            + " AND e.status IN ('PENDING', 'IN_FLIGHT', 'AWAITING_ENDPOINT') AND e.created_at < m.created_at)"
            + " AND NOT EXISTS (SELECT 1 FROM outbox_message f WHERE f.recipient = m.recipient"
            + " AND f.status = 'IN_FLIGHT' AND f.next_attempt_at > ? AND f.id <> m.id)"
            + " ORDER BY m.next_attempt_at, m.created_at, m.id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public void add(OutboxMessage message) {
        em.persist(message);
    }

    public Optional<OutboxMessage> find(String id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    /** Up to {@code limit} due messages, locked until the current transaction ends (see {@link #DUE}). */
    public List<OutboxMessage> lockDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(String.format(DUE, limit))
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now))
                .getResultList();
        List<OutboxMessage> due = new ArrayList<>();
        for (Object id : ids) {
            OutboxMessage message = em.find(OutboxMessage.class, id.toString());
            if (message != null) {
                due.add(message);
            }
        }
        return due;
    }

    /**
     * Whether an HL7 message about this returnee was written for this recipient and not given up (a dead
     * letter, cancelled or discarded message never introduced the person).
     */
    public boolean hasHl7For(String recipient, String registryNumber) {
        return !em.createQuery(
                        "SELECT m.id FROM OutboxMessage m WHERE m.recipient = :recipient"
                                + " AND m.registryNumber = :registryNumber AND m.channel = :channel"
                                + " AND m.status NOT IN :givenUp",
                        String.class)
                .setParameter(
                        "givenUp", List.of(MessageStatus.DEAD_LETTER, MessageStatus.CANCELLED, MessageStatus.DISCARDED))
                .setParameter("recipient", recipient)
                .setParameter("registryNumber", registryNumber)
                .setParameter("channel", Channel.HL7_MLLP)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * Up to {@code max} closed messages (delivered, cancelled, discarded) written before {@code before} whose
     * payload is still kept, oldest first. Dead letters are not among them: an operator may still send them.
     */
    public List<OutboxMessage> closedWithPayloadSince(Instant before, int max) {
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.payloadPurgedAt IS NULL"
                                + " AND m.status IN :closed AND m.createdAt < :before ORDER BY m.createdAt, m.id",
                        OutboxMessage.class)
                .setParameter(
                        "closed",
                        List.of(
                                MessageStatus.DELIVERED,
                                MessageStatus.CANCELLED,
                                MessageStatus.DISCARDED,
                                MessageStatus.ABANDONED))
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Up to {@code max} partner messages parked outside the retry cycle — held under a suspended agreement, or
     * waiting for the partner's endpoint on the agreement — oldest first: each dispatcher round looks at them again.
     */
    public List<OutboxMessage> parkedPartnerMessages(int max) {
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.channel = :channel AND m.status IN :parked"
                                + " ORDER BY m.createdAt, m.id",
                        OutboxMessage.class)
                .setParameter("channel", Channel.PARTNER_SOAP)
                .setParameter("parked", List.of(MessageStatus.HELD, MessageStatus.AWAITING_ENDPOINT))
                .setMaxResults(max)
                .getResultList();
    }

    /** The recipient's messages that wait for an endpoint. */
    public List<OutboxMessage> awaitingEndpoint(String recipient) {
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.recipient = :recipient AND m.status = :status",
                        OutboxMessage.class)
                .setParameter("recipient", recipient)
                .setParameter("status", MessageStatus.AWAITING_ENDPOINT)
                .getResultList();
    }

    /** Messages matching every criterion given (null criteria are ignored), newest first. */
    public Page<OutboxMessage> find(String recipient, MessageStatus status, String kind, int page, int pageSize) {
        return PagedQuery.from(em, OutboxMessage.class, "m")
                .where("m.recipient = :recipient", "recipient", recipient)
                .where("m.status = :status", "status", status)
                .where("m.kind = :kind", "kind", kind)
                .page("m.createdAt DESC, m.id", page, pageSize);
    }
}
