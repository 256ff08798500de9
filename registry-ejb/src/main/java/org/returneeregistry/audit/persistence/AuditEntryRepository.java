package org.returneeregistry.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.audit.domain.AuditEntry;
import org.returneeregistry.audit.domain.AuditHead;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.persistence.PagedQuery;

/** The audit entries. Appends and reads; there is no update or delete. */
@ApplicationScoped
public class AuditEntryRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /**
     * The chain's head, locked until the appending transaction ends. What the transaction wrote so far is
     * flushed first, so that while it holds the head it takes no other lock.
     */
    public AuditHead lockHead() {
        em.flush();
        return em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    public AuditHead head() {
        return em.find(AuditHead.class, AuditHead.ID);
    }

    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    /** Up to {@code limit} chained entries from sequence number {@code from} on, in order. */
    public List<AuditEntry> slice(long from, long toInclusive, int limit) {
        return em.createQuery(
                        "SELECT e FROM AuditEntry e WHERE e.sequence >= :from AND e.sequence <= :to"
                                + " ORDER BY e.sequence",
                        AuditEntry.class)
                .setParameter("from", from)
                .setParameter("to", toInclusive)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<AuditEntry> entry(long sequence) {
        return em
                .createQuery("SELECT e FROM AuditEntry e WHERE e.sequence = :s", AuditEntry.class)
                .setParameter("s", sequence)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Entries matching every criterion given (null criteria are ignored), oldest first. */
    public Page<AuditEntry> find(
            String organisation,
            String subject,
            String operation,
            String outcome,
            String recordHash,
            Instant from,
            Instant to,
            int page,
            int pageSize) {
        return PagedQuery.from(em, AuditEntry.class, "e")
                .where("e.organisation = :organisation", "organisation", organisation)
                .where("e.subject = :subject", "subject", subject)
                .where("e.operation = :operation", "operation", operation)
                .where("e.outcome = :outcome", "outcome", outcome)
                .where("e.recordHash = :record", "record", recordHash)
                .where("e.at >= :from", "from", from)
                .where("e.at < :to", "to", to)
                .page("e.id", page, pageSize);
    }
}
