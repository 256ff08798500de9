package org.returneeregistry.returnee.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.returnee.domain.RegistrySearch;

/** The registry searches social protection systems made, each readable only by the organisation that made it. */
@ApplicationScoped
public class RegistrySearchRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public RegistrySearch add(RegistrySearch search) {
        em.persist(search);
        em.flush();
        return search;
    }

    public boolean messageSeen(String organisation, String messageId) {
        return !em.createQuery(
                        "SELECT s.id FROM RegistrySearch s WHERE s.organisation = :o AND s.messageId = :m", Long.class)
                .setParameter("o", organisation)
                .setParameter("m", messageId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The organisation's latest search under this transaction id. */
    public Optional<RegistrySearch> latest(String organisation, String transactionId) {
        return em.createQuery(
                        "SELECT s FROM RegistrySearch s WHERE s.organisation = :o AND s.transactionId = :t"
                                + " ORDER BY s.searchedAt DESC, s.id DESC",
                        RegistrySearch.class)
                .setParameter("o", organisation)
                .setParameter("t", transactionId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The organisation's latest searches holding any of these reference ids, newest first (at most 50). */
    public List<RegistrySearch> holdingReferences(String organisation, List<String> referenceIds) {
        if (referenceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT DISTINCT s FROM RegistrySearch s JOIN s.items i WHERE s.organisation = :o"
                                + " AND i.referenceId IN :r ORDER BY s.searchedAt DESC, s.id DESC",
                        RegistrySearch.class)
                .setParameter("o", organisation)
                .setParameter("r", referenceIds)
                .setMaxResults(50)
                .getResultList();
    }
}
