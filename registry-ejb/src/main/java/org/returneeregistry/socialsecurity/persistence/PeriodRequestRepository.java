package org.returneeregistry.socialsecurity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.persistence.PagedQuery;
import org.returneeregistry.socialsecurity.domain.PeriodRequest;
import org.returneeregistry.socialsecurity.domain.PeriodRequestStatus;

/** Partner institutions' insurance period requests to this registry's institution. Used only by the social security context. */
@ApplicationScoped
public class PeriodRequestRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public void add(PeriodRequest request) {
        em.persist(request);
    }

    /** Writes pending changes now, so constraint violations surface here. */
    public void flush() {
        em.flush();
    }

    public Optional<PeriodRequest> find(String requestId) {
        return em.createQuery("SELECT r FROM PeriodRequest r WHERE r.requestId = :id", PeriodRequest.class)
                .setParameter("id", requestId)
                .getResultStream()
                .findFirst();
    }

    /** The request a partner institution sent for one of its claims. */
    public Optional<PeriodRequest> forClaim(String sender, String partnerClaimId) {
        return em.createQuery(
                        "SELECT r FROM PeriodRequest r WHERE r.senderInstitution = :sender"
                                + " AND r.partnerClaimId = :claim",
                        PeriodRequest.class)
                .setParameter("sender", sender)
                .setParameter("claim", partnerClaimId)
                .getResultStream()
                .findFirst();
    }

    /** The requests addressed to one institution, oldest first (a worklist), optionally of one status and sender. */
    public Page<PeriodRequest> list(
            String recipient, PeriodRequestStatus status, String sender, int page, int pageSize) {
        return PagedQuery.from(em, PeriodRequest.class, "r")
                .where("r.recipientInstitution = :recipient", "recipient", recipient)
                .where("r.status = :status", "status", status)
                .where("r.senderInstitution = :sender", "sender", sender)
                .page("r.receivedAt, r.id", page, pageSize);
    }
}
