package org.returneeregistry.reintegration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returneeregistry.reintegration.domain.Referral;
import org.returneeregistry.reintegration.domain.ReferralId;
import org.returneeregistry.reintegration.domain.ReferralStatus;
import org.returneeregistry.reintegration.domain.SupportService;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.persistence.PagedQuery;

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
                .getResultStream()
                .findFirst();
    }

    /** The referral an organisation created under its idempotency key. */
    public Optional<Referral> createdUnder(String owner, String key) {
        return em.createQuery(
                        "SELECT r FROM Referral r WHERE r.idempotencyOwner = :owner AND r.idempotencyKey = :key",
                        Referral.class)
                .setParameter("owner", owner)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /**
     * Referrals newest first, optionally only those addressed to one recipient, of one returnee, of
     * one status and of one service.
     */
    public Page<Referral> list(
            String recipient,
            String registryNumber,
            ReferralStatus status,
            SupportService service,
            int page,
            int pageSize) {
        return PagedQuery.from(em, Referral.class, "r")
                .where("r.recipient = :recipient", "recipient", recipient)
                .where("r.registryNumber = :registryNumber", "registryNumber", registryNumber)
                .where("r.status = :status", "status", status)
                .where("r.service = :service", "service", service)
                .page("r.createdAt DESC, r.id DESC", page, pageSize);
    }

    /** The referrals a notification's urgent needs made ({@code missionCode/notificationId}), oldest first. */
    public java.util.List<Referral> fromNotification(String notificationKey) {
        return em.createQuery(
                        "SELECT r FROM Referral r WHERE r.sourceNotification = :key ORDER BY r.id", Referral.class)
                .setParameter("key", notificationKey)
                .getResultList();
    }
}
