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
import org.returneeregistry.returnee.application.ReturneeNoticeFacts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SOAP messages of the partner exchange contract ({@code partner-exchange.xsd}) the registry sends, unsigned:
 * the dispatcher signs each attempt. The envelope is the same one partners send the registry.
 */
final class PartnerMessages {

    static final String EXCHANGE = "https://schemas.returneeregistry.org/exchange/v1";
    static final String COMMON = "https://schemas.returneeregistry.org/common/v1";
    static final String RETURNEE = "https://schemas.returneeregistry.org/returnee/v1";

    /** The contract's limit on identifiers in a query. */
    static final int MAX_IDENTIFIERS = 5;

    /** What every message's envelope carries; {@code correlationId} names the message an answer answers. */
    record Envelope(
            String messageId,
            String correlationId,
            String agreementId,
            String sender,
            String recipient,
            Instant timestamp,
            String messageType,
            String purpose,
            Collection<String> dataCategories) {

        /** The envelope of a message that answers none. */
        Envelope(
                String messageId,
                String agreementId,
                String sender,
                String recipient,
                Instant timestamp,
                String messageType,
                String purpose,
                Collection<String> dataCategories) {
            this(messageId, null, agreementId, sender, recipient, timestamp, messageType, purpose, dataCategories);
        }
    }

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

    /** An institution's answer to a partner's period request: certified periods, or its refusal. */
    static String insurancePeriodAnswer(Envelope envelope, String correlationId, PartnerPeriodAnswer answer) {
        Document soap = soap();
        Element operation = operation(soap, "InsurancePeriodAnswer", envelope, correlationId);
        Element content = child(operation, EXCHANGE, "answer", null);
        child(content, EXCHANGE, "claimId", answer.claimId());
        child(content, EXCHANGE, "country", answer.country());
        for (PartnerPeriodAnswer.Period p : answer.periods()) {
            Element period = child(content, EXCHANGE, "period", null);
            optional(period, EXCHANGE, "reference", p.reference());
            optional(period, EXCHANGE, "institution", p.institution());
            child(period, EXCHANGE, "from", p.from().toString());
            optional(period, EXCHANGE, "to", text(p.to()));
            child(period, EXCHANGE, "periodType", p.periodType());
            optional(period, EXCHANGE, "scheme", p.scheme());
            for (String r : p.relevance() == null ? List.<String>of() : p.relevance()) {
                child(period, EXCHANGE, "relevance", r);
            }
            optional(
                    period,
                    EXCHANGE,
                    "totalAmount",
                    p.totalAmount() == null ? null : p.totalAmount().toPlainString());
            optional(period, EXCHANGE, "totalUnit", p.totalUnit());
        }
        if (answer.refused()) {
            Element refusal = child(content, EXCHANGE, "refusal", null);
            child(refusal, EXCHANGE, "code", answer.refusalCode());
            optional(refusal, EXCHANGE, "reason", answer.refusalReason());
        }
        return new String(PartnerSender.serialise(soap), StandardCharsets.UTF_8);
    }

    /** A decision on a claim, with its amounts and whole computation trace. */
    static String claimDecision(Envelope envelope, String correlationId, PartnerClaimDecision d) {
        Document soap = soap();
        Element operation = operation(soap, "ClaimDecision", envelope, correlationId);
        Element content = child(operation, EXCHANGE, "decision", null);
        child(content, EXCHANGE, "claimId", d.claimId());
        child(content, EXCHANGE, "decision", d.decision());
        child(content, EXCHANGE, "outcome", d.outcome());
        optional(
                content,
                EXCHANGE,
                "payableAmount",
                d.payableAmount() == null ? null : d.payableAmount().toPlainString());
        optional(content, EXCHANGE, "payableBasis", d.payableBasis());
        optional(
                content,
                EXCHANGE,
                "totalisedPeriods",
                d.totalisedPeriods() == null ? null : d.totalisedPeriods().toPlainString());
        optional(content, EXCHANGE, "periodUnit", d.periodUnit());
        optional(
                content,
                EXCHANGE,
                "sectionVersion",
                d.sectionVersion() == null ? null : d.sectionVersion().toString());
        optional(content, EXCHANGE, "assessedAsOf", text(d.assessedAsOf()));
        child(content, EXCHANGE, "decidedAt", d.decidedAt().toString());
        optional(content, EXCHANGE, "reason", d.reason());
        for (PartnerClaimDecision.Step step : d.trace()) {
            Element s = child(content, EXCHANGE, "traceStep", null);
            child(s, EXCHANGE, "step", step.step());
            child(s, EXCHANGE, "text", step.text());
        }
        return new String(PartnerSender.serialise(soap), StandardCharsets.UTF_8);
    }

    /** A return notice: the person and their latest work abroad from the record, how and when the worker left. */
    static String returnNotice(Envelope envelope, ReturneeNoticeFacts person, SendReturnNotice notice) {
        Document soap = soap();
        Element operation = operation(soap, "ReturnNotice", envelope);
        Element content = child(operation, EXCHANGE, "notice", null);
        Element details = child(content, EXCHANGE, "person", null);
        for (ReturneeIdentifier i : person.identifiers()
                .subList(0, Math.min(MAX_IDENTIFIERS, person.identifiers().size()))) {
            Element identifier = child(details, RETURNEE, "identifier", null);
            child(identifier, COMMON, "type", i.type());
            child(identifier, COMMON, "number", i.number());
            child(identifier, COMMON, "issuingCountry", i.issuingCountry());
        }
        Element name = child(details, RETURNEE, "name", null);
        child(name, COMMON, "givenName", person.givenName());
        optional(name, COMMON, "familyName", person.familyName());
        child(details, RETURNEE, "dateOfBirth", person.dateOfBirth().toString());
        child(details, RETURNEE, "sex", person.sex());
        optional(details, RETURNEE, "homeDistrict", person.homeDistrict());
        ReturneeNoticeFacts.Episode episode = person.lastEpisode();
        Element employment = child(content, EXCHANGE, "employment", null);
        child(employment, COMMON, "destinationCountry", episode.destinationCountry());
        optional(employment, COMMON, "employer", episode.employer());
        optional(employment, COMMON, "occupation", episode.occupation());
        optional(employment, COMMON, "sector", episode.sector());
        optional(employment, COMMON, "channel", episode.channel());
        optional(employment, COMMON, "departureDate", text(episode.departureDate()));
        optional(employment, COMMON, "endDate", text(episode.endDate()));
        child(content, EXCHANGE, "returnModality", notice.returnModality());
        optional(content, EXCHANGE, "returnReason", notice.returnReason());
        child(content, EXCHANGE, "exitDate", notice.exitDate().toString());
        optional(content, EXCHANGE, "portOfEntry", notice.portOfEntry());
        return new String(PartnerSender.serialise(soap), StandardCharsets.UTF_8);
    }

    /** The registry's answer to a partner's employment record request; the envelope's correlationId names it. */
    static String employmentRecordResponse(Envelope envelope, PartnerEmploymentAnswer answer) {
        Document soap = soap();
        Element response = operation(soap, "EmploymentRecordResponse", envelope);
        Element content = child(response, EXCHANGE, "answer", null);
        child(content, EXCHANGE, "outcome", answer.outcome());
        optional(content, EXCHANGE, "refusalCode", answer.refusalCode());
        optional(content, EXCHANGE, "refusalReason", answer.refusalReason());
        for (PartnerEmploymentAnswer.Record r : answer.records()) {
            Element record = child(content, EXCHANGE, "record", null);
            child(record, EXCHANGE, "employer", r.employer());
            child(record, EXCHANGE, "from", r.from().toString());
            optional(record, EXCHANGE, "to", text(r.to()));
            optional(
                    record,
                    EXCHANGE,
                    "contributionMonths",
                    r.contributionMonths() == null
                            ? null
                            : r.contributionMonths().toString());
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
        return operation(soap, name, e, null);
    }

    private static Element operation(Document soap, String name, Envelope e, String correlationId) {
        Element body = WsSecurity.body(soap);
        Element operation = child(body, EXCHANGE, name, null);
        Element envelope = child(operation, EXCHANGE, "envelope", null);
        child(envelope, EXCHANGE, "messageId", e.messageId());
        optional(envelope, EXCHANGE, "correlationId", correlationId != null ? correlationId : e.correlationId());
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
            envelope.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:r", RETURNEE);
            envelope.appendChild(soap.createElementNS(WsSecurity.SOAP_11, "S:Header"));
            envelope.appendChild(soap.createElementNS(WsSecurity.SOAP_11, "S:Body"));
            return soap;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void optional(Element parent, String namespace, String localName, String text) {
        if (text != null) {
            child(parent, namespace, localName, text);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Element child(Element parent, String namespace, String localName, String text) {
        String prefix = EXCHANGE.equals(namespace) ? "x:" : RETURNEE.equals(namespace) ? "r:" : "c:";
        Element element = parent.getOwnerDocument().createElementNS(namespace, prefix + localName);
        if (text != null) {
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }
}
