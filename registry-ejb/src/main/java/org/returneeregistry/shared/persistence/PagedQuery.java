package org.returneeregistry.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.returneeregistry.shared.domain.Page;

/**
 * The one way a repository answers a paged search: the rows of one entity matching every criterion
 * given (a criterion whose value is null is left out), one page of them in the order named, and how
 * many match in all. The order must end with a unique attribute (the id, a sequence), so that rows
 * never move between pages while nothing changes.
 *
 * <pre>{@code
 * PagedQuery.from(em, Referral.class, "r")
 *         .where("r.recipient = :recipient", "recipient", recipient)
 *         .where("r.status = :status", "status", status)
 *         .page("r.createdAt DESC, r.id DESC", page, pageSize);
 * }</pre>
 */
public final class PagedQuery<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private PagedQuery(EntityManager em, Class<T> type, String alias) {
        this.em = em;
        this.type = type;
        this.alias = alias;
    }

    /** Rows of the entity {@code type} (named as its class), called {@code alias} in the criteria. */
    public static <T> PagedQuery<T> from(EntityManager em, Class<T> type, String alias) {
        return new PagedQuery<>(em, type, alias);
    }

    /** Keeps only the rows meeting {@code condition}, which names the parameter {@code :name}, unless the value is null. */
    public PagedQuery<T> where(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** One page in the order {@code orderBy} (JPQL, e.g. {@code "e.createdAt DESC, e.id"}), with the total count. */
    public Page<T> page(String orderBy, int page, int pageSize) {
        int first = Page.firstResult(page, pageSize);
        TypedQuery<T> select = em.createQuery(selectJpql(orderBy), type);
        TypedQuery<Long> count = em.createQuery(countJpql(), Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<T> items = select.setFirstResult(first).setMaxResults(pageSize).getResultList();
        return new Page<>(items, page, pageSize, count.getSingleResult());
    }

    String selectJpql(String orderBy) {
        if (Objects.requireNonNull(orderBy, "a page needs an order").isBlank()) {
            throw new IllegalArgumentException("a page needs an order");
        }
        return "SELECT " + alias + fromWhere() + " ORDER BY " + orderBy;
    }

    String countJpql() {
        return "SELECT COUNT(" + alias + ")" + fromWhere();
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    private String fromWhere() {
        return " FROM " + type.getSimpleName() + " " + alias
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
    }
}
