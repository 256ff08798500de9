package org.returneeregistry.exchange.application;

import java.time.Instant;
import org.returneeregistry.exchange.domain.MessageLogEntry;

/**
 * One entry of the message log as auditors read it; sequence and hashes are null until the entry is linked;
 * {@code transport} ({@code SOAP}, {@code REST}) is null on entries written before it was recorded.
 */
public record MessageLogView(
        long id,
        Long sequence,
        Instant recordedAt,
        String direction,
        String messageId,
        String correlationId,
        String agreementId,
        Integer agreementVersion,
        String sender,
        String recipient,
        String messageType,
        Instant envelopeTimestamp,
        String callerOrganisation,
        String signatureValue,
        String signerFingerprint,
        String bodyHash,
        String decision,
        String reason,
        String transport,
        XRoadHeader xroad,
        String previousHash,
        String entryHash) {

    static MessageLogView of(MessageLogEntry e) {
        return new MessageLogView(
                e.id(),
                e.sequence(),
                e.recordedAt(),
                e.direction(),
                e.messageId(),
                e.correlationId(),
                e.agreementId(),
                e.agreementVersion(),
                e.sender(),
                e.recipient(),
                e.messageType(),
                e.envelopeTimestamp(),
                e.callerOrganisation(),
                e.signatureValue(),
                e.signerFingerprint(),
                e.bodyHash(),
                e.decision(),
                e.reason(),
                e.transport(),
                new XRoadHeader(
                        e.xroadClient(),
                        e.xroadService(),
                        e.xroadId(),
                        e.xroadUserId(),
                        e.xroadIssue(),
                        e.xroadProtocolVersion(),
                        e.xroadRepresentedParty()),
                e.previousHash(),
                e.entryHash());
    }
}
