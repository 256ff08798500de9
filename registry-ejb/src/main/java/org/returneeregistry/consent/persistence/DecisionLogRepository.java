package org.returneeregistry.consent.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.consent.domain.DecisionLogHead;
import org.returneeregistry.consent.domain.DecisionReason;
import org.returneeregistry.shared.application.ChainedLog;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.persistence.PagedQuery;

/** The decision log and its head. Entries are only ever added, and linked into the chain. */
@ApplicationScoped
public class DecisionLogRepository implements ChainedLog {

    /** The decision log's name in its checkpoints. */
    public static final String LOG_NAME = "decision-log";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Override
    public String name() {
        return LOG_NAME;
    }

    /** The head, locked until the linking transaction ends; only the linker takes it. */
    @Override
    public DecisionLogHead lockHead() {
        return em.find(DecisionLogHead.class, DecisionLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public DecisionLogHead head() {
        return em.find(DecisionLogHead.class, DecisionLogHead.ID);
    }

    /** Writes the decision, not linked yet, and seals it once it has its id; answers that id. */
    public long add(DecisionLogEntry entry, java.util.function.Function<DecisionLogEntry, String> sealer) {
        em.persist(entry);
        entry.sealedWith(sealer.apply(entry));
        return entry.id();
    }

    @Override
    public List<DecisionLogEntry> unlinked(int limit) {
        return em.createQuery(
                        "SELECT e FROM DecisionLogEntry e WHERE e.sequence IS NULL ORDER BY e.id",
                        DecisionLogEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long unlinkedCount() {
        return em.createQuery("SELECT COUNT(e) FROM DecisionLogEntry e WHERE e.sequence IS NULL", Long.class)
                .getSingleResult();
    }

    /** Up to {@code limit} entries from sequence number {@code from} on, in order. */
    @Override
    public List<DecisionLogEntry> slice(long from, long toInclusive, int limit) {
        return em.createQuery(
                        "SELECT e FROM DecisionLogEntry e WHERE e.sequence >= :from AND e.sequence <= :to"
                                + " ORDER BY e.sequence",
                        DecisionLogEntry.class)
                .setParameter("from", from)
                .setParameter("to", toInclusive)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public java.util.Optional<DecisionLogEntry> entry(long sequence) {
        return em
                .createQuery("SELECT e FROM DecisionLogEntry e WHERE e.sequence = :s", DecisionLogEntry.class)
                .setParameter("s", sequence)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Organisations that were granted data under a consent record. */
    public List<String> grantedUnder(String consentId) {
        return em.createQuery(
                        "SELECT DISTINCT e.organisation FROM DecisionLogEntry e WHERE e.consentId = :id"
                                + " AND e.outcome = 'PERMIT'",
                        String.class)
                .setParameter("id", consentId)
                .getResultList();
    }

    /**
     * The partner institutions given data under a consent record, each with the agreement and purpose of its latest
     * permitted decision: {organisation, agreementId, purpose} rows.
     */
    public List<Object[]> partnerGrantsUnder(String consentId) {
        return em.createQuery(
                        "SELECT e.organisation, e.agreementId, e.purpose FROM DecisionLogEntry e WHERE e.consentId = :id"
                                + " AND e.outcome = 'PERMIT' AND e.agreementId IS NOT NULL ORDER BY e.id",
                        Object[].class)
                .setParameter("id", consentId)
                .getResultList();
    }

    /** The decisions on one returnee (by keyed hash), newest first, at most {@code limit}. */
    public List<DecisionLogEntry> ofSubject(String subjectHash, int limit) {
        return em.createQuery(
                        "SELECT e FROM DecisionLogEntry e WHERE e.subjectHash = :subject"
                                + " ORDER BY e.decidedAt DESC, e.id DESC",
                        DecisionLogEntry.class)
                .setParameter("subject", subjectHash)
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many decisions the log holds on one returnee (by keyed hash). */
    public long countOfSubject(String subjectHash) {
        return em.createQuery("SELECT COUNT(e) FROM DecisionLogEntry e WHERE e.subjectHash = :subject", Long.class)
                .setParameter("subject", subjectHash)
                .getSingleResult();
    }

    public Page<DecisionLogEntry> find(
            String subjectHash,
            String organisation,
            String purpose,
            String outcome,
            DecisionReason reason,
            String channel,
            Instant from,
            Instant to,
            String agreement,
            String sort,
            int page,
            int pageSize) {
        return PagedQuery.from(em, DecisionLogEntry.class, "e")
                .where("e.subjectHash = :subject", "subject", subjectHash)
                .where("e.organisation = :organisation", "organisation", organisation)
                .where("e.purpose = :purpose", "purpose", purpose)
                .where("e.outcome = :outcome", "outcome", outcome)
                .where("e.reason = :reason", "reason", reason)
                .where("e.channel = :channel", "channel", channel)
                .where("e.decidedAt >= :from", "from", from)
                .where("e.decidedAt < :to", "to", to)
                .where("e.agreementId = :agreement", "agreement", agreement)
                .page(order(sort), page, pageSize);
    }

    /** The JPQL order of a sort key ({@code decidedAt}, {@code -organisation}, ...): newest first without one. */
    static String order(String sort) {
        if (sort == null || sort.isBlank()) {
            return "e.id DESC";
        }
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        String direction = descending ? " DESC" : " ASC";
        return switch (field) {
            case "decidedAt" -> "e.decidedAt" + direction + ", e.id" + direction;
            case "organisation", "purpose", "outcome", "reason", "channel" -> "e." + field + direction + ", e.id DESC";
            default -> throw new IllegalArgumentException("not a sort key: " + sort);
        };
    }

    /**
     * Decisions per day (UTC, as stored) and outcome over {@code [from, to)}: {day, outcome, count} rows, the day a
     * {@link java.time.LocalDate}. Portable SQL (H2 and PostgreSQL): the timestamps are stored in UTC without zone.
     */
    public List<Object[]> countsPerDay(Instant from, Instant to, String organisation) {
        String sql = "SELECT CAST(decided_at AS DATE), outcome, COUNT(*) FROM decision_log_entry"
                + " WHERE decided_at >= ?1 AND decided_at < ?2"
                + (organisation == null ? "" : " AND organisation = ?3")
                + " GROUP BY CAST(decided_at AS DATE), outcome";
        var query = em.createNativeQuery(sql)
                .setParameter(1, java.sql.Timestamp.from(from))
                .setParameter(2, java.sql.Timestamp.from(to));
        if (organisation != null) {
            query.setParameter(3, organisation);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Object[] {localDate(r[0]), r[1], ((Number) r[2]).longValue()})
                .toList();
    }

    private static java.time.LocalDate localDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.time.LocalDate date) {
            return date;
        }
        if (value instanceof java.util.Date date) {
            return new java.sql.Date(date.getTime()).toLocalDate();
        }
        return java.time.LocalDate.parse(value.toString().substring(0, 10));
    }

    /** Denies per reason over {@code [from, to)}: {reason, count} rows, most frequent first. */
    public List<Object[]> deniesPerReason(Instant from, Instant to, String organisation) {
        return aggregate(
                "SELECT e.reason, COUNT(e) FROM DecisionLogEntry e WHERE e.outcome = 'DENY' AND %s"
                        + " GROUP BY e.reason ORDER BY COUNT(e) DESC, e.reason",
                from, to, organisation);
    }

    /** Decisions per organisation, purpose and outcome over {@code [from, to)}: {organisation, purpose, outcome, count}. */
    public List<Object[]> countsPerOrganisationAndPurpose(Instant from, Instant to, String organisation) {
        return aggregate(
                "SELECT e.organisation, e.purpose, e.outcome, COUNT(e) FROM DecisionLogEntry e WHERE %s"
                        + " GROUP BY e.organisation, e.purpose, e.outcome",
                from, to, organisation);
    }

    private List<Object[]> aggregate(String jpql, Instant from, Instant to, String organisation) {
        String period = "e.decidedAt >= :from AND e.decidedAt < :to"
                + (organisation == null ? "" : " AND e.organisation = :organisation");
        TypedQuery<Object[]> query = em.createQuery(jpql.formatted(period), Object[].class)
                .setParameter("from", from)
                .setParameter("to", to);
        if (organisation != null) {
            query.setParameter("organisation", organisation);
        }
        return query.getResultList();
    }

    @Override
    public List<String> fieldNames() {
        return DecisionLogEntry.CHAINED_FIELD_NAMES;
    }

    @Override
    public List<Long> sequencesWritten(Instant from, Instant to, String personHash, int limit) {
        StringBuilder jpql =
                new StringBuilder("SELECT e.sequence FROM DecisionLogEntry e WHERE e.sequence IS NOT NULL");
        if (from != null) {
            jpql.append(" AND e.decidedAt >= :from");
        }
        if (to != null) {
            jpql.append(" AND e.decidedAt < :to");
        }
        if (personHash != null) {
            jpql.append(" AND e.subjectHash = :person");
        }
        TypedQuery<Long> query =
                em.createQuery(jpql.append(" ORDER BY e.sequence").toString(), Long.class);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        if (personHash != null) {
            query.setParameter("person", personHash);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
