package org.returneeregistry.consent.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DecisionLogOrderTest {

    @Test
    void newestFirstWithoutASortKey() {
        assertEquals("e.id DESC", DecisionLogRepository.order(null));
        assertEquals("e.id DESC", DecisionLogRepository.order(" "));
    }

    @Test
    void aSortKeyOrdersByItsFieldWithTiesNewestFirst() {
        assertEquals("e.decidedAt ASC, e.id ASC", DecisionLogRepository.order("decidedAt"));
        assertEquals("e.decidedAt DESC, e.id DESC", DecisionLogRepository.order("-decidedAt"));
        assertEquals("e.organisation ASC, e.id DESC", DecisionLogRepository.order("organisation"));
        assertEquals("e.reason DESC, e.id DESC", DecisionLogRepository.order("-reason"));
    }

    @Test
    void anUnknownKeyIsRefusedNotPassedToTheQuery() {
        assertThrows(IllegalArgumentException.class, () -> DecisionLogRepository.order("subjectHash"));
        assertThrows(IllegalArgumentException.class, () -> DecisionLogRepository.order("e.id; DROP"));
    }
}
