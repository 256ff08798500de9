package org.returneeregistry.exchange.application;

import java.util.Objects;
import org.w3c.dom.Document;

/**
 * One inbound partner message as the SOAP adapter or the REST twin hands it over: the message type of its operation
 * (null on the REST twin, whose one operation takes every type), the whole SOAP envelope as parsed (its WS-Security
 * header is verified on this very tree, and the envelope and content were read from its Body; null on the REST twin,
 * whose signature is over the body bytes), the envelope, the X-Road header values, and the content of its message
 * type — at most one of the content components is set, the one its type carries.
 *
 * <p>Made by one factory per message type ({@link #returnNotice}, {@link #employmentRecordRequest} …), which both
 * protocols call with what they read: the {@link Received} part is the same for every type.
 */
public record InboundMessage(
        String operationMessageType,
        Document soap,
        InboundEnvelope envelope,
        PartnerReturnNotice returnNotice,
        XRoadHeader xroad,
        PartnerPeriodAnswer periodAnswer,
        PartnerEmploymentQuery employmentQuery,
        PartnerEmploymentAnswer employmentAnswer,
        PartnerPeriodRequest periodRequest,
        PartnerClaimDecision claimDecision) {

    /**
     * What every message has whatever its type: the operation's message type and the parsed SOAP envelope (both null
     * on the REST twin), the envelope, the X-Road header values.
     */
    public record Received(String operationMessageType, Document soap, InboundEnvelope envelope, XRoadHeader xroad) {

        /** A message of the REST twin: one operation for every type, signed over the body bytes. */
        public static Received overRest(InboundEnvelope envelope, XRoadHeader xroad) {
            return new Received(null, null, envelope, xroad);
        }

        /** A message of a SOAP operation, with the envelope it was read from (its signature is verified on it). */
        public static Received overSoap(
                String operationMessageType, Document soap, InboundEnvelope envelope, XRoadHeader xroad) {
            return new Received(operationMessageType, soap, envelope, xroad);
        }
    }

    public InboundMessage {
        Objects.requireNonNull(envelope, "envelope");
        xroad = xroad == null ? XRoadHeader.NONE : xroad;
    }

    public static InboundMessage returnNotice(Received r, PartnerReturnNotice notice) {
        return new InboundMessage(
                r.operationMessageType(), r.soap(), r.envelope(), notice, r.xroad(), null, null, null, null, null);
    }

    public static InboundMessage employmentRecordRequest(Received r, PartnerEmploymentQuery query) {
        return new InboundMessage(
                r.operationMessageType(), r.soap(), r.envelope(), null, r.xroad(), null, query, null, null, null);
    }

    public static InboundMessage employmentRecordResponse(Received r, PartnerEmploymentAnswer answer) {
        return new InboundMessage(
                r.operationMessageType(), r.soap(), r.envelope(), null, r.xroad(), null, null, answer, null, null);
    }

    /** A consent revoked: the message log entry and the receipt are its record, so no content is kept. */
    public static InboundMessage consentRevoked(Received r) {
        return withoutContent(r);
    }

    public static InboundMessage insurancePeriodRequest(Received r, PartnerPeriodRequest request) {
        return new InboundMessage(
                r.operationMessageType(), r.soap(), r.envelope(), null, r.xroad(), null, null, null, request, null);
    }

    public static InboundMessage insurancePeriodAnswer(Received r, PartnerPeriodAnswer answer) {
        return new InboundMessage(
                r.operationMessageType(), r.soap(), r.envelope(), null, r.xroad(), answer, null, null, null, null);
    }

    public static InboundMessage claimDecision(Received r, PartnerClaimDecision decision) {
        return new InboundMessage(
                r.operationMessageType(), r.soap(), r.envelope(), null, r.xroad(), null, null, null, null, decision);
    }

    /** A message whose type carries no content the registry keeps, or one it does not know (the exchange refuses it). */
    public static InboundMessage withoutContent(Received r) {
        return new InboundMessage(
                r.operationMessageType(), r.soap(), r.envelope(), null, r.xroad(), null, null, null, null, null);
    }

    /** The same message without its X-Road values (which were refused and are not to be recorded). */
    public InboundMessage withoutXRoad() {
        return new InboundMessage(
                operationMessageType,
                soap,
                envelope,
                returnNotice,
                XRoadHeader.NONE,
                periodAnswer,
                employmentQuery,
                employmentAnswer,
                periodRequest,
                claimDecision);
    }
}
