package org.returneeregistry.reintegration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import org.returneeregistry.reintegration.domain.CaseId;
import org.returneeregistry.reintegration.domain.CaseStatus;
import org.returneeregistry.reintegration.domain.FollowUp;
import org.returneeregistry.reintegration.domain.ReintegrationCase;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.persistence.PagedQuery;

/** Reintegration cases. Used only by the reintegration context's application services. */
@ApplicationScoped
public class CaseRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public ReintegrationCase add(ReintegrationCase c) {
        em.persist(c);
        return c;
    }

    /** Writes pending changes now, so constraint violations surface here and the version answered is the one stored. */
    public void flush() {
        em.flush();
    }

    public Optional<ReintegrationCase> find(CaseId id) {
        return em.createQuery("SELECT c FROM ReintegrationCase c WHERE c.caseId.value = :id", ReintegrationCase.class)
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst();
    }

    /** The case, locked for this transaction: its changes are made one after another. */
    public Optional<ReintegrationCase> findForUpdate(CaseId id) {
        return em.createQuery("SELECT c FROM ReintegrationCase c WHERE c.caseId.value = :id", ReintegrationCase.class)
                .setParameter("id", id.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** The returnee's open case, if any. */
    public Optional<ReintegrationCase> openFor(String registryNumber) {
        return em.createQuery(
                        "SELECT c FROM ReintegrationCase c WHERE c.openRegistryNumber = :n", ReintegrationCase.class)
                .setParameter("n", registryNumber)
                .getResultStream()
                .findFirst();
    }

    /** Cases newest first, optionally of one returnee, status, centre and case worker. */
    public Page<ReintegrationCase> list(
            String registryNumber, CaseStatus status, String centre, String worker, int page, int pageSize) {
        return PagedQuery.from(em, ReintegrationCase.class, "c")
                .where("c.registryNumber = :registryNumber", "registryNumber", registryNumber)
                .where("c.status = :status", "status", status)
                .where("c.centre = :centre", "centre", centre)
                .where("c.worker = :worker", "worker", worker)
                .page("c.openedAt DESC, c.id DESC", page, pageSize);
    }

    /**
     * The follow-ups of open cases due before {@code today} and not made, earliest first, of one centre
     * and optionally one case worker.
     */
    public Page<FollowUp> overdue(String centre, String worker, LocalDate today, int page, int pageSize) {
        return PagedQuery.from(em, FollowUp.class, "f")
                .where("f.outcome IS NULL AND f.dueOn < :today", "today", today)
                .where("f.reintegrationCase.status = :open", "open", CaseStatus.OPEN)
                .where("f.reintegrationCase.centre = :centre", "centre", centre)
                .where("f.reintegrationCase.worker = :worker", "worker", worker)
                .page("f.dueOn, f.id", page, pageSize);
    }
}
