package org.returneeregistry.reintegration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.reintegration.domain.ReferralRoute;
import org.returneeregistry.reintegration.domain.SupportService;

/** The route of each service. Used only by the reintegration context's application services. */
@ApplicationScoped
public class ReferralRouteRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<ReferralRoute> find(SupportService service) {
        return Optional.ofNullable(em.find(ReferralRoute.class, service.name()));
    }

    public ReferralRoute add(ReferralRoute route) {
        em.persist(route);
        return route;
    }

    public void flush() {
        em.flush();
    }

    public List<ReferralRoute> all() {
        return em.createQuery("SELECT r FROM ReferralRoute r ORDER BY r.service", ReferralRoute.class).getResultList();
    }
}
