package org.returneeregistry.reintegration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.returneeregistry.reintegration.domain.FamilyRecordVersion;

/** Versions of the records of returnees' family members and dependants. */
@ApplicationScoped
public class FamilyRecordRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public FamilyRecordVersion add(FamilyRecordVersion version) {
        em.persist(version);
        em.flush();
        return version;
    }

    /** Every version of the returnee's family record, the latest first. */
    public List<FamilyRecordVersion> versions(String registryNumber) {
        return em.createQuery(
                        "SELECT s FROM FamilyRecordVersion s WHERE s.registryNumber = :n ORDER BY s.version DESC",
                        FamilyRecordVersion.class)
                .setParameter("n", registryNumber)
                .getResultList();
    }
}
