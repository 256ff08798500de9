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

    /** Claims whose partner is overdue at {@code :overdueAt}: timed out, reminded, or with a deadline passed. */
    private static final String OVERDUE = "(c.status = "
            + "org.returneeregistry.socialsecurity.domain.ClaimStatus.PERIODS_TIMED_OUT"
            + " OR (c.status = org.returneeregistry.socialsecurity.domain.ClaimStatus.PERIODS_REQUESTED"
            + " AND (c.remindersSent > 0 OR c.nextDeadlineAt <= :overdueAt)))";

    /** One claim awaiting periods whose deadline has come, locked; skipped when another transaction holds it. */
    private static final String LOCK_DUE = "SELECT id FROM ss_claim WHERE id = ? AND status = 'PERIODS_REQUESTED'"
            + " AND next_deadline_at <= ? FOR UPDATE SKIP LOCKED";

    /**
     * Claims newest first: of one home institution or addressed to one partner institution (exactly one of the
     * two is given), optionally of one status, optionally only those whose partner is overdue at
     * {@code overdueAt} (timed out, reminded and still silent, or a reminder due).
     */
    public Page<Claim> list(
            String homeInstitution,
            String partnerInstitution,
            ClaimStatus status,
            Instant overdueAt,
            int page,
            int pageSize) {
        return PagedQuery.from(em, Claim.class, "c")
                .where("c.homeInstitution = :home", "home", homeInstitution)
                .where("c.partnerInstitution = :partner", "partner", partnerInstitution)
                .where("c.status = :status", "status", status)
                .where(OVERDUE, "overdueAt", overdueAt)
                .page("c.createdAt DESC, c.id DESC", page, pageSize);
    }

    /**
     * Every claim addressed to one partner institution, as {@link #list} selects them, newest first, at most
     * {@code max}: a partner's list is decided claim by claim before it is paged.
     */
    public List<Claim> allAddressedTo(String partnerInstitution, ClaimStatus status, Instant overdueAt, int max) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Claim c WHERE EXISTS (SELECT p FROM ClaimPartner p"
                + " WHERE p.claim = c AND p.institution = :partner)");
        if (status != null) {
            jpql.append(" AND c.status = :status");
        }
        if (overdueAt != null) {
            jpql.append(" AND ").append(OVERDUE);
        }
        jpql.append(" ORDER BY c.createdAt DESC, c.id DESC");
        var query = em.createQuery(jpql.toString(), Claim.class).setParameter("partner", partnerInstitution);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (overdueAt != null) {
            query.setParameter("overdueAt", overdueAt);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** Database ids of claims awaiting periods whose deadline (a reminder or the time-out) has come, oldest first. */
    public List<Long> dueAt(Instant now, int max) {
        return em.createQuery(
                        "SELECT c.id FROM Claim c WHERE c.status = :s AND c.nextDeadlineAt <= :now"
                                + " ORDER BY c.nextDeadlineAt, c.id",
                        Long.class)
                .setParameter("s", ClaimStatus.PERIODS_REQUESTED)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * The claim, locked until the transaction ends, if it still awaits periods and its deadline has come; empty
     * when another instance holds it ({@code FOR UPDATE SKIP LOCKED}) or it was dealt with meanwhile. Read again
     * from the database.
     */
    public Optional<Claim> lockDue(Long id, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(LOCK_DUE)
                .setParameter(1, id)
                .setParameter(2, java.sql.Timestamp.from(now))
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Claim claim = em.find(Claim.class, id);
        em.refresh(claim);
        return Optional.of(claim);
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

    /**
     * Database ids of claims whose statement of periods abroad is due and not waiting to be tried again after a
     * failure, oldest first, at most {@code max}.
     */
    public List<Long> statementsDue(Instant now, int max) {
        return em.createQuery(
                        "SELECT c.id FROM Claim c WHERE c.statementDueAt IS NOT NULL"
                                + " AND (c.statementRetryAt IS NULL OR c.statementRetryAt <= :now)"
                                + " ORDER BY c.statementDueAt, c.id",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** Failed attempts at the claim's statement due so far, read from the database. */
    public int statementAttempts(Long id) {
        Object n = em.createNativeQuery("SELECT statement_attempts FROM ss_claim WHERE id = ?")
                .setParameter(1, id)
                .getSingleResult();
        return ((Number) n).intValue();
    }

    /** Records a failed attempt at the claim's statement and when to try again, without touching its version. */
    public void statementFailed(Long id, int attempts, Instant retryAt) {
        em.createNativeQuery("UPDATE ss_claim SET statement_attempts = ?, statement_retry_at = ? WHERE id = ?")
                .setParameter(1, attempts)
                .setParameter(2, java.sql.Timestamp.from(retryAt))
                .setParameter(3, id)
                .executeUpdate();
    }

    /**
     * The claim, locked until the transaction ends, if its statement is still due; empty when another instance
     * holds it ({@code FOR UPDATE SKIP LOCKED}) or issued it meanwhile. Read again from the database.
     */
    public Optional<Claim> lockStatementDue(Long id) {
        @SuppressWarnings("unchecked")
        List<Object> ids =
                em.createNativeQuery(LOCK_STATEMENT_DUE).setParameter(1, id).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Claim claim = em.find(Claim.class, id);
        em.refresh(claim);
        return Optional.of(claim);
    }

    private static final String LOCK_STATEMENT_DUE =
            "SELECT id FROM ss_claim WHERE id = ? AND statement_due_at IS NOT NULL FOR UPDATE SKIP LOCKED";

    /**
     * Records the statement issued for a claim's completion (null: none is due any more) without touching the
     * claim's version: the registry's own issue must not make an officer's concurrent move of the claim stale.
     */
    public void statementIssued(Long id, String statementId) {
        em.createNativeQuery("UPDATE ss_claim SET statement_due_at = NULL, statement_id = COALESCE(?, statement_id),"
                        + " statement_attempts = 0, statement_retry_at = NULL WHERE id = ?")
                .setParameter(1, statementId)
                .setParameter(2, id)
                .executeUpdate();
    }
}
