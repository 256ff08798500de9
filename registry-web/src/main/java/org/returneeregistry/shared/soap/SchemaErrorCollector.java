package org.returneeregistry.shared.soap;

import com.sun.xml.ws.developer.ValidationErrorHandler;
import java.util.ArrayList;
import java.util.List;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.web.SchemaViolations;
import org.xml.sax.SAXParseException;

/**
 * Collects the XML Schema errors Metro finds in an inbound message instead of failing with a bare
 * fault, so the operation can answer them as a RegistryFault ValidationFailed listing every one.
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

    @SuppressWarnings("unchecked")
    private void collect(SAXParseException e) {
        List<Violation> errors = (List<Violation>) packet.invocationProperties.computeIfAbsent(ERRORS,
                k -> new ArrayList<Violation>());
        errors.add(SchemaViolations.of(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
    }
}
