package org.returneeregistry.socialsecurity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.persistence.PagedQuery;
import org.returneeregistry.socialsecurity.domain.Claim;
import org.returneeregistry.socialsecurity.domain.ClaimStatus;

/** Portability claims. Used only by the social security context's services. */
@ApplicationScoped
public class ClaimRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Claim add(Claim claim) {
        em.persist(claim);
        return claim;
    }

    /** Writes pending changes now, so constraint violations surface here and the version answered is the one stored. */
    public void flush() {
        em.flush();
    }

    public Optional<Claim> find(String claimId) {
        return em.createQuery("SELECT c FROM Claim c WHERE c.claimId = :id", Claim.class)
                .setParameter("id", claimId)
                .getResultStream()
                .findFirst();
    }

    /** The claim an organisation created under its idempotency key. */
    public Optional<Claim> createdUnder(String owner, String key) {
        return em.createQuery(
                        "SELECT c FROM Claim c WHERE c.idempotencyOwner = :owner AND c.idempotencyKey = :key",
                        Claim.class)
                .setParameter("owner", owner)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** The claim whose (latest) period request went out as this message. */
    public Optional<Claim> requestedAs(String messageId) {
        return em.createQuery("SELECT c FROM Claim c WHERE c.requestMessageId = :m", Claim.class)
                .setParameter("m", messageId)
                .getResultStream()
                .findFirst();
    }

    /** The claims about one returnee, oldest first (for the statement of their periods abroad). */
    public List<Claim> ofReturnee(String registryNumber) {
        return em.createQuery(
                        "SELECT c FROM Claim c WHERE c.registryNumber = :rn ORDER BY c.createdAt, c.id", Claim.class)
                .setParameter("rn", registryNumber)
                .getResultList();
    }

    /**
     * Claims newest first: of one home institution or addressed to one partner institution (exactly one of the
     * two is given), optionally of one status, optionally only those awaiting periods requested before
     * {@code requestedBefore}.
     */
    public Page<Claim> list(
            String homeInstitution,
            String partnerInstitution,
            ClaimStatus status,
            Instant requestedBefore,
            int page,
            int pageSize) {
        return PagedQuery.from(em, Claim.class, "c")
                .where("c.homeInstitution = :home", "home", homeInstitution)
                .where("c.partnerInstitution = :partner", "partner", partnerInstitution)
                .where("c.status = :status", "status", status)
                .where("c.periodsRequestedAt < :before", "before", requestedBefore)
                .page("c.createdAt DESC, c.id DESC", page, pageSize);
    }

    /** Ids of claims awaiting periods (PERIODS_REQUESTED), oldest request first, at most {@code max}. */
    public List<String> awaitingPeriods(int max) {
        return em.createQuery(
                        "SELECT c.claimId FROM Claim c WHERE c.status = :s ORDER BY c.periodsRequestedAt, c.id",
                        String.class)
                .setParameter("s", ClaimStatus.PERIODS_REQUESTED)
                .setMaxResults(max)
                .getResultList();
    }
}
