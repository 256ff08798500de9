package org.returneeregistry.shared.codelist;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The code lists of the published contract, read from {@code codelists.xsd} itself so that the
 * XSD enumerations, the REST reference endpoint and input validation can never disagree.
 */
public final class CodeLists {

    public static final String RESOURCE = "contracts/v1/xsd/codelists.xsd";
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private final Map<String, CodeList> byName;
    private final Map<String, Set<String>> codesByName;

    private CodeLists(Map<String, CodeList> byName) {
        this.byName = Map.copyOf(byName);
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        byName.forEach((name, list) -> {
            Set<String> set = new HashSet<>();
            list.entries().forEach(e -> set.add(e.code()));
            codes.put(name, Set.copyOf(set));
        });
        this.codesByName = Map.copyOf(codes);
    }

    /** The code lists of contract version 1, loaded once from the schemas on the class path. */
    public static CodeLists standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final CodeLists STANDARD = load();

        private static CodeLists load() {
            ClassLoader loader = CodeLists.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the class path");
                }
                return parse(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + RESOURCE, e);
            }
        }
    }

    static CodeLists parse(InputStream xsd) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                    throw e;
                }
            });
            Document doc = builder.parse(xsd);
            Map<String, CodeList> lists = new LinkedHashMap<>();
            NodeList types = doc.getElementsByTagNameNS(XS, "simpleType");
            for (int i = 0; i < types.getLength(); i++) {
                Element type = (Element) types.item(i);
                String name = text(type, "appinfo").orElseThrow(
                        () -> new IllegalStateException("code list " + type.getAttribute("name") + " has no appinfo name"));
                List<CodeList.Entry> entries = new ArrayList<>();
                NodeList enums = type.getElementsByTagNameNS(XS, "enumeration");
                for (int j = 0; j < enums.getLength(); j++) {
                    Element e = (Element) enums.item(j);
                    entries.add(new CodeList.Entry(e.getAttribute("value"), text(e, "documentation").orElse("")));
                }
                String description = firstChildText(type, "annotation", "documentation").orElse("");
                lists.put(name, new CodeList(name, type.getAttribute("name"), description, entries));
            }
            return new CodeLists(lists);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot parse the code lists", e);
        }
    }

    public Collection<CodeList> all() {
        return byName.values();
    }

    public Optional<CodeList> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** True when {@code code} is a value of list {@code name}. An unknown list is a programming error. */
    public boolean isValid(String name, String code) {
        Set<String> codes = codesByName.get(name);
        if (codes == null) {
            throw new IllegalArgumentException("no code list named " + name);
        }
        return codes.contains(code);
    }

    private static Optional<String> text(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(XS, localName);
        return nodes.getLength() == 0 ? Optional.empty() : Optional.of(nodes.item(0).getTextContent().trim());
    }

    private static Optional<String> firstChildText(Element parent, String child, String grandChild) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && child.equals(e.getLocalName())) {
                return text(e, grandChild);
            }
        }
        return Optional.empty();
    }
}
