package org.returneeregistry.exchange.application;

import java.util.Objects;
import org.w3c.dom.Document;

/**
 * One inbound partner message as the SOAP adapter or the REST twin hands it over: the message type of its operation
 * (null on the REST twin, whose one operation takes every type), the whole SOAP envelope as parsed (its WS-Security
 * header is verified on this very tree, and the envelope and content were read from its Body; null on the REST twin,
 * whose signature is over the body bytes), the envelope, the
 * content of a return notice (null for other types), the X-Road header values, the certified periods of an
 * insurance period answer, the content of an employment record request or response, the content of an insurance
 * period request, and a claim decision (each null for other types).
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

    /** A message carrying no social security request or decision. */
    public InboundMessage(
            String operationMessageType,
            Document soap,
            InboundEnvelope envelope,
            PartnerReturnNotice returnNotice,
            XRoadHeader xroad,
            PartnerPeriodAnswer periodAnswer,
            PartnerEmploymentQuery employmentQuery,
            PartnerEmploymentAnswer employmentAnswer) {
        this(
                operationMessageType,
                soap,
                envelope,
                returnNotice,
                xroad,
                periodAnswer,
                employmentQuery,
                employmentAnswer,
                null,
                null);
    }

    /** A message carrying no employment record request or answer. */
    public InboundMessage(
            String operationMessageType,
            Document soap,
            InboundEnvelope envelope,
            PartnerReturnNotice returnNotice,
            XRoadHeader xroad,
            PartnerPeriodAnswer periodAnswer) {
        this(operationMessageType, soap, envelope, returnNotice, xroad, periodAnswer, null, null, null, null);
    }

    /** A message carrying no insurance period answer. */
    public InboundMessage(
            String operationMessageType,
            Document soap,
            InboundEnvelope envelope,
            PartnerReturnNotice returnNotice,
            XRoadHeader xroad) {
        this(operationMessageType, soap, envelope, returnNotice, xroad, null, null, null, null, null);
    }

    public InboundMessage {
        Objects.requireNonNull(envelope, "envelope");
        xroad = xroad == null ? XRoadHeader.NONE : xroad;
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
