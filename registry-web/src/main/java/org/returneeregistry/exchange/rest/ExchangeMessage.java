package org.returneeregistry.exchange.rest;

import java.time.Instant;
import org.returneeregistry.exchange.application.MessageLogView;

/**
 * One message exchanged with a partner institution, as the message log keeps it: the envelope, the signature value
 * and the signer's certificate fingerprint, the SHA-256 of the Body, the decision and its reason code, the agreement
 * and version, the transport it crossed by ({@code SOAP} or {@code REST}, the twin; absent on entries written before
 * it was recorded), the X-Road header values, and its place in the hash chain (absent until linked).
 */
public record ExchangeMessage(
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
        XRoad xroad,
        String previousHash,
        String entryHash) {

    /** The X-Road header values the message carried (identifiers as objectType:instance/class/member/…). */
    public record XRoad(
            String client,
            String service,
            String id,
            String userId,
            String issue,
            String protocolVersion,
            String representedParty) {}

    static ExchangeMessage from(MessageLogView v) {
        var x = v.xroad();
        return new ExchangeMessage(
                v.id(),
                v.sequence(),
                v.recordedAt(),
                v.direction(),
                v.messageId(),
                v.correlationId(),
                v.agreementId(),
                v.agreementVersion(),
                v.sender(),
                v.recipient(),
                v.messageType(),
                v.envelopeTimestamp(),
                v.callerOrganisation(),
                v.signatureValue(),
                v.signerFingerprint(),
                v.bodyHash(),
                v.decision(),
                v.reason(),
                v.transport(),
                new XRoad(
                        x.client(),
                        x.service(),
                        x.id(),
                        x.userId(),
                        x.issue(),
                        x.protocolVersion(),
                        x.representedParty()),
                v.previousHash(),
                v.entryHash());
    }
}
