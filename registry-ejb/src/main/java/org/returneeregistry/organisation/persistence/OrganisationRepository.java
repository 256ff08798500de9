package org.returneeregistry.organisation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returneeregistry.organisation.domain.Organisation;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.organisation.domain.OrganisationStatus;
import org.returneeregistry.organisation.domain.OrganisationType;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.persistence.PagedQuery;

/** Organisations known to the registry. Used only by the organisation context's application services. */
@ApplicationScoped
public class OrganisationRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Organisation add(Organisation organisation) {
        em.persist(organisation);
        return organisation;
    }

    /** Writes pending changes now, so constraint violations surface here and the version answered is the one stored. */
    public void flush() {
        em.flush();
    }

    public Optional<Organisation> find(OrganisationCode code) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.code.value = :code", Organisation.class)
                .setParameter("code", code.value())
                .getResultStream()
                .findFirst();
    }

    /** The status alone, read through the unique index on the code; nothing else is loaded. */
    public Optional<OrganisationStatus> statusOf(OrganisationCode code) {
        return em.createQuery(
                        "SELECT o.status FROM Organisation o WHERE o.code.value = :code", OrganisationStatus.class)
                .setParameter("code", code.value())
                .getResultStream()
                .findFirst();
    }

    public boolean exists(OrganisationType type) {
        return !em.createQuery("SELECT o.id FROM Organisation o WHERE o.type = :type", Long.class)
                .setParameter("type", type)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Organisations in code order, optionally of one type and one status. */
    public Page<Organisation> list(OrganisationType type, OrganisationStatus status, int page, int pageSize) {
        return PagedQuery.from(em, Organisation.class, "o")
                .where("o.type = :type", "type", type)
                .where("o.status = :status", "status", status)
                .page("o.code.value", page, pageSize);
    }

    /**
     * The active migrant resource centres serving a district (the name compared without regard to case),
     * by code.
     */
    public java.util.List<Organisation> activeCentresServing(String district) {
        return em.createQuery(
                        "SELECT o FROM Organisation o WHERE o.type = :type AND o.status = :status"
                                + " AND UPPER(o.district) = UPPER(:district) ORDER BY o.code.value",
                        Organisation.class)
                .setParameter("type", OrganisationType.MIGRANT_RESOURCE_CENTRE)
                .setParameter("status", OrganisationStatus.ACTIVE)
                .setParameter("district", district)
                .getResultList();
    }
}
