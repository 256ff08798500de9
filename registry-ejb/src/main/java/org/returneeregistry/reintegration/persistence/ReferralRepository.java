package org.returneeregistry.reintegration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.reintegration.domain.Referral;
import org.returneeregistry.reintegration.domain.ReferralId;
import org.returneeregistry.reintegration.domain.ReferralStatus;
import org.returneeregistry.reintegration.domain.SupportService;
import org.returneeregistry.shared.domain.Page;

/** Referrals. Used only by the reintegration context's application services. */
@ApplicationScoped
public class ReferralRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Referral add(Referral referral) {
        em.persist(referral);
        return referral;
    }

    /** Writes pending changes now, so constraint violations surface here and the version answered is the one stored. */
    public void flush() {
        em.flush();
    }

    public Optional<Referral> find(ReferralId id) {
        return em.createQuery("SELECT r FROM Referral r WHERE r.referralId.value = :id", Referral.class)
                .setParameter("id", id.value())
                .getResultStream().findFirst();
    }

    /** The referral an organisation created under its idempotency key. */
    public Optional<Referral> createdUnder(String owner, String key) {
        return em.createQuery("SELECT r FROM Referral r WHERE r.idempotencyOwner = :owner AND r.idempotencyKey = :key",
                        Referral.class)
                .setParameter("owner", owner).setParameter("key", key)
                .getResultStream().findFirst();
    }

    /**
     * Referrals newest first, optionally only those addressed to one recipient, of one returnee, of
     * one status and of one service.
     */
    public Page<Referral> list(String recipient, String registryNumber, ReferralStatus status, SupportService service,
                               int page, int pageSize) {
        String where = " FROM Referral r WHERE 1 = 1"
                + (recipient == null ? "" : " AND r.recipient = :recipient")
                + (registryNumber == null ? "" : " AND r.registryNumber = :registryNumber")
                + (status == null ? "" : " AND r.status = :status")
                + (service == null ? "" : " AND r.service = :service");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r)" + where, Long.class);
        TypedQuery<Referral> select = em.createQuery("SELECT r" + where + " ORDER BY r.createdAt DESC, r.id DESC",
                Referral.class);
        for (TypedQuery<?> q : List.of(count, select)) {
            if (recipient != null) {
                q.setParameter("recipient", recipient);
            }
            if (registryNumber != null) {
                q.setParameter("registryNumber", registryNumber);
            }
            if (status != null) {
                q.setParameter("status", status);
            }
            if (service != null) {
                q.setParameter("service", service);
            }
        }
        List<Referral> items = select.setFirstResult(Page.firstResult(page, pageSize)).setMaxResults(pageSize).getResultList();
        return new Page<>(items, page, pageSize, count.getSingleResult());
    }
}
