package org.returneeregistry.socialsecurity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.persistence.PagedQuery;
import org.returneeregistry.socialsecurity.domain.PeriodStatement;

/** Signed statements of periods abroad. Used only by the social security context's services. */
@ApplicationScoped
public class PeriodStatementRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public void add(PeriodStatement statement) {
        em.persist(statement);
    }

    public void flush() {
        em.flush();
    }

    public Optional<PeriodStatement> find(String statementId) {
        return em.createQuery("SELECT s FROM PeriodStatement s WHERE s.statementId = :id", PeriodStatement.class)
                .setParameter("id", statementId)
                .getResultStream()
                .findFirst();
    }

    /** The statement an organisation issued under its idempotency key. */
    public Optional<PeriodStatement> issuedUnder(String owner, String key) {
        return em.createQuery(
                        "SELECT s FROM PeriodStatement s WHERE s.idempotencyOwner = :owner AND s.idempotencyKey = :key",
                        PeriodStatement.class)
                .setParameter("owner", owner)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** A returnee's statements, newest first, one page. */
    public Page<PeriodStatement> ofReturnee(String registryNumber, int page, int pageSize) {
        return PagedQuery.from(em, PeriodStatement.class, "s")
                .where("s.registryNumber = :rn", "rn", registryNumber)
                .page("s.document.issuedAt DESC, s.id DESC", page, pageSize);
    }
}
