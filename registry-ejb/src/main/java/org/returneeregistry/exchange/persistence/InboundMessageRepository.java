package org.returneeregistry.exchange.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returneeregistry.exchange.domain.InboundMessage;

/** The replay store: partner messages accepted, by sender and message id. */
@ApplicationScoped
public class InboundMessageRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<InboundMessage> find(String sender, String messageId) {
        return em
                .createQuery(
                        "SELECT m FROM InboundMessage m WHERE m.sender = :sender AND m.messageId = :message",
                        InboundMessage.class)
                .setParameter("sender", sender)
                .setParameter("message", messageId)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Writes it at once, so a copy of the same message racing in meets the unique key here, not at commit. */
    public void add(InboundMessage message) {
        em.persist(message);
        em.flush();
    }
}
