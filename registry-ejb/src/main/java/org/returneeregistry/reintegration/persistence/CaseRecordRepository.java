package org.returneeregistry.reintegration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.returneeregistry.reintegration.domain.CaseRecordVersion;

/** Versions of the records case workers keep about returnees, one table per kind of record. */
@ApplicationScoped
public class CaseRecordRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** Writes a version; a second write of the same version number fails on the unique key at once. */
    public <T extends CaseRecordVersion> T add(T version) {
        em.persist(version);
        em.flush();
        return version;
    }

    /** Every version of the returnee's record of this kind, the latest first. */
    public <T extends CaseRecordVersion> List<T> versions(Class<T> kind, String registryNumber) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> q = cb.createQuery(kind);
        Root<T> v = q.from(kind);
        q.select(v).where(cb.equal(v.get("registryNumber"), registryNumber)).orderBy(cb.desc(v.get("version")));
        return em.createQuery(q).getResultList();
    }
}
