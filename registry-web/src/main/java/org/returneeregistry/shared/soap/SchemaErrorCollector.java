package org.returneeregistry.shared.soap;

import com.sun.xml.ws.developer.ValidationErrorHandler;
import org.returneeregistry.shared.web.SchemaViolations;
import org.xml.sax.SAXParseException;

/**
 * Collects the XML Schema errors Metro finds in an inbound message instead of failing with a bare
 * fault, so the operation can answer them as a RegistryFault ValidationFailed (see
 * {@link SchemaViolations} for which errors are kept).
 */
public class SchemaErrorCollector extends ValidationErrorHandler {

    public static final String ERRORS = SchemaErrorCollector.class.getName() + ".errors";

    @Override
    public void warning(SAXParseException e) {
        // warnings do not refuse a message
    }

    @Override
    public void error(SAXParseException e) {
        collect(e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        collect(e);
        throw e;
    }

    private void collect(SAXParseException e) {
        ((SchemaViolations.Collector) packet.invocationProperties.computeIfAbsent(ERRORS,
                k -> new SchemaViolations.Collector())).add(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    }
}
