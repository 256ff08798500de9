package org.returneeregistry.exchange.application;

import java.util.Objects;
import org.w3c.dom.Document;

/**
 * One inbound partner message as the SOAP adapter hands it over: the message type of its operation, the whole SOAP envelope as parsed (its WS-Security
 * header is verified on this very tree, and the envelope and content were read from its Body), the envelope, the
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
        Objects.requireNonNull(operationMessageType, "operationMessageType");
        Objects.requireNonNull(soap, "soap");
        Objects.requireNonNull(envelope, "envelope");
        xroad = xroad == null ? XRoadHeader.NONE : xroad;
    }
}
