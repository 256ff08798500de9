package org.returneeregistry.exchange.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The REST twin of a queued partner message: the JSON the twin's one operation takes ({@code POST
 * /partner-exchange/messages}, ADR 0034), derived from the SOAP operation the outbox holds, so that both transports
 * send one content. The outbox keeps one rendering — the contract's XML, which the schema defines — and the JSON is
 * that XML under the twin's naming rule, which is the same for every message type: an element becomes a member of
 * its local name (an element with children an object, a leaf its text), an element the contract lets repeat becomes
 * an array under its plural name even when it occurs once, and the contract's numeric leaves are JSON numbers. There
 * is no mapping per message type to keep in step with the XML one.
 *
 * <p>The same stored message gives the same bytes on every attempt (members in document order, no whitespace), so
 * a resend repeats the body the receiver hashed, as the twin's replay store requires.
 */
public final class JsonTwin {

    /** The contract's repeatable elements and their names in the twin. */
    static final Map<String, String> REPEATED = Map.of(
            "dataCategory", "dataCategories",
            "identifier", "identifiers",
            "record", "records",
            "period", "periods",
            "relevance", "relevance",
            "traceStep", "traceSteps",
            "transliteration", "transliterations");

    /** The contract's leaves of a numeric type (xs:int, xs:decimal). */
    static final Set<String> NUMBERS = Set.of(
            "reminder", "contributionMonths", "sectionVersion", "totalAmount", "payableAmount", "totalisedPeriods");

    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private JsonTwin() {}

    /** The twin of the SOAP message (an operation of {@code partner-exchange.xsd} in the Body), as UTF-8 bytes. */
    public static byte[] of(String soap) {
        Element envelope = parse(soap).getDocumentElement();
        Element body = firstElement(envelope, SOAP_11, "Body");
        Element operation = body == null ? null : firstElement(body);
        if (operation == null || !PartnerMessages.EXCHANGE.equals(operation.getNamespaceURI())) {
            throw new IllegalArgumentException("not a partner exchange message");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(object(operation));
        }
        return out.toByteArray();
    }

    private static JsonObject object(Element parent) {
        Map<String, List<Element>> children = new LinkedHashMap<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.computeIfAbsent(e.getLocalName(), k -> new ArrayList<>())
                        .add(e);
            }
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        children.forEach((name, elements) -> {
            String plural = REPEATED.get(name);
            if (plural != null) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                elements.forEach(e -> add(array, e));
                object.add(plural, array);
            } else if (elements.size() > 1) {
                throw new IllegalArgumentException(
                        name + " occurs " + elements.size() + " times in " + parent.getLocalName());
            } else {
                add(object, name, elements.get(0));
            }
        });
        return object.build();
    }

    private static void add(JsonObjectBuilder object, String name, Element e) {
        if (firstElement(e) != null) {
            object.add(name, object(e));
        } else if (NUMBERS.contains(name)) {
            object.add(name, new BigDecimal(e.getTextContent().strip()));
        } else {
            object.add(name, e.getTextContent());
        }
    }

    private static void add(JsonArrayBuilder array, Element e) {
        if (firstElement(e) != null) {
            array.add(object(e));
        } else if (NUMBERS.contains(e.getLocalName())) {
            array.add(new BigDecimal(e.getTextContent().strip()));
        } else {
            array.add(e.getTextContent());
        }
    }

    /** The stored message, parsed namespace-aware with no DTD (the outbox wrote it; nothing external is resolved). */
    private static Document parse(String soap) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(soap)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not a SOAP message: " + e.getMessage(), e);
        }
    }

    private static Element firstElement(Element parent, String namespace, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
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
