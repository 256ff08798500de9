package org.returneeregistry.reintegration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.reintegration.domain.Grievance;
import org.returneeregistry.reintegration.domain.GrievanceAccess;
import org.returneeregistry.reintegration.domain.GrievanceStatus;
import org.returneeregistry.shared.domain.Page;

/** Grievances and their history. */
@ApplicationScoped
public class GrievanceRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Grievance add(Grievance grievance) {
        em.persist(grievance);
        return grievance;
    }

    public void flush() {
        em.flush();
    }

    public Optional<Grievance> find(String grievanceId) {
        return em
                .createQuery("SELECT g FROM Grievance g WHERE g.grievanceId = :id", Grievance.class)
                .setParameter("id", grievanceId)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Optional<Grievance> findForUpdate(String grievanceId) {
        return em
                .createQuery("SELECT g FROM Grievance g WHERE g.grievanceId = :id", Grievance.class)
                .setParameter("id", grievanceId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Optional<Grievance> under(String owner, String key) {
        return em
                .createQuery(
                        "SELECT g FROM Grievance g WHERE g.idempotencyOwner = :o AND g.idempotencyKey = :k",
                        Grievance.class)
                .setParameter("o", owner)
                .setParameter("k", key)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * A page of the grievances a caller sees, newest first: all for the operator's registrars
     * ({@code receivedAt} null), otherwise those received at {@code receivedAt} outside the operator-only
     * categories ({@link GrievanceAccess}).
     */
    public Page<Grievance> list(String receivedAt, GrievanceStatus status, String caseId, int page, int pageSize) {
        String where = " WHERE 1 = 1"
                + (receivedAt == null ? "" : " AND g.receivedAt = :org AND g.category NOT IN :hidden")
                + (status == null ? "" : " AND g.status = :status")
                + (caseId == null ? "" : " AND g.caseId = :caseId");
        TypedQuery<Grievance> items = em.createQuery(
                "SELECT g FROM Grievance g" + where + " ORDER BY g.createdAt DESC, g.id DESC", Grievance.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(g) FROM Grievance g" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (receivedAt != null) {
                q.setParameter("org", receivedAt);
                q.setParameter("hidden", List.copyOf(GrievanceAccess.OPERATOR_ONLY));
            }
            if (status != null) {
                q.setParameter("status", status);
            }
            if (caseId != null) {
                q.setParameter("caseId", caseId);
            }
        }
        List<Grievance> found = items.setFirstResult((page - 1) * pageSize)
                .setMaxResults(pageSize)
                .getResultList();
        return new Page<>(found, page, pageSize, count.getSingleResult());
    }
}
