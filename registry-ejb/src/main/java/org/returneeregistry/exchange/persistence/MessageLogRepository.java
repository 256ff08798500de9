package org.returneeregistry.exchange.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.returneeregistry.exchange.domain.MessageLogEntry;
import org.returneeregistry.exchange.domain.MessageLogHead;
import org.returneeregistry.shared.application.ChainedLog;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.persistence.PagedQuery;

/** The message log's entries: appended, linked by the shared linker, read; never deleted. */
@ApplicationScoped
public class MessageLogRepository implements ChainedLog {

    /** The message log's name in its checkpoints. */
    public static final String LOG_NAME = "message-log";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Override
    public String name() {
        return LOG_NAME;
    }

    @Override
    public MessageLogHead lockHead() {
        return em.find(MessageLogHead.class, MessageLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public MessageLogHead head() {
        return em.find(MessageLogHead.class, MessageLogHead.ID);
    }

    /** Writes the entry, not linked yet, and seals it; {@code sealer} keys the hash of its content. */
    public void add(MessageLogEntry entry, Function<MessageLogEntry, String> sealer) {
        em.persist(entry);
        entry.sealedWith(sealer.apply(entry));
    }

    @Override
    public List<String> fieldNames() {
        return MessageLogEntry.CHAINED_FIELD_NAMES;
    }

    /**
     * The message log names no returnee (a message's content is not kept, only its hash): a selection by person
     * finds nothing in it; a period selects by the time the entry was recorded.
     */
    @Override
    public List<Long> sequencesWritten(Instant from, Instant to, String personHash, int limit) {
        if (personHash != null) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT e.sequence FROM MessageLogEntry e WHERE e.sequence IS NOT NULL");
        if (from != null) {
            jpql.append(" AND e.recordedAt >= :from");
        }
        if (to != null) {
            jpql.append(" AND e.recordedAt < :to");
        }
        var query = em.createQuery(jpql.append(" ORDER BY e.sequence").toString(), Long.class);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<MessageLogEntry> unlinked(int limit) {
        return em.createQuery(
                        "SELECT e FROM MessageLogEntry e WHERE e.sequence IS NULL ORDER BY e.id", MessageLogEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long unlinkedCount() {
        return em.createQuery("SELECT COUNT(e) FROM MessageLogEntry e WHERE e.sequence IS NULL", Long.class)
                .getSingleResult();
    }

    @Override
    public List<MessageLogEntry> slice(long from, long toInclusive, int limit) {
        return em.createQuery(
                        "SELECT e FROM MessageLogEntry e WHERE e.sequence >= :from AND e.sequence <= :to"
                                + " ORDER BY e.sequence",
                        MessageLogEntry.class)
                .setParameter("from", from)
                .setParameter("to", toInclusive)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<MessageLogEntry> entry(long sequence) {
        return em
                .createQuery("SELECT e FROM MessageLogEntry e WHERE e.sequence = :s", MessageLogEntry.class)
                .setParameter("s", sequence)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Entries matching every criterion given (null criteria are ignored), in the order they were written. */
    public Page<MessageLogEntry> find(
            String agreementId,
            String sender,
            String messageId,
            String decision,
            String reason,
            Instant from,
            Instant to,
            int page,
            int pageSize) {
        return PagedQuery.from(em, MessageLogEntry.class, "e")
                .where("e.agreementId = :agreement", "agreement", agreementId)
                .where("e.sender = :sender", "sender", sender)
                .where("e.messageId = :message", "message", messageId)
                .where("e.decision = :decision", "decision", decision)
                .where("e.reason = :reason", "reason", reason)
                .where("e.recordedAt >= :from", "from", from)
                .where("e.recordedAt < :to", "to", to)
                .page("e.id", page, pageSize);
    }
}
