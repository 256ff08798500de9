package org.returneeregistry.exchange.application;

import java.time.Instant;

/**
 * A message queued for a partner institution: its message id (the envelope's {@code messageId}, which the
 * partner's receipt must name), the agreement and version it was decided under, and the decision's number in the
 * decision log. Its delivery is followed in the outbox ({@code GET /outbox-messages?recipient=}).
 */
public record OutboundPartnerMessage(
        String messageId,
        String messageType,
        String agreementId,
        int agreementVersion,
        String recipientInstitution,
        String registryNumber,
        String purpose,
        Long decision,
        Instant queuedAt) {}
