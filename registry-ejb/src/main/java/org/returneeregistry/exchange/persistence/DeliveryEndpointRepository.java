package org.returneeregistry.exchange.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returneeregistry.exchange.domain.DeliveryEndpoint;

/** The organisations' delivery endpoints. Used only by the exchange context's application services. */
@ApplicationScoped
public class DeliveryEndpointRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public void add(DeliveryEndpoint endpoint) {
        em.persist(endpoint);
    }

    public Optional<DeliveryEndpoint> find(String organisationCode) {
        return em.createQuery("SELECT d FROM DeliveryEndpoint d WHERE d.organisationCode = :code", DeliveryEndpoint.class)
                .setParameter("code", organisationCode)
                .getResultStream().findFirst();
    }
}
