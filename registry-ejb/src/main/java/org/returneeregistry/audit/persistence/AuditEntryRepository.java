package org.returneeregistry.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.returneeregistry.audit.domain.AuditEntry;
import org.returneeregistry.shared.domain.Page;

/** The audit entries. Appends and reads; there is no update or delete. */
@ApplicationScoped
public class AuditEntryRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    /** Entries matching every criterion given (null criteria are ignored), oldest first. */
    public Page<AuditEntry> find(String organisation, String subject, String operation, String outcome,
                                 Instant from, Instant to, int page, int pageSize) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        criterion(where, parameters, "e.organisation = :organisation", "organisation", organisation);
        criterion(where, parameters, "e.subject = :subject", "subject", subject);
        criterion(where, parameters, "e.operation = :operation", "operation", operation);
        criterion(where, parameters, "e.outcome = :outcome", "outcome", outcome);
        criterion(where, parameters, "e.at >= :from", "from", from);
        criterion(where, parameters, "e.at < :to", "to", to);
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e" + condition + " ORDER BY e.id",
                AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + condition, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditEntry> items = query.setFirstResult(Page.firstResult(page, pageSize)).setMaxResults(pageSize).getResultList();
        return new Page<>(items, page, pageSize, count.getSingleResult());
    }

    private static void criterion(List<String> where, Map<String, Object> parameters, String clause, String name,
                                  Object value) {
        if (value != null) {
            where.add(clause);
            parameters.put(name, value);
        }
    }
}
