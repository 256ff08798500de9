package org.returneeregistry.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class OrganisationCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"NPL-EMB-DOH", "NPL-DOFE", "NPL-MOLESS", "BGD-EMB-KUL-LAB", "LKA-SLBFE", "PHL-POLO-RUH-02",
            "NPL-AB", "NPL-ABCDEFGHIJ-0123456789-ZZZZZZZZZZ"})
    void acceptsTheContractsPattern(String text) {
        assertEquals(text, OrganisationCode.parse(text).orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NPL", "NPL-", "npl-emb-doh", "NPL-emb-DOH", "NP-EMB-DOH", "NEPL-EMB", "NPL-E",
            "NPL-EMB-D", "NPL-ABCDEFGHIJK", "NPL-EMB-DOH-LAB-X1", "NPL_EMB_DOH", "NPL-EMB-DOH-", " NPL-EMB-DOH",
            "NPL-EMB DOH"})
    void refusesAnythingElse(String text) {
        assertTrue(OrganisationCode.parse(text).isEmpty(), text);
    }

    @Test
    void refusesNull() {
        assertTrue(OrganisationCode.parse(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> OrganisationCode.of(null));
    }

    @Test
    void theLongestCodeFitsTheColumn() {
        String longest = "NPL-" + "A".repeat(10) + "-" + "B".repeat(10) + "-" + "C".repeat(10);

        assertEquals(OrganisationCode.LENGTH, OrganisationCode.of(longest).value().length());
        assertTrue(OrganisationCode.parse(longest + "D").isEmpty());
    }

    @Test
    void clientIdIsTheCodeInLowerCase() {
        assertEquals("npl-emb-doh", OrganisationCode.of("NPL-EMB-DOH").clientId());
    }

    @Test
    void equalByValue() {
        assertEquals(OrganisationCode.of("NPL-EMB-DOH"), OrganisationCode.of("NPL-EMB-DOH"));
        assertEquals(OrganisationCode.of("NPL-EMB-DOH").hashCode(), OrganisationCode.of("NPL-EMB-DOH").hashCode());
        assertNotEquals(OrganisationCode.of("NPL-EMB-DOH"), OrganisationCode.of("NPL-EMB-RUH"));
    }

    @Test
    void thePatternIsTheOnePublishedInTheContract() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream xsd = getClass().getClassLoader().getResourceAsStream("contracts/v1/xsd/common.xsd")) {
            NodeList types = factory.newDocumentBuilder().parse(xsd)
                    .getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "simpleType");
            String published = null;
            for (int i = 0; i < types.getLength(); i++) {
                Element type = (Element) types.item(i);
                if ("OrganisationCode".equals(type.getAttribute("name"))) {
                    published = ((Element) type.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "pattern")
                            .item(0)).getAttribute("value");
                }
            }
            assertEquals(published, OrganisationCode.PATTERN);
        }
    }
}
