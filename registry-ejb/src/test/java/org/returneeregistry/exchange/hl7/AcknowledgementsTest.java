package org.returneeregistry.exchange.hl7;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.exchange.domain.DeliveryOutcome;

class AcknowledgementsTest {

    private static final String ID = "4f9d2c1e-7a3b-4c55-9e0f-0123456789ab";

    private static String ack(String code, String controlId, String text) {
        return "MSH|^~\\&|HMIS|NPL-MOHP|RETURNEE-REGISTRY|NPL-DOFE|20260310081531||ACK^A28^ACK|ACK-1|P|2.5.1\r"
                + "MSA|" + code + "|" + controlId + (text == null ? "" : "|" + text) + "\r";
    }

    @ParameterizedTest
    @CsvSource({"AA", "CA"})
    void anAcceptIsADelivery(String code) {
        DeliveryOutcome outcome = Acknowledgements.outcome(ack(code, ID, "Stored"), ID);

        assertTrue(outcome.delivered());
        assertEquals(code, outcome.ackCode());
        assertEquals("Stored", outcome.ackText());
        assertNull(outcome.error());
    }

    @ParameterizedTest
    @CsvSource({"AE, REJECTED_FOR_NOW", "CE, REJECTED_FOR_NOW", "AR, REJECTED", "CR, REJECTED", "XX, REJECTED_FOR_NOW"})
    void aNegativeAcknowledgementKeepsItsTextAndIsARefusalOnlyForAReject(String code, DeliveryOutcome.Failure failure) {
        DeliveryOutcome outcome = Acknowledgements.outcome(ack(code, ID, "Unknown facility"), ID);

        assertFalse(outcome.delivered());
        assertEquals(failure, outcome.failure());
        assertEquals(code, outcome.ackCode());
        assertEquals("Unknown facility", outcome.ackText());
        assertFalse(outcome.error().contains("Unknown facility"), "remote text stays out of the stored error");
    }

    @Test
    void anAcceptOfAnotherMessageIsNoDelivery() {
        DeliveryOutcome outcome = Acknowledgements.outcome(ack("AA", "OTHER-ID", null), ID);

        assertFalse(outcome.delivered());
        assertEquals(DeliveryOutcome.Failure.BAD_ANSWER, outcome.failure());
        assertTrue(outcome.detail().contains("OTHER-ID"), outcome.detail());
    }

    @Test
    void anAnswerWithoutMsaIsNoDelivery() {
        DeliveryOutcome outcome = Acknowledgements.outcome(
                "MSH|^~\\&|HMIS|NPL-MOHP|RETURNEE-REGISTRY|NPL-DOFE|20260310081531||ACK^A28^ACK|ACK-1|P|2.5.1\r", ID);

        assertFalse(outcome.delivered());
    }

    @Test
    void garbageIsNoDelivery() {
        assertFalse(Acknowledgements.outcome("HTTP/1.1 200 OK", ID).delivered());
    }
}
