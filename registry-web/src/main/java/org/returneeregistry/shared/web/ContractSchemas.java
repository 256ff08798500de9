package org.returneeregistry.shared.web;

import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The published XSDs as one compiled schema, for validating REST XML bodies against the contract. */
public final class ContractSchemas {

    private static final String[] ROOTS = {
        "contracts/v1/xsd/return-notification.xsd",
        "contracts/v1/xsd/returnee.xsd",
        "contracts/v1/xsd/partner-exchange.xsd"
    };
    private static final Schema V1 = compile();

    private ContractSchemas() {}

    public static Schema v1() {
        return V1;
    }

    private static Schema compile() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            Source[] sources = new Source[ROOTS.length];
            for (int i = 0; i < ROOTS.length; i++) {
                URL url = ContractSchemas.class.getClassLoader().getResource(ROOTS[i]);
                if (url == null) {
                    throw new IllegalStateException(ROOTS[i] + " is not on the class path");
                }
                sources[i] = new StreamSource(url.toExternalForm());
            }
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("the contract schemas do not compile", e);
        }
    }
}
