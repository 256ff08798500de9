package org.returneeregistry.exchange.rest;

import java.time.Instant;
import org.returneeregistry.exchange.application.OutboundPartnerMessage;

/**
 * A message queued for a partner institution: its message id (which the partner's signed receipt names), the
 * agreement and version it was decided under, the decision's number in the decision log, and when it was queued.
 */
public record PartnerMessage(
        String messageId,
        String messageType,
        String agreementId,
        int agreementVersion,
        String recipientInstitution,
        String registryNumber,
        String purpose,
        Long decision,
        Instant queuedAt) {

    static PartnerMessage from(OutboundPartnerMessage m) {
        return new PartnerMessage(
                m.messageId(),
                m.messageType(),
                m.agreementId(),
                m.agreementVersion(),
                m.recipientInstitution(),
                m.registryNumber(),
                m.purpose(),
                m.decision(),
                m.queuedAt());
    }
}
