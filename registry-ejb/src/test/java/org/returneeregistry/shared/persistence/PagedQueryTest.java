package org.returneeregistry.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JPQL a paged search sends: only the criteria given, the same for the page and its count. */
class PagedQueryTest {

    /** Named like an entity; the query is built, not run, so no persistence unit is needed. */
    private static final class Referral {}

    @Test
    void criteriaWithoutAValueAreLeftOut() {
        PagedQuery<Referral> query = PagedQuery.from(null, Referral.class, "r")
                .where("r.recipient = :recipient", "recipient", "NPL-MOH")
                .where("r.status = :status", "status", null)
                .where("r.service = :service", "service", "HEALTH");

        assertEquals(
                "SELECT r FROM Referral r WHERE r.recipient = :recipient AND r.service = :service"
                        + " ORDER BY r.createdAt DESC, r.id DESC",
                query.selectJpql("r.createdAt DESC, r.id DESC"));
        assertEquals(
                "SELECT COUNT(r) FROM Referral r WHERE r.recipient = :recipient AND r.service = :service",
                query.countJpql());
        assertEquals(Map.of("recipient", "NPL-MOH", "service", "HEALTH"), query.parameters());
    }

    @Test
    void noCriteriaGivenSelectsEveryRow() {
        PagedQuery<Referral> query =
                PagedQuery.from(null, Referral.class, "r").where("r.status = :status", "status", null);

        assertEquals("SELECT r FROM Referral r ORDER BY r.id", query.selectJpql("r.id"));
        assertEquals("SELECT COUNT(r) FROM Referral r", query.countJpql());
        assertEquals(Map.of(), query.parameters());
    }

    @Test
    void aPageWithoutAnOrderIsRefused() {
        PagedQuery<Referral> query = PagedQuery.from(null, Referral.class, "r");

        assertThrows(IllegalArgumentException.class, () -> query.selectJpql(" "));
        assertThrows(NullPointerException.class, () -> query.selectJpql(null));
    }

    @Test
    void aPageOutOfBoundsIsRefusedBeforeAnyQuery() {
        PagedQuery<Referral> query = PagedQuery.from(null, Referral.class, "r");

        assertThrows(IllegalArgumentException.class, () -> query.page("r.id", 0, 20));
        assertThrows(IllegalArgumentException.class, () -> query.page("r.id", 1, 101));
    }
}
