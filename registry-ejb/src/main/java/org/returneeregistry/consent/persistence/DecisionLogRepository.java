package org.returneeregistry.consent.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.consent.domain.DecisionLogHead;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.persistence.PagedQuery;

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
        return em.createQuery(
                        "SELECT e FROM DecisionLogEntry e WHERE e.sequence >= :from AND e.sequence <= :to"
                                + " ORDER BY e.sequence",
                        DecisionLogEntry.class)
                .setParameter("from", from)
                .setParameter("to", toInclusive)
                .setMaxResults(limit)
                .getResultList();
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
        return PagedQuery.from(em, DecisionLogEntry.class, "e")
                .where("e.subjectHash = :subject", "subject", subjectHash)
                .where("e.organisation = :organisation", "organisation", organisation)
                .where("e.purpose = :purpose", "purpose", purpose)
                .where("e.outcome = :outcome", "outcome", outcome)
                .where("e.decidedAt >= :from", "from", from)
                .where("e.decidedAt < :to", "to", to)
                .page("e.sequence DESC", page, pageSize);
    }
}
