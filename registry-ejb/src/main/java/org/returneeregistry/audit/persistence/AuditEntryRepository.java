package org.returneeregistry.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.audit.domain.AuditEntry;
import org.returneeregistry.audit.domain.AuditHead;
import org.returneeregistry.shared.application.ChainedLog;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.persistence.PagedQuery;

/** The audit entries. Appends, links and reads; there is no delete. */
@ApplicationScoped
public class AuditEntryRepository implements ChainedLog {

    /** The audit trail's name in its checkpoints. */
    public static final String LOG_NAME = "audit-trail";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Override
    public String name() {
        return LOG_NAME;
    }

    /** The chain's head, locked until the linking transaction ends; only the linker takes it. */
    @Override
    public AuditHead lockHead() {
        return em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public AuditHead head() {
        return em.find(AuditHead.class, AuditHead.ID);
    }

    /** Writes the entry, not linked yet, and seals it; {@code sealer} keys the hash of its content. */
    public void add(AuditEntry entry, java.util.function.Function<AuditEntry, String> sealer) {
        em.persist(entry);
        entry.sealedWith(sealer.apply(entry));
    }

    /** Sealed entries not linked yet (entries written before the chain existed have no seal and stay out). */
    @Override
    public List<AuditEntry> unlinked(int limit) {
        return em.createQuery(
                        "SELECT e FROM AuditEntry e WHERE e.sequence IS NULL AND e.seal IS NOT NULL" + " ORDER BY e.id",
                        AuditEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long unlinkedCount() {
        return em.createQuery(
                        "SELECT COUNT(e) FROM AuditEntry e WHERE e.sequence IS NULL AND e.seal IS NOT NULL", Long.class)
                .getSingleResult();
    }

    /** Up to {@code limit} chained entries from sequence number {@code from} on, in order. */
    @Override
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

    @Override
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

    @Override
    public List<String> fieldNames() {
        return AuditEntry.CHAINED_FIELD_NAMES;
    }

    @Override
    public List<Long> sequencesWritten(Instant from, Instant to, String personHash, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e.sequence FROM AuditEntry e WHERE e.sequence IS NOT NULL");
        if (from != null) {
            jpql.append(" AND e.at >= :from");
        }
        if (to != null) {
            jpql.append(" AND e.at < :to");
        }
        if (personHash != null) {
            jpql.append(" AND e.recordHash = :person");
        }
        TypedQuery<Long> query =
                em.createQuery(jpql.append(" ORDER BY e.sequence").toString(), Long.class);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        if (personHash != null) {
            query.setParameter("person", personHash);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
