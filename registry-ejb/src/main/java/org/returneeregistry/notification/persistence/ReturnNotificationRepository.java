package org.returneeregistry.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.notification.domain.NotificationKey;
import org.returneeregistry.notification.domain.NotificationStatus;
import org.returneeregistry.notification.domain.ReturnNotification;

/** Received return notifications, by their business key. */
@ApplicationScoped
public class ReturnNotificationRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<ReturnNotification> find(NotificationKey key) {
        return em.createQuery(
                        "SELECT n FROM ReturnNotification n WHERE n.key.missionCode = :mission"
                                + " AND n.key.notificationId = :id",
                        ReturnNotification.class)
                .setParameter("mission", key.missionCode())
                .setParameter("id", key.notificationId())
                .getResultStream()
                .findFirst();
    }

    /** One page of a mission's notifications, newest first. */
    public List<ReturnNotification> ofMission(String missionCode, int first, int max) {
        return em.createQuery(
                        "SELECT n FROM ReturnNotification n WHERE n.key.missionCode = :mission"
                                + " ORDER BY n.receivedAt DESC, n.id DESC",
                        ReturnNotification.class)
                .setParameter("mission", missionCode)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countOfMission(String missionCode) {
        return em.createQuery(
                        "SELECT COUNT(n) FROM ReturnNotification n WHERE n.key.missionCode = :mission", Long.class)
                .setParameter("mission", missionCode)
                .getSingleResult();
    }

    /** The notifications that reported a returnee's return, oldest first. */
    public List<ReturnNotification> ofReturnee(String registryNumber) {
        return em.createQuery(
                        "SELECT n FROM ReturnNotification n WHERE n.registryNumber = :rn ORDER BY n.receivedAt",
                        ReturnNotification.class)
                .setParameter("rn", registryNumber)
                .getResultList();
    }

    /** As {@link #find}, locking the notification until the transaction ends. */
    public Optional<ReturnNotification> findForUpdate(NotificationKey key) {
        return em.createQuery(
                        "SELECT n FROM ReturnNotification n WHERE n.key.missionCode = :mission"
                                + " AND n.key.notificationId = :id",
                        ReturnNotification.class)
                .setParameter("mission", key.missionCode())
                .setParameter("id", key.notificationId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** The notifications held for a registrar's review, oldest first. */
    public List<ReturnNotification> heldForReview(int first, int max) {
        return em.createQuery(
                        "SELECT n FROM ReturnNotification n WHERE n.status = :held ORDER BY n.receivedAt, n.id",
                        ReturnNotification.class)
                .setParameter("held", NotificationStatus.HELD_FOR_REVIEW)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Up to {@code max} notifications received before {@code before} whose content is still kept, oldest
     * first; held ones are not among them (a registrar's decision reads the content).
     */
    public List<ReturnNotification> contentKeptSince(Instant before, int max) {
        return em.createQuery(
                        "SELECT n FROM ReturnNotification n WHERE n.contentPurgedAt IS NULL"
                                + " AND n.status <> :held AND n.receivedAt < :before ORDER BY n.receivedAt, n.id",
                        ReturnNotification.class)
                .setParameter("held", NotificationStatus.HELD_FOR_REVIEW)
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
    }

    /** Whether a notification of this mission reported this returnee's return. */
    public boolean notifiedBy(String missionCode, String registryNumber) {
        return !em.createQuery(
                        "SELECT n.id FROM ReturnNotification n WHERE n.key.missionCode = :mission"
                                + " AND n.registryNumber = :rn",
                        Long.class)
                .setParameter("mission", missionCode)
                .setParameter("rn", registryNumber)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Stores the notification and writes now, so a concurrent twin fails here, inside the caller's transaction. */
    public void add(ReturnNotification notification) {
        em.persist(notification);
        em.flush();
    }
}
