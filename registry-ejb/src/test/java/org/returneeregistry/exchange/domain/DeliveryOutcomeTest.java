package org.returneeregistry.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.exchange.domain.DeliveryOutcome.Failure;

class DeliveryOutcomeTest {

    /** HTTP status of a push → failure kind (none: delivered), and the neutral text stored. */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "200, -,                -",
            "204, -,                -",
            "301, REJECTED,         delivery failed: rejected",
            "400, REJECTED,         delivery failed: rejected",
            "401, REJECTED,         delivery failed: rejected",
            "404, REJECTED,         delivery failed: rejected",
            "408, REJECTED_FOR_NOW, delivery failed: rejected for now",
            "422, REJECTED,         delivery failed: rejected",
            "429, REJECTED_FOR_NOW, delivery failed: rejected for now",
            "500, REJECTED_FOR_NOW, delivery failed: rejected for now",
            "503, REJECTED_FOR_NOW, delivery failed: rejected for now",
            "101, REJECTED,         delivery failed: rejected"})
    void anHttpStatusIsADeliveryOrAFailureOfOneKind(int status, Failure failure, String error) {
        DeliveryOutcome outcome = DeliveryOutcome.ofHttpStatus(status);

        assertEquals(failure == null, outcome.delivered());
        assertEquals(failure, outcome.failure());
        assertEquals(error, outcome.error());
    }

    @ParameterizedTest
    @CsvSource({"NO_ANSWER, false", "REJECTED_FOR_NOW, false", "BAD_ANSWER, false", "REJECTED, true",
            "DESTINATION_REFUSED, true"})
    void onlyARefusalIsPermanent(Failure failure, boolean permanent) {
        assertEquals(permanent, failure.permanent());
    }

    @org.junit.jupiter.api.Test
    void anOutcomeIsADeliveryOrAFailure() {
        assertThrows(IllegalArgumentException.class, () -> new DeliveryOutcome(true, Failure.NO_ANSWER, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryOutcome(false, null, null, null, null));
    }
}
