package org.returneeregistry.returnee.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.returnee.domain.Returnee;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.persistence.PagedQuery;

/** Returnees in the system of record. Used only by the returnee context's application service. */
@ApplicationScoped
public class ReturneeRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** Stores a newly registered returnee and gives it the registry number derived from its serial. */
    public Returnee add(Returnee returnee) {
        em.persist(returnee);
        returnee.assignRegistryNumber(RegistryNumber.fromSerial(returnee.serial()));
        return returnee;
    }

    /** Writes pending changes now, so the version answered is the one stored. */
    public void flush() {
        em.flush();
    }

    public Optional<Returnee> find(RegistryNumber number) {
        return em.createQuery("SELECT r FROM Returnee r WHERE r.registryNumber.value = :number", Returnee.class)
                .setParameter("number", number.value())
                .getResultStream()
                .findFirst();
    }

    /** As {@link #find}, locking the returnee until the transaction ends. */
    public Optional<Returnee> findForUpdate(RegistryNumber number) {
        return em.createQuery("SELECT r FROM Returnee r WHERE r.registryNumber.value = :number", Returnee.class)
                .setParameter("number", number.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** Every returnee holding at least one of the identifiers; more than one means the identifiers disagree. */
    public List<Returnee> holdingAnyOf(List<Identifier> identifiers) {
        return holding(identifiers, LockModeType.NONE);
    }

    /**
     * As {@link #holdingAnyOf}, locking the returnees found until the transaction ends, so that
     * concurrent returns for one person are recorded one after the other instead of failing on the
     * returnee's version.
     */
    public List<Returnee> holdingAnyOfForUpdate(List<Identifier> identifiers) {
        if (identifiers.size() == 1) {
            Identifier id = identifiers.get(0);
            return em.createNamedQuery(Returnee.HOLDING_IDENTIFIER_FOR_UPDATE, Returnee.class)
                    .setParameter("t0", id.type())
                    .setParameter("n0", id.number())
                    .setParameter("c0", id.issuingCountry())
                    .getResultList();
        }
        return holding(identifiers, LockModeType.PESSIMISTIC_WRITE);
    }

    private List<Returnee> holding(List<Identifier> identifiers, LockModeType lock) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder(
                "SELECT r FROM Returnee r WHERE r.id IN (SELECT i.returnee.id FROM PersonIdentity i WHERE ");
        for (int k = 0; k < identifiers.size(); k++) {
            if (k > 0) {
                jpql.append(" OR ");
            }
            jpql.append("(i.type = :t")
                    .append(k)
                    .append(" AND i.number = :n")
                    .append(k)
                    .append(" AND i.issuingCountry = :c")
                    .append(k)
                    .append(')');
        }
        jpql.append(") ORDER BY r.id");
        TypedQuery<Returnee> query =
                em.createQuery(jpql.toString(), Returnee.class).setLockMode(lock);
        for (int k = 0; k < identifiers.size(); k++) {
            Identifier id = identifiers.get(k);
            query.setParameter("t" + k, id.type())
                    .setParameter("n" + k, id.number())
                    .setParameter("c" + k, id.issuingCountry());
        }
        return query.getResultList();
    }

    /**
     * Returnees holding an identifier of this kind and number, whatever its issuing country: at most {@code
     * limit}, by id.
     */
    public List<Returnee> holdingNumber(String type, String number, int limit) {
        return em.createQuery(
                        "SELECT r FROM Returnee r WHERE r.id IN (SELECT i.returnee.id FROM PersonIdentity i"
                                + " WHERE i.type = :t AND i.number = :n) ORDER BY r.id",
                        Returnee.class)
                .setParameter("t", type)
                .setParameter("n", number)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Returnees by family name (case-insensitive), optional given name, and date of birth. */
    public Page<Returnee> byName(String familyName, String givenName, LocalDate dateOfBirth, int page, int pageSize) {
        return PagedQuery.from(em, Returnee.class, "r")
                .where("LOWER(r.familyName) = :family", "family", familyName.toLowerCase(Locale.ROOT))
                .where("r.dateOfBirth = :dob", "dob", Objects.requireNonNull(dateOfBirth, "dateOfBirth"))
                .where(
                        "LOWER(r.givenName) = :given",
                        "given",
                        givenName == null ? null : givenName.toLowerCase(Locale.ROOT))
                .page("r.id", page, pageSize);
    }
}
