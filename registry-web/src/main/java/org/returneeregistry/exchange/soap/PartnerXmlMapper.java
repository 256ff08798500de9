package org.returneeregistry.exchange.soap;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.returneeregistry.exchange.application.InboundEnvelope;
import org.returneeregistry.exchange.application.InboundMessage;
import org.returneeregistry.exchange.application.PartnerClaimDecision;
import org.returneeregistry.exchange.application.PartnerEmploymentAnswer;
import org.returneeregistry.exchange.application.PartnerEmploymentQuery;
import org.returneeregistry.exchange.application.PartnerPeriodAnswer;
import org.returneeregistry.exchange.application.PartnerPeriodRequest;
import org.returneeregistry.exchange.application.PartnerReturnNotice;
import org.returneeregistry.exchange.application.Receipt;
import org.returneeregistry.exchange.application.XRoadHeader;
import org.returneeregistry.returnee.soap.ReturneeXmlMapper;
import org.returneeregistry.schemas.exchange.v1.ClaimDecision;
import org.returneeregistry.schemas.exchange.v1.ClaimDecisionContent;
import org.returneeregistry.schemas.exchange.v1.ClaimDecisionResponse;
import org.returneeregistry.schemas.exchange.v1.ConsentRevoked;
import org.returneeregistry.schemas.exchange.v1.ConsentRevokedResponse;
import org.returneeregistry.schemas.exchange.v1.EmploymentRecordRequest;
import org.returneeregistry.schemas.exchange.v1.EmploymentRecordRequestResponse;
import org.returneeregistry.schemas.exchange.v1.EmploymentRecordResponse;
import org.returneeregistry.schemas.exchange.v1.EmploymentRecordResponseResponse;
import org.returneeregistry.schemas.exchange.v1.Envelope;
import org.returneeregistry.schemas.exchange.v1.InsurancePeriodAnswer;
import org.returneeregistry.schemas.exchange.v1.InsurancePeriodAnswerContent;
import org.returneeregistry.schemas.exchange.v1.InsurancePeriodAnswerResponse;
import org.returneeregistry.schemas.exchange.v1.InsurancePeriodQuery;
import org.returneeregistry.schemas.exchange.v1.InsurancePeriodRequest;
import org.returneeregistry.schemas.exchange.v1.InsurancePeriodRequestResponse;
import org.returneeregistry.schemas.exchange.v1.ObjectFactory;
import org.returneeregistry.schemas.exchange.v1.ReturnNotice;
import org.returneeregistry.schemas.exchange.v1.ReturnNoticeContent;
import org.returneeregistry.schemas.exchange.v1.ReturnNoticeResponse;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.web.ContractSchemas;
import org.returneeregistry.shared.web.SchemaViolations;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads a partner message from its SOAP envelope into the application's types, and builds the receipt answer. */
final class PartnerXmlMapper {

    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String XROAD = "http://x-road.eu/xsd/xroad.xsd";
    static final String XROAD_REPRESENTATION = "http://x-road.eu/xsd/representation.xsd";
    static final String XROAD_IDENTIFIERS = "http://x-road.eu/xsd/identifiers";
    private static final String EXCHANGE = "https://schemas.returneeregistry.org/exchange/v1";
    private static final int MAX_HEADER_TEXT = 200;

    private static final Map<String, String> OPERATIONS = Map.of(
            "ReturnNotice", "RETURN_NOTICE",
            "EmploymentRecordRequest", "EMPLOYMENT_RECORD_REQUEST",
            "EmploymentRecordResponse", "EMPLOYMENT_RECORD_RESPONSE",
            "ConsentRevoked", "CONSENT_REVOKED",
            "InsurancePeriodRequest", "INSURANCE_PERIOD_REQUEST",
            "InsurancePeriodAnswer", "INSURANCE_PERIOD_ANSWER",
            "ClaimDecision", "CLAIM_DECISION");

    private static final JAXBContext JAXB;
    private static final ObjectFactory FACTORY = new ObjectFactory();

    static {
        try {
            JAXB = JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private PartnerXmlMapper() {}

    /** A request as read: the application's message, the operation's message type, and the X-Road headers to copy. */
    record Request(InboundMessage message, String operation, String messageType, List<Element> xroadHeaders) {}

    static Request read(Source source) {
        return read(parse(source));
    }

    /** A request read from the bytes the partner sent, which its signature covers. */
    static Request read(byte[] sent) {
        try {
            return read(secureFactory().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(sent)));
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new RegistryException(
                    ErrorCode.MALFORMED_REQUEST, "The message is not well-formed XML, or has a DTD.");
        }
    }

    private static Request read(Document soap) {
        Element envelope = soap.getDocumentElement();
        Element header = child(envelope, SOAP, "Header");
        Element body = child(envelope, SOAP, "Body");
        if (!SOAP.equals(envelope.getNamespaceURI()) || body == null) {
            throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "Not a SOAP 1.1 envelope with a Body.");
        }
        Element payload = firstElement(body);
        if (payload == null
                || !EXCHANGE.equals(payload.getNamespaceURI())
                || !OPERATIONS.containsKey(payload.getLocalName())) {
            throw new RegistryException(
                    ErrorCode.MALFORMED_REQUEST, "The Body names no operation of the partner exchange.");
        }
        Object request = unmarshal(payload);
        List<Element> xroad = new ArrayList<>();
        if (header != null) {
            for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e
                        && (XROAD.equals(e.getNamespaceURI()) || XROAD_REPRESENTATION.equals(e.getNamespaceURI()))) {
                    xroad.add(e);
                }
            }
        }
        String type = OPERATIONS.get(payload.getLocalName());
        InboundMessage message;
        if (request instanceof ReturnNotice r) {
            message = InboundMessage.returnNotice(received(type, soap, r.getEnvelope(), xroad), notice(r.getNotice()));
        } else if (request instanceof EmploymentRecordRequest r) {
            message = InboundMessage.employmentRecordRequest(
                    received(type, soap, r.getEnvelope(), xroad), employmentQuery(r));
        } else if (request instanceof EmploymentRecordResponse r) {
            message = InboundMessage.employmentRecordResponse(
                    received(type, soap, r.getEnvelope(), xroad), employmentAnswer(r));
        } else if (request instanceof ConsentRevoked r) {
            message = InboundMessage.consentRevoked(received(type, soap, r.getEnvelope(), xroad));
        } else if (request instanceof InsurancePeriodRequest r) {
            message = InboundMessage.insurancePeriodRequest(
                    received(type, soap, r.getEnvelope(), xroad), periodRequest(r.getQuery()));
        } else if (request instanceof InsurancePeriodAnswer r) {
            message = InboundMessage.insurancePeriodAnswer(
                    received(type, soap, r.getEnvelope(), xroad), periodAnswer(r.getAnswer()));
        } else if (request instanceof ClaimDecision r) {
            message = InboundMessage.claimDecision(
                    received(type, soap, r.getEnvelope(), xroad), claimDecision(r.getDecision()));
        } else {
            throw new RegistryException(
                    ErrorCode.MALFORMED_REQUEST, "The Body names no operation of the partner exchange.");
        }
        return new Request(message, payload.getLocalName(), OPERATIONS.get(payload.getLocalName()), List.copyOf(xroad));
    }

    private static InboundMessage.Received received(
            String type, Document soap, Envelope envelope, List<Element> xroad) {
        return InboundMessage.Received.overSoap(type, soap, envelope(envelope), xroad(xroad));
    }

    /** The answer: the X-Road headers of the request, unchanged and in order, and the receipt in the Body. */
    static Document answer(Request request, Receipt receipt) {
        try {
            DocumentBuilderFactory factory = secureFactory();
            Document answer = factory.newDocumentBuilder().newDocument();
            Element envelope = answer.createElementNS(SOAP, "S:Envelope");
            answer.appendChild(envelope);
            Element header = answer.createElementNS(SOAP, "S:Header");
            envelope.appendChild(header);
            for (Element e : request.xroadHeaders()) {
                header.appendChild(answer.importNode(e, true));
            }
            Element body = answer.createElementNS(SOAP, "S:Body");
            envelope.appendChild(body);
            JAXB.createMarshaller().marshal(response(request.operation(), receipt(receipt)), body);
            return answer;
        } catch (ParserConfigurationException | JAXBException e) {
            throw new IllegalStateException("the receipt cannot be written", e);
        }
    }

    private static Object response(String operation, org.returneeregistry.schemas.exchange.v1.Receipt receipt) {
        return switch (operation) {
            case "ReturnNotice" -> {
                ReturnNoticeResponse r = new ReturnNoticeResponse();
                r.setReceipt(receipt);
                yield r;
            }
            case "EmploymentRecordRequest" -> {
                EmploymentRecordRequestResponse r = new EmploymentRecordRequestResponse();
                r.setReceipt(receipt);
                yield r;
            }
            case "EmploymentRecordResponse" -> {
                EmploymentRecordResponseResponse r = new EmploymentRecordResponseResponse();
                r.setReceipt(receipt);
                yield r;
            }
            case "InsurancePeriodRequest" -> {
                InsurancePeriodRequestResponse r = new InsurancePeriodRequestResponse();
                r.setReceipt(receipt);
                yield r;
            }
            case "InsurancePeriodAnswer" -> {
                InsurancePeriodAnswerResponse r = new InsurancePeriodAnswerResponse();
                r.setReceipt(receipt);
                yield r;
            }
            case "ClaimDecision" -> {
                ClaimDecisionResponse r = new ClaimDecisionResponse();
                r.setReceipt(receipt);
                yield r;
            }
            default -> {
                ConsentRevokedResponse r = new ConsentRevokedResponse();
                r.setReceipt(receipt);
                yield r;
            }
        };
    }

    private static org.returneeregistry.schemas.exchange.v1.Receipt receipt(Receipt r) {
        var xml = new org.returneeregistry.schemas.exchange.v1.Receipt();
        xml.setReceiptId(r.receiptId());
        xml.setMessageId(r.messageId());
        xml.setCorrelationId(r.correlationId());
        xml.setSenderInstitution(r.senderInstitution());
        xml.setRecipientInstitution(r.recipientInstitution());
        xml.setAgreementId(r.agreementId());
        xml.setAgreementVersion(r.agreementVersion());
        xml.setReceivedAt(r.receivedAt());
        xml.setOutcome(r.outcome());
        xml.setRegistryNumber(r.registryNumber());
        return xml;
    }

    private static InboundEnvelope envelope(Envelope e) {
        return new InboundEnvelope(
                e.getMessageId(),
                e.getCorrelationId(),
                e.getAgreementId(),
                e.getSenderInstitution(),
                e.getRecipientInstitution(),
                e.getTimestamp(),
                code(e.getMessageType()),
                code(e.getPurpose()),
                e.getDataCategory().stream().map(PartnerXmlMapper::code).toList());
    }

    private static PartnerEmploymentQuery employmentQuery(EmploymentRecordRequest r) {
        return new PartnerEmploymentQuery(
                r.getQuery().getIdentifier().stream()
                        .map(i -> new PartnerEmploymentQuery.Identifier(
                                i.getType(), i.getNumber(), i.getIssuingCountry()))
                        .toList(),
                r.getQuery().getPeriodFrom(),
                r.getQuery().getPeriodTo());
    }

    private static PartnerEmploymentAnswer employmentAnswer(EmploymentRecordResponse r) {
        return new PartnerEmploymentAnswer(
                r.getAnswer().getOutcome(),
                r.getAnswer().getRefusalCode(),
                r.getAnswer().getRefusalReason(),
                r.getAnswer().getRecord().stream()
                        .map(e -> new PartnerEmploymentAnswer.Record(
                                e.getEmployer(), e.getFrom(), e.getTo(), e.getContributionMonths()))
                        .toList());
    }

    private static PartnerPeriodAnswer periodAnswer(InsurancePeriodAnswerContent a) {
        return new PartnerPeriodAnswer(
                a.getClaimId(),
                code(a.getCountry()),
                a.getPeriod().stream()
                        .map(p -> new PartnerPeriodAnswer.Period(
                                p.getReference(),
                                p.getInstitution(),
                                p.getFrom(),
                                p.getTo(),
                                p.getPeriodType(),
                                p.getScheme(),
                                List.copyOf(p.getRelevance()),
                                p.getTotalAmount(),
                                p.getTotalUnit()))
                        .toList(),
                a.getRefusal() == null ? null : code(a.getRefusal().getCode()),
                a.getRefusal() == null ? null : a.getRefusal().getReason());
    }

    private static PartnerPeriodRequest periodRequest(InsurancePeriodQuery q) {
        return new PartnerPeriodRequest(
                q.getClaimId(),
                q.getBenefit(),
                q.getIdentifier().stream()
                        .map(i -> new PartnerPeriodRequest.Identifier(
                                code(i.getType()), i.getNumber(), code(i.getIssuingCountry())))
                        .toList(),
                q.getReminder());
    }

    private static PartnerClaimDecision claimDecision(ClaimDecisionContent d) {
        return new PartnerClaimDecision(
                d.getClaimId(),
                d.getDecision(),
                d.getOutcome(),
                d.getPayableAmount(),
                d.getPayableBasis(),
                d.getTotalisedPeriods(),
                d.getPeriodUnit(),
                d.getSectionVersion(),
                d.getAssessedAsOf(),
                d.getDecidedAt(),
                d.getReason(),
                d.getTraceStep().stream()
                        .map(t -> new PartnerClaimDecision.Step(t.getStep(), t.getText()))
                        .toList());
    }

    private static PartnerReturnNotice notice(ReturnNoticeContent n) {
        return new PartnerReturnNotice(
                ReturneeXmlMapper.toPerson(n.getPerson()),
                ReturneeXmlMapper.toEmployment(n.getEmployment()),
                code(n.getReturnModality()),
                n.getReturnReason(),
                n.getExitDate(),
                n.getPortOfEntry());
    }

    /** A code-list value as the contract binds it (a String, or an enumeration with {@code value()}). */
    private static String code(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        try {
            return (String) value.getClass().getMethod("value").invoke(value);
        } catch (ReflectiveOperationException e) {
            return value.toString();
        }
    }

    /** The X-Road header values as text; a value with a control character or too long is refused. */
    static XRoadHeader xroad(List<Element> headers) {
        String client = null,
                service = null,
                id = null,
                userId = null,
                issue = null,
                protocolVersion = null,
                represented = null;
        List<Violation> violations = new ArrayList<>();
        for (Element e : headers) {
            String name = e.getLocalName();
            String value = XROAD_REPRESENTATION.equals(e.getNamespaceURI())
                    ? joined(e, "partyClass", "partyCode")
                    : switch (name) {
                        case "client", "service" -> identifier(e);
                        default -> e.getTextContent().strip();
                    };
            if (value.length() > MAX_HEADER_TEXT || value.codePoints().anyMatch(Character::isISOControl)) {
                violations.add(new Violation(
                        "xroad:" + name,
                        "XRoadHeader",
                        "must be at most " + MAX_HEADER_TEXT + " characters without control characters"));
                continue;
            }
            switch (name) {
                case "client" -> client = value;
                case "service" -> service = value;
                case "id" -> id = value;
                case "userId" -> userId = value;
                case "issue" -> issue = value;
                case "protocolVersion" -> protocolVersion = value;
                case "representedParty" -> represented = value;
                default -> {
                    // other headers of the X-Road namespace are copied back, not recorded
                }
            }
        }
        if (!violations.isEmpty()) {
            throw RegistryException.invalid(violations);
        }
        return new XRoadHeader(client, service, id, userId, issue, protocolVersion, represented);
    }

    /** {@code objectType:instance/class/member[/subsystem][/service][/version]}. */
    private static String identifier(Element e) {
        String type = e.getAttributeNS(XROAD_IDENTIFIERS, "objectType");
        return (type.isEmpty() ? "" : type + ":")
                + joined(
                        e,
                        "xRoadInstance",
                        "memberClass",
                        "memberCode",
                        "subsystemCode",
                        "serviceCode",
                        "serviceVersion");
    }

    private static String joined(Element e, String... names) {
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c && name.equals(c.getLocalName())) {
                    parts.add(c.getTextContent().strip());
                }
            }
        }
        return String.join("/", parts);
    }

    /** The operation's element, validated against the contract: every schema violation is reported. */
    private static Object unmarshal(Element payload) {
        List<Violation> violations = new ArrayList<>();
        try {
            Unmarshaller unmarshaller = JAXB.createUnmarshaller();
            unmarshaller.setSchema(ContractSchemas.v1());
            unmarshaller.setEventHandler(event -> {
                var at = event.getLocator();
                violations.add(SchemaViolations.of(
                        at == null ? -1 : at.getLineNumber(),
                        at == null ? -1 : at.getColumnNumber(),
                        event.getMessage()));
                return event.getSeverity() != ValidationEvent.FATAL_ERROR;
            });
            Object value = unmarshaller.unmarshal(payload);
            if (!violations.isEmpty()) {
                throw RegistryException.invalid(violations);
            }
            return value instanceof JAXBElement<?> element ? element.getValue() : value;
        } catch (JAXBException e) {
            if (!violations.isEmpty()) {
                throw RegistryException.invalid(violations);
            }
            throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "The message's Body cannot be read.");
        }
    }

    /**
     * The whole message, parsed once: namespace aware, no DTD, no external entity. A stream is parsed here; a source
     * the runtime parsed already (DOM, StAX) is copied by a transformer in secure processing mode.
     */
    private static Document parse(Source source) {
        try {
            if (source instanceof StreamSource stream
                    && (stream.getInputStream() != null || stream.getReader() != null)) {
                InputSource input = stream.getInputStream() != null
                        ? new InputSource(stream.getInputStream())
                        : new InputSource(stream.getReader());
                return secureFactory().newDocumentBuilder().parse(input);
            }
            TransformerFactory transformers = TransformerFactory.newInstance();
            transformers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            transformers.newTransformer().transform(source, new StreamResult(bytes));
            return secureFactory().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException | TransformerException | ParserConfigurationException | SAXException e) {
            throw new RegistryException(
                    ErrorCode.MALFORMED_REQUEST, "The message is not well-formed XML, or has a DTD.");
        }
    }

    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static Element child(Element parent, String namespace, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }
}
