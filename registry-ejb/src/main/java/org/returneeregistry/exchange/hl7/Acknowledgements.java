package org.returneeregistry.exchange.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import java.util.Set;
import org.returneeregistry.exchange.domain.DeliveryOutcome;
import org.returneeregistry.exchange.domain.DeliveryOutcome.Failure;
import org.returneeregistry.shared.domain.LogText;

/**
 * What the ministry's acknowledgement of an HL7 message means for the outbox: MSA-1 AA (application
 * accept) or CA (commit accept, enhanced mode) is a delivery; AR/CR (reject) is a refusal — retrying the
 * same message cannot help, it becomes a dead letter for an operator; AE/CE (error) or any other code is
 * "not now", retried with back-off up to the retry policy's maximum of attempts. An answer that is no
 * acknowledgement of this message is retried too. MSA-3 (the text) is kept with the code; neither goes
 * into the stored error, and both are neutralised ({@link LogText}) before they are kept or logged.
 */
public final class Acknowledgements {

    private static final Set<String> ACCEPTED = Set.of("AA", "CA");
    private static final Set<String> REJECTED = Set.of("AR", "CR");

    private Acknowledgements() {
    }

    public static DeliveryOutcome outcome(Message ack, String controlId) {
        try {
            Terser terser = new Terser(ack);
            String code = terser.get("/MSA-1");
            String text = LogText.neutral(terser.get("/MSA-3"));
            String acknowledged = LogText.neutral(terser.get("/MSA-2"));
            if (code == null) {
                return DeliveryOutcome.failed(Failure.BAD_ANSWER, "the answer has no MSA-1 acknowledgement code");
            }
            if (controlId != null && !controlId.equals(acknowledged)) {
                return DeliveryOutcome.refused(code, text, Failure.BAD_ANSWER,
                        "the acknowledgement is for control id " + acknowledged);
            }
            if (ACCEPTED.contains(code)) {
                return DeliveryOutcome.acknowledged(code, text);
            }
            return DeliveryOutcome.refused(code, text, REJECTED.contains(code) ? Failure.REJECTED
                    : Failure.REJECTED_FOR_NOW, "negative acknowledgement " + code);
        } catch (HL7Exception e) {
            return DeliveryOutcome.failed(Failure.BAD_ANSWER, "the answer is no HL7 acknowledgement");
        }
    }

    /** The outcome of an acknowledgement in ER7 text. */
    public static DeliveryOutcome outcome(String er7, String controlId) {
        try {
            return outcome(AdtMessages.parser().parse(er7), controlId);
        } catch (HL7Exception e) {
            return DeliveryOutcome.failed(Failure.BAD_ANSWER, "the answer is no HL7 acknowledgement");
        }
    }
}
