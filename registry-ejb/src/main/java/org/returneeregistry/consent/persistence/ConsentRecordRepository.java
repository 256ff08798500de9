package org.returneeregistry.consent.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.consent.domain.ConsentRecord;

/** Consent records. Used only by the consent context's application services. */
@ApplicationScoped
public class ConsentRecordRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public ConsentRecord add(ConsentRecord record) {
        em.persist(record);
        return record;
    }

    public void flush() {
        em.flush();
    }

    public Optional<ConsentRecord> find(String consentId) {
        return em.createQuery("SELECT c FROM ConsentRecord c WHERE c.consentId = :id", ConsentRecord.class)
                .setParameter("id", consentId)
                .getResultStream()
                .findFirst();
    }

    /** The record an organisation made under its idempotency key. */
    public Optional<ConsentRecord> createdUnder(String owner, String key) {
        return em.createQuery(
                        "SELECT c FROM ConsentRecord c WHERE c.idempotencyOwner = :owner AND c.idempotencyKey = :key",
                        ConsentRecord.class)
                .setParameter("owner", owner)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** The record, locked for a revocation or supersession, so two of them cannot both succeed. */
    public Optional<ConsentRecord> findForUpdate(String consentId) {
        return em.createQuery("SELECT c FROM ConsentRecord c WHERE c.consentId = :id", ConsentRecord.class)
                .setParameter("id", consentId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** Every record of a returnee, newest first. */
    public List<ConsentRecord> ofReturnee(String registryNumber) {
        return em.createQuery(
                        "SELECT c FROM ConsentRecord c WHERE c.registryNumber = :rn ORDER BY c.recordedAt DESC, c.id DESC",
                        ConsentRecord.class)
                .setParameter("rn", registryNumber)
                .getResultList();
    }

    /**
     * Every record of a returnee for one recipient, newest first: what the decision point weighs. The rows
     * are locked (and read afresh) until the deciding transaction ends, which lasts past the decision's
     * entry in the decision log: a revocation or supersession ({@link #findForUpdate}) either commits before
     * the decision — which then sees it — or waits for it and then finds its log entry when it looks for
     * the organisations to notify. No read can slip between the two.
     */
    public List<ConsentRecord> of(String registryNumber, String recipient) {
        return em.createQuery(
                        "SELECT c FROM ConsentRecord c WHERE c.registryNumber = :rn AND c.recipient = :to"
                                + " ORDER BY c.recordedAt DESC, c.id DESC",
                        ConsentRecord.class)
                .setParameter("rn", registryNumber)
                .setParameter("to", recipient)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.refresh", "true")
                .getResultList();
    }
}
