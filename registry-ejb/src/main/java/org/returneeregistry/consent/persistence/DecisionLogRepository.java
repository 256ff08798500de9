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
import org.returneeregistry.shared.domain.Page;

/** The decision log and its head. Entries are only ever added. */
@ApplicationScoped
public class DecisionLogRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** The head, locked until the appending transaction ends: appends happen one at a time. */
    public DecisionLogHead lockHead() {
        return em.find(DecisionLogHead.class, DecisionLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    public DecisionLogHead head() {
        return em.find(DecisionLogHead.class, DecisionLogHead.ID);
    }

    public void add(DecisionLogEntry entry) {
        em.persist(entry);
    }

    /** Up to {@code limit} entries from sequence number {@code from} on, in order. */
    public List<DecisionLogEntry> slice(long from, long toInclusive, int limit) {
        return em.createQuery("SELECT e FROM DecisionLogEntry e WHERE e.sequence >= :from AND e.sequence <= :to"
                        + " ORDER BY e.sequence", DecisionLogEntry.class)
                .setParameter("from", from).setParameter("to", toInclusive).setMaxResults(limit).getResultList();
    }

    /** Lets go of entries already checked, so verifying a long log holds one batch in memory at a time. */
    public void detach(List<DecisionLogEntry> checked) {
        checked.forEach(em::detach);
    }

    public java.util.Optional<DecisionLogEntry> entry(long sequence) {
        return java.util.Optional.ofNullable(em.find(DecisionLogEntry.class, sequence));
    }

    /** Organisations that were granted data under a consent record. */
    public List<String> grantedUnder(String consentId) {
        return em.createQuery("SELECT DISTINCT e.organisation FROM DecisionLogEntry e WHERE e.consentId = :id"
                        + " AND e.outcome = 'PERMIT'", String.class)
                .setParameter("id", consentId).getResultList();
    }

    public Page<DecisionLogEntry> find(String subjectHash, String organisation, String purpose, String outcome,
                                       Instant from, Instant to, int page, int pageSize) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" FROM DecisionLogEntry e WHERE 1 = 1");
        condition(where, params, "e.subjectHash = :subject", "subject", subjectHash);
        condition(where, params, "e.organisation = :organisation", "organisation", organisation);
        condition(where, params, "e.purpose = :purpose", "purpose", purpose);
        condition(where, params, "e.outcome = :outcome", "outcome", outcome);
        condition(where, params, "e.decidedAt >= :from", "from", from);
        condition(where, params, "e.decidedAt < :to", "to", to);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
        TypedQuery<DecisionLogEntry> select = em.createQuery("SELECT e" + where + " ORDER BY e.sequence DESC",
                DecisionLogEntry.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<DecisionLogEntry> items = select.setFirstResult(Page.firstResult(page, pageSize)).setMaxResults(pageSize).getResultList();
        return new Page<>(items, page, pageSize, count.getSingleResult());
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            params.put(name, value);
        }
    }
}
