package org.returneeregistry.exchange.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.returneeregistry.exchange.wss.WsSecurity;
import org.returneeregistry.returnee.application.ReturneeIdentifier;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SOAP messages of the partner exchange contract ({@code partner-exchange.xsd}) the registry sends, unsigned:
 * the dispatcher signs each attempt. The envelope is the same one partners send the registry.
 */
final class PartnerMessages {

    static final String EXCHANGE = "https://schemas.returneeregistry.org/exchange/v1";
    static final String COMMON = "https://schemas.returneeregistry.org/common/v1";

    /** The contract's limit on identifiers in a query. */
    static final int MAX_IDENTIFIERS = 5;

    /** What every message's envelope carries. */
    record Envelope(
            String messageId,
            String agreementId,
            String sender,
            String recipient,
            Instant timestamp,
            String messageType,
            String purpose,
            Collection<String> dataCategories) {}

    private PartnerMessages() {}

    static String employmentRecordRequest(
            Envelope envelope, List<ReturneeIdentifier> identifiers, LocalDate periodFrom, LocalDate periodTo) {
        Document soap = soap();
        Element request = operation(soap, "EmploymentRecordRequest", envelope);
        Element query = child(request, EXCHANGE, "query", null);
        for (ReturneeIdentifier i : identifiers.subList(0, Math.min(MAX_IDENTIFIERS, identifiers.size()))) {
            Element identifier = child(query, EXCHANGE, "identifier", null);
            child(identifier, COMMON, "type", i.type());
            child(identifier, COMMON, "number", i.number());
            child(identifier, COMMON, "issuingCountry", i.issuingCountry());
        }
        if (periodFrom != null) {
            child(query, EXCHANGE, "periodFrom", periodFrom.toString());
        }
        if (periodTo != null) {
            child(query, EXCHANGE, "periodTo", periodTo.toString());
        }
        return new String(PartnerSender.serialise(soap), StandardCharsets.UTF_8);
    }

    static String insurancePeriodRequest(
            Envelope envelope, List<ReturneeIdentifier> identifiers, String claimId, String benefit, int reminder) {
        Document soap = soap();
        Element request = operation(soap, "InsurancePeriodRequest", envelope);
        Element query = child(request, EXCHANGE, "query", null);
        child(query, EXCHANGE, "claimId", claimId);
        child(query, EXCHANGE, "benefit", benefit);
        for (ReturneeIdentifier i : identifiers.subList(0, Math.min(MAX_IDENTIFIERS, identifiers.size()))) {
            Element identifier = child(query, EXCHANGE, "identifier", null);
            child(identifier, COMMON, "type", i.type());
            child(identifier, COMMON, "number", i.number());
            child(identifier, COMMON, "issuingCountry", i.issuingCountry());
        }
        if (reminder > 0) {
            child(query, EXCHANGE, "reminder", Integer.toString(reminder));
        }
        return new String(PartnerSender.serialise(soap), StandardCharsets.UTF_8);
    }

    static String consentRevoked(Envelope envelope, String consentReference, Instant revokedAt) {
        Document soap = soap();
        Element notice = operation(soap, "ConsentRevoked", envelope);
        Element revocation = child(notice, EXCHANGE, "revocation", null);
        child(revocation, EXCHANGE, "consentReference", consentReference);
        child(revocation, EXCHANGE, "revokedAt", revokedAt.toString());
        return new String(PartnerSender.serialise(soap), StandardCharsets.UTF_8);
    }

    private static Element operation(Document soap, String name, Envelope e) {
        Element body = WsSecurity.body(soap);
        Element operation = child(body, EXCHANGE, name, null);
        Element envelope = child(operation, EXCHANGE, "envelope", null);
        child(envelope, EXCHANGE, "messageId", e.messageId());
        child(envelope, EXCHANGE, "agreementId", e.agreementId());
        child(envelope, EXCHANGE, "senderInstitution", e.sender());
        child(envelope, EXCHANGE, "recipientInstitution", e.recipient());
        child(envelope, EXCHANGE, "timestamp", e.timestamp().toString());
        child(envelope, EXCHANGE, "messageType", e.messageType());
        child(envelope, EXCHANGE, "purpose", e.purpose());
        for (String category : e.dataCategories()) {
            child(envelope, EXCHANGE, "dataCategory", category);
        }
        return operation;
    }

    private static Document soap() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document soap = factory.newDocumentBuilder().newDocument();
            Element envelope = soap.createElementNS(WsSecurity.SOAP_11, "S:Envelope");
            soap.appendChild(envelope);
            envelope.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:x", EXCHANGE);
            envelope.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:c", COMMON);
            envelope.appendChild(soap.createElementNS(WsSecurity.SOAP_11, "S:Header"));
            envelope.appendChild(soap.createElementNS(WsSecurity.SOAP_11, "S:Body"));
            return soap;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element child(Element parent, String namespace, String localName, String text) {
        String prefix = EXCHANGE.equals(namespace) ? "x:" : "c:";
        Element element = parent.getOwnerDocument().createElementNS(namespace, prefix + localName);
        if (text != null) {
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }
}
