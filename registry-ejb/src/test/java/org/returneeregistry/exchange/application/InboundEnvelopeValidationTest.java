package org.returneeregistry.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.testsupport.InputChecks;

/** The envelope every partner message carries, checked before anything is asked of the agreement registry. */
class InboundEnvelopeValidationTest {

    @AutoClose
    private static final InputChecks INPUTS = new InputChecks();

    private static final String AGREEMENT = "7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2";

    @Test
    void aCompleteEnvelopeIsValid() {
        assertEquals(
                List.of(), violationsOf(envelope("m-1", AGREEMENT, "QAT-GRSIA", "RETURN_NOTICE", List.of("IDENTITY"))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "with space", "a/b", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void aMessageIdOutsideItsAlphabetOrLengthIsRefused(String messageId) {
        assertEquals(
                List.of("messageId"),
                fields(envelope(messageId, AGREEMENT, "QAT-GRSIA", "RETURN_NOTICE", List.of("IDENTITY"))));
    }

    @Test
    void anAgreementIdThatIsNoUuidIsRefused() {
        assertEquals(
                List.of("agreementId"),
                fields(envelope("m-1", "NPL-QAT/LMA/2026", "QAT-GRSIA", "RETURN_NOTICE", List.of("IDENTITY"))));
    }

    @Test
    void aSenderThatIsNoOrganisationCodeIsRefused() {
        assertEquals(
                List.of("senderInstitution"),
                fields(envelope("m-1", AGREEMENT, "qatar", "RETURN_NOTICE", List.of("IDENTITY"))));
    }

    @Test
    void codesOutsideTheirCodeListsAreRefused() {
        List<String> fields = fields(envelope("m-1", AGREEMENT, "QAT-GRSIA", "GOSSIP", List.of("SHOE_SIZE")));
        assertTrue(fields.contains("messageType"), fields::toString);
        assertTrue(fields.stream().anyMatch(f -> f.startsWith("dataCategories")), fields::toString);
    }

    @Test
    void anEnvelopeWithoutCategoriesOrWithMoreThanTenIsRefused() {
        assertEquals(
                List.of("dataCategories"), fields(envelope("m-1", AGREEMENT, "QAT-GRSIA", "RETURN_NOTICE", List.of())));
        assertEquals(
                List.of("dataCategories"),
                fields(envelope("m-1", AGREEMENT, "QAT-GRSIA", "RETURN_NOTICE", Collections.nCopies(11, "IDENTITY"))));
    }

    @Test
    void aMissingTimestampIsRefused() {
        InboundEnvelope e = new InboundEnvelope(
                "m-1",
                null,
                AGREEMENT,
                "QAT-GRSIA",
                "NPL-DOFE",
                null,
                "RETURN_NOTICE",
                "REINTEGRATION_SERVICES",
                List.of("IDENTITY"));
        assertEquals(List.of("timestamp"), fields(e));
    }

    private static InboundEnvelope envelope(
            String messageId, String agreement, String sender, String type, List<String> categories) {
        return new InboundEnvelope(
                messageId,
                null,
                agreement,
                sender,
                "NPL-DOFE",
                Instant.now(),
                type,
                "REINTEGRATION_SERVICES",
                categories);
    }

    private static List<Violation> violationsOf(InboundEnvelope envelope) {
        return InputChecks.violations(INPUTS.of(envelope));
    }

    private static List<String> fields(InboundEnvelope envelope) {
        return violationsOf(envelope).stream().map(Violation::field).distinct().toList();
    }
}
