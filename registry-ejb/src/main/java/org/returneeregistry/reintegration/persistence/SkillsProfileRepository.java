package org.returneeregistry.reintegration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.returneeregistry.reintegration.domain.SkillsProfileVersion;

/** Versions of returnees' skills profiles. */
@ApplicationScoped
public class SkillsProfileRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public SkillsProfileVersion add(SkillsProfileVersion version) {
        em.persist(version);
        em.flush();
        return version;
    }

    /** Every version of the returnee's profile, the latest first. */
    public List<SkillsProfileVersion> versions(String registryNumber) {
        return em.createQuery(
                        "SELECT s FROM SkillsProfileVersion s WHERE s.registryNumber = :n ORDER BY s.version DESC",
                        SkillsProfileVersion.class)
                .setParameter("n", registryNumber)
                .getResultList();
    }
}
