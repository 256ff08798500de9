package org.returneeregistry.exchange.domain;

/**
 * What one delivery attempt came to. {@code error} says why it failed, without personal data (a status
 * code, an exception type, an HL7 error text); {@code ackCode}/{@code ackText} are the HL7 MSA-1/MSA-3
 * of an acknowledgement, when there was one.
 */
public record DeliveryOutcome(boolean delivered, String error, String ackCode, String ackText) {

    public static DeliveryOutcome accepted() {
        return new DeliveryOutcome(true, null, null, null);
    }

    public static DeliveryOutcome acknowledged(String ackCode, String ackText) {
        return new DeliveryOutcome(true, null, ackCode, ackText);
    }

    public static DeliveryOutcome failed(String error) {
        return new DeliveryOutcome(false, error, null, null);
    }

    public static DeliveryOutcome refused(String ackCode, String ackText, String error) {
        return new DeliveryOutcome(false, error, ackCode, ackText);
    }
}
