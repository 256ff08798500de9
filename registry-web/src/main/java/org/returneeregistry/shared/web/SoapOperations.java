package org.returneeregistry.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The request elements of a SOAP service's operations, read from its WSDL: the body elements the service
 * answers. Payara's web-service monitoring fails with a NullPointerException on any other element (a
 * {@code soap:Server} fault), so a body naming no operation is refused before it reaches the runtime.
 */
final class SoapOperations {

    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";

    private SoapOperations() {}

    /** The element of each operation's input message (document/literal: one part, naming an element). */
    static Set<QName> requestElements(InputStream wsdl) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            org.w3c.dom.Document document = factory.newDocumentBuilder().parse(wsdl);
            Map<String, QName> messages = new HashMap<>();
            NodeList messageElements = document.getElementsByTagNameNS(WSDL, "message");
            for (int i = 0; i < messageElements.getLength(); i++) {
                Element message = (Element) messageElements.item(i);
                NodeList parts = message.getElementsByTagNameNS(WSDL, "part");
                if (parts.getLength() == 1 && ((Element) parts.item(0)).hasAttribute("element")) {
                    messages.put(message.getAttribute("name"), qName((Element) parts.item(0), "element"));
                }
            }
            Set<QName> requests = new HashSet<>();
            NodeList inputs = document.getElementsByTagNameNS(WSDL, "input");
            for (int i = 0; i < inputs.getLength(); i++) {
                Element input = (Element) inputs.item(i);
                if (input.hasAttribute("message")) {
                    QName element = messages.get(qName(input, "message").getLocalPart());
                    if (element != null) {
                        requests.add(element);
                    }
                }
            }
            return Set.copyOf(requests);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read the WSDL", e);
        }
    }

    private static QName qName(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        int colon = value.indexOf(':');
        String prefix = colon < 0 ? null : value.substring(0, colon);
        return new QName(element.lookupNamespaceURI(prefix), value.substring(colon + 1));
    }
}
