package org.returneeregistry.exchange.application;

import java.util.Objects;
import org.w3c.dom.Document;

/**
 * One inbound partner message as the SOAP adapter hands it over: the message type of its operation, the whole SOAP envelope as parsed (its WS-Security
 * header is verified on this very tree, and the envelope and content were read from its Body), the envelope, the
 * content of a return notice (null for other types), and the X-Road header values.
 */
public record InboundMessage(
        String operationMessageType,
        Document soap,
        InboundEnvelope envelope,
        PartnerReturnNotice returnNotice,
        XRoadHeader xroad) {

    public InboundMessage {
        Objects.requireNonNull(operationMessageType, "operationMessageType");
        Objects.requireNonNull(soap, "soap");
        Objects.requireNonNull(envelope, "envelope");
        xroad = xroad == null ? XRoadHeader.NONE : xroad;
    }
}
