package org.returneeregistry.consent.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.consent.domain.DecisionLogHead;
import org.returneeregistry.shared.application.ChainedLog;
import org.returneeregistry.shared.domain.Page;

/** The decision log and its head. Entries are only ever added, and linked into the chain. */
@ApplicationScoped
public class DecisionLogRepository implements ChainedLog {

    /** The decision log's name in its checkpoints. */
    public static final String LOG_NAME = "decision-log";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Override
    public String name() {
        return LOG_NAME;
    }

    /** The head, locked until the linking transaction ends; only the linker takes it. */
    @Override
    public DecisionLogHead lockHead() {
        return em.find(DecisionLogHead.class, DecisionLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public DecisionLogHead head() {
        return em.find(DecisionLogHead.class, DecisionLogHead.ID);
    }

    /** Writes the decision, not linked yet, and seals it once it has its id; answers that id. */
    public long add(DecisionLogEntry entry, java.util.function.Function<DecisionLogEntry, String> sealer) {
        em.persist(entry);
        entry.sealedWith(sealer.apply(entry));
        return entry.id();
    }

    @Override
    public List<DecisionLogEntry> unlinked(int limit) {
        return em.createQuery(
                        "SELECT e FROM DecisionLogEntry e WHERE e.sequence IS NULL ORDER BY e.id",
                        DecisionLogEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long unlinkedCount() {
        return em.createQuery("SELECT COUNT(e) FROM DecisionLogEntry e WHERE e.sequence IS NULL", Long.class)
                .getSingleResult();
    }

    /** Up to {@code limit} entries from sequence number {@code from} on, in order. */
    @Override
    public List<DecisionLogEntry> slice(long from, long toInclusive, int limit) {
        return em.createQuery(
                        "SELECT e FROM DecisionLogEntry e WHERE e.sequence >= :from AND e.sequence <= :to"
                                + " ORDER BY e.sequence",
                        DecisionLogEntry.class)
                .setParameter("from", from)
                .setParameter("to", toInclusive)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public java.util.Optional<DecisionLogEntry> entry(long sequence) {
        return em
                .createQuery("SELECT e FROM DecisionLogEntry e WHERE e.sequence = :s", DecisionLogEntry.class)
                .setParameter("s", sequence)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Organisations that were granted data under a consent record. */
    public List<String> grantedUnder(String consentId) {
        return em.createQuery(
                        "SELECT DISTINCT e.organisation FROM DecisionLogEntry e WHERE e.consentId = :id"
                                + " AND e.outcome = 'PERMIT'",
                        String.class)
                .setParameter("id", consentId)
                .getResultList();
    }

    public Page<DecisionLogEntry> find(
            String subjectHash,
            String organisation,
            String purpose,
            String outcome,
            Instant from,
            Instant to,
            int page,
            int pageSize) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" FROM DecisionLogEntry e WHERE 1 = 1");
        condition(where, params, "e.subjectHash = :subject", "subject", subjectHash);
        condition(where, params, "e.organisation = :organisation", "organisation", organisation);
        condition(where, params, "e.purpose = :purpose", "purpose", purpose);
        condition(where, params, "e.outcome = :outcome", "outcome", outcome);
        condition(where, params, "e.decidedAt >= :from", "from", from);
        condition(where, params, "e.decidedAt < :to", "to", to);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
        TypedQuery<DecisionLogEntry> select =
                em.createQuery("SELECT e" + where + " ORDER BY e.id DESC", DecisionLogEntry.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<DecisionLogEntry> items = select.setFirstResult(Page.firstResult(page, pageSize))
                .setMaxResults(pageSize)
                .getResultList();
        return new Page<>(items, page, pageSize, count.getSingleResult());
    }

    private static void condition(
            StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            params.put(name, value);
        }
    }
}
