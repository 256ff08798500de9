package org.returneeregistry.exchange.application;

import java.util.Objects;
import org.w3c.dom.Document;

/**
 * One inbound partner message as the SOAP adapter hands it over: the message type of its operation, the whole SOAP envelope as parsed (its WS-Security
 * header is verified on this very tree, and the envelope and content were read from its Body), the envelope, the
 * content of a return notice (null for other types), the X-Road header values, and the certified periods of an
 * insurance period answer, and the content of an employment record request or response (each null for other types).
 */
public record InboundMessage(
        String operationMessageType,
        Document soap,
        InboundEnvelope envelope,
        PartnerReturnNotice returnNotice,
        XRoadHeader xroad,
        PartnerPeriodAnswer periodAnswer,
        PartnerEmploymentQuery employmentQuery,
        PartnerEmploymentAnswer employmentAnswer) {

    /** A message carrying no employment record request or answer. */
    public InboundMessage(
            String operationMessageType,
            Document soap,
            InboundEnvelope envelope,
            PartnerReturnNotice returnNotice,
            XRoadHeader xroad,
            PartnerPeriodAnswer periodAnswer) {
        this(operationMessageType, soap, envelope, returnNotice, xroad, periodAnswer, null, null);
    }

    /** A message carrying no insurance period answer. */
    public InboundMessage(
            String operationMessageType,
            Document soap,
            InboundEnvelope envelope,
            PartnerReturnNotice returnNotice,
            XRoadHeader xroad) {
        this(operationMessageType, soap, envelope, returnNotice, xroad, null, null, null);
    }

    public InboundMessage {
        Objects.requireNonNull(operationMessageType, "operationMessageType");
        Objects.requireNonNull(soap, "soap");
        Objects.requireNonNull(envelope, "envelope");
        xroad = xroad == null ? XRoadHeader.NONE : xroad;
    }
}
