package org.returneeregistry.agreement.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.agreement.domain.Agreement;
import org.returneeregistry.agreement.domain.AgreementStatus;
import org.returneeregistry.shared.domain.Page;

/** Agreements known to the registry. Used only by the agreement context's application services. */
@ApplicationScoped
public class AgreementRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Agreement add(Agreement agreement) {
        em.persist(agreement);
        return agreement;
    }

    /** Writes pending changes now, so constraint violations and lost races surface inside the call. */
    public void flush() {
        em.flush();
    }

    /** The ids of the agreements whose current version names the institution as a party, in id order. */
    public List<String> ofInstitution(String institution) {
        return em.createQuery(
                        "SELECT a.agreementId FROM Agreement a WHERE EXISTS (SELECT v.id FROM AgreementVersion v"
                                + " JOIN v.parties p WHERE v.agreement = a AND v.number = a.currentVersion"
                                + " AND p.institution = :institution) ORDER BY a.agreementId",
                        String.class)
                .setParameter("institution", institution)
                .getResultList();
    }

    public Optional<Agreement> find(String agreementId) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.agreementId = :id", Agreement.class)
                .setParameter("id", agreementId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Agreements, most recently registered first, optionally of one status and with a party of one country in
     * their current version.
     */
    public Page<Agreement> list(AgreementStatus status, String country, int page, int pageSize) {
        String where = " FROM Agreement a WHERE 1 = 1"
                + (status == null ? "" : " AND a.status = :status")
                + (country == null
                        ? ""
                        : " AND EXISTS (SELECT v.id FROM AgreementVersion v JOIN v.parties p"
                                + " WHERE v.agreement = a AND v.number = a.currentVersion AND p.country = :country)");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a)" + where, Long.class);
        TypedQuery<Agreement> select =
                em.createQuery("SELECT a" + where + " ORDER BY a.registeredAt DESC, a.agreementId", Agreement.class);
        for (TypedQuery<?> q : List.of(count, select)) {
            if (status != null) {
                q.setParameter("status", status);
            }
            if (country != null) {
                q.setParameter("country", country);
            }
        }
        List<Agreement> items = select.setFirstResult(Page.firstResult(page, pageSize))
                .setMaxResults(pageSize)
                .getResultList();
        return new Page<>(items, page, pageSize, count.getSingleResult());
    }
}
