package org.returneeregistry.exchange.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import java.util.Set;
import org.returneeregistry.exchange.domain.DeliveryOutcome;
import org.returneeregistry.shared.domain.LogText;

/**
 * What the ministry's acknowledgement of an HL7 message means for the outbox: MSA-1 AA (application
 * accept) or CA (commit accept, enhanced mode) is a delivery; AE/AR, CE/CR or anything else is a
 * failure to retry with back-off — an error the ministry reports may be fixed on its side, and the
 * message is never dropped. MSA-3 (the text) is kept with the code. Text the ministry's system wrote
 * (MSA-2, MSA-3, what a parse error quotes) is neutralised ({@link LogText}) before it is stored or logged.
 */
public final class Acknowledgements {

    private static final Set<String> ACCEPTED = Set.of("AA", "CA");

    private Acknowledgements() {
    }

    public static DeliveryOutcome outcome(Message ack, String controlId) {
        try {
            Terser terser = new Terser(ack);
            String code = terser.get("/MSA-1");
            String text = LogText.neutral(terser.get("/MSA-3"));
            String acknowledged = LogText.neutral(terser.get("/MSA-2"));
            if (code == null) {
                return DeliveryOutcome.failed("the answer has no MSA-1 acknowledgement code");
            }
            if (controlId != null && !controlId.equals(acknowledged)) {
                return DeliveryOutcome.refused(code, text, "the acknowledgement is for control id " + acknowledged);
            }
            if (ACCEPTED.contains(code)) {
                return DeliveryOutcome.acknowledged(code, text);
            }
            return DeliveryOutcome.refused(code, text, "negative acknowledgement " + code
                    + (text == null ? "" : ": " + text));
        } catch (HL7Exception e) {
            return DeliveryOutcome.failed("the answer is no HL7 acknowledgement: " + LogText.neutral(e.getMessage()));
        }
    }

    /** The outcome of an acknowledgement in ER7 text. */
    public static DeliveryOutcome outcome(String er7, String controlId) {
        try {
            return outcome(AdtMessages.parser().parse(er7), controlId);
        } catch (HL7Exception e) {
            return DeliveryOutcome.failed("the answer is no HL7 acknowledgement: " + LogText.neutral(e.getMessage()));
        }
    }
}
