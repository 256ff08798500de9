package org.returneeregistry.exchange.application;

import java.time.Instant;

/**
 * The registry's receipt of a partner message, which it signs on the answer: the same receipt for every resend of
 * the message.
 *
 * @param outcome {@code ACCEPTED}, or {@code ALREADY_RECEIVED} for a resend
 * @param registryNumber for a return notice, the returnee it was recorded on; null otherwise or while held for review
 */
public record Receipt(
        String receiptId,
        String messageId,
        String correlationId,
        String senderInstitution,
        String recipientInstitution,
        String agreementId,
        int agreementVersion,
        Instant receivedAt,
        String outcome,
        String registryNumber) {}
