package org.returneeregistry.exchange.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returneeregistry.exchange.domain.EmploymentRecordRequest;
import org.returneeregistry.exchange.domain.EmploymentRecordRequest.Direction;
import org.returneeregistry.exchange.domain.EmploymentRecordRequest.Status;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.persistence.PagedQuery;

/** Employment record requests between registries, both directions. */
@ApplicationScoped
public class EmploymentRecordRequestRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** Writes it at once, so a copy racing in meets the unique key here, not at commit. */
    public void add(EmploymentRecordRequest request) {
        em.persist(request);
        em.flush();
    }

    public Optional<EmploymentRecordRequest> find(String id) {
        return Optional.ofNullable(em.find(EmploymentRecordRequest.class, id));
    }

    /** The request, locked for its answer: two answers racing meet here, and the second finds it answered. */
    public Optional<EmploymentRecordRequest> findForAnswer(String id) {
        return Optional.ofNullable(em.find(EmploymentRecordRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The request of that direction, partner and message id, as it is now (no lock, no transaction needed). */
    public Optional<EmploymentRecordRequest> find(Direction direction, String partner, String messageId) {
        return query(direction, partner, messageId).getResultList().stream().findFirst();
    }

    /** The request of that direction, partner and message id, locked for its answer. */
    public Optional<EmploymentRecordRequest> findForAnswer(Direction direction, String partner, String messageId) {
        return query(direction, partner, messageId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .findFirst();
    }

    private jakarta.persistence.TypedQuery<EmploymentRecordRequest> query(
            Direction direction, String partner, String messageId) {
        return em.createQuery(
                        "SELECT r FROM EmploymentRecordRequest r WHERE r.direction = :direction"
                                + " AND r.partner = :partner AND r.messageId = :message",
                        EmploymentRecordRequest.class)
                .setParameter("direction", direction)
                .setParameter("partner", partner)
                .setParameter("message", messageId);
    }

    /** Requests matching every criterion given (null criteria are ignored), newest first. */
    public Page<EmploymentRecordRequest> find(
            Direction direction, Status status, String messageId, int page, int pageSize) {
        return PagedQuery.from(em, EmploymentRecordRequest.class, "r")
                .where("r.direction = :direction", "direction", direction)
                .where("r.status = :status", "status", status)
                .where("r.messageId = :messageId", "messageId", messageId)
                .page("r.requestedAt DESC, r.id", page, pageSize);
    }
}
