package org.returneeregistry.exchange.rest;

import java.time.Instant;
import org.returneeregistry.exchange.application.Receipt;

/**
 * The registry's receipt for a message of the REST twin, as the SOAP answer's {@code receipt}: {@code outcome}
 * ACCEPTED, or ALREADY_RECEIVED for a resend (same {@code receiptId}); {@code registryNumber} for a return notice
 * taken in. Signed by the registry: the answer's {@code X-JWS-Signature} is a detached JWS over the body's bytes.
 */
public record PartnerReceipt(
        String receiptId,
        String messageId,
        String correlationId,
        String senderInstitution,
        String recipientInstitution,
        String agreementId,
        int agreementVersion,
        Instant receivedAt,
        String outcome,
        String registryNumber) {

    static PartnerReceipt from(Receipt r) {
        return new PartnerReceipt(
                r.receiptId(),
                r.messageId(),
                r.correlationId(),
                r.senderInstitution(),
                r.recipientInstitution(),
                r.agreementId(),
                r.agreementVersion(),
                r.receivedAt(),
                r.outcome(),
                r.registryNumber());
    }
}
