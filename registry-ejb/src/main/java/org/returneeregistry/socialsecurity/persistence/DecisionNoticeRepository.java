package org.returneeregistry.socialsecurity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.socialsecurity.domain.DecisionNotice;

/** Claims' decision notices as issued. Used only by the social security context's services. */
@ApplicationScoped
public class DecisionNoticeRepository {

    /** More notices than any claim gets (one per decision); a bound, not a page. */
    static final int MAX_PER_CLAIM = 200;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public void add(DecisionNotice notice) {
        em.persist(notice);
    }

    public Optional<DecisionNotice> find(String noticeId) {
        return em.createQuery("SELECT n FROM DecisionNotice n WHERE n.noticeId = :id", DecisionNotice.class)
                .setParameter("id", noticeId)
                .getResultStream()
                .findFirst();
    }

    /** A claim's notices, newest first. */
    public List<DecisionNotice> ofClaim(String claimId) {
        return em.createQuery(
                        "SELECT n FROM DecisionNotice n WHERE n.claimId = :claim" + " ORDER BY n.decisionSequence DESC",
                        DecisionNotice.class)
                .setParameter("claim", claimId)
                .setMaxResults(MAX_PER_CLAIM)
                .getResultList();
    }
}
