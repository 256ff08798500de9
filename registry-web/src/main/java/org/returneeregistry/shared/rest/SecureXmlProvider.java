package org.returneeregistry.shared.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.web.ContractSchemas;
import org.returneeregistry.shared.web.RequestTooLargeException;
import org.returneeregistry.shared.web.SchemaViolations;

/**
 * Reads and writes the contract's XML types for REST. Bodies with a DTD never get here
 * ({@code XmlPrologFilter}); the parser is set to refuse DTDs and external entities as well. A
 * value JAXB cannot convert (an impossible date, say) is a refusal naming where it is, not a silent null.
 */
@Provider
@Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Produces({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
public class SecureXmlProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    private static final String CONTRACT_PACKAGE = "org.returneeregistry.schemas.";
    private static final XMLInputFactory INPUT = secureInputFactory();
    private final Map<Class<?>, JAXBContext> contexts = new ConcurrentHashMap<>();

    private static XMLInputFactory secureInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    private static boolean contractType(Class<?> type) {
        return type.getName().startsWith(CONTRACT_PACKAGE) || type == JAXBElement.class;
    }

    @Override
    public boolean isReadable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith(CONTRACT_PACKAGE);
    }

    @Override
    public Object readFrom(Class<Object> type, Type generic, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        XMLStreamReader reader = null;
        SchemaViolations.Collector violations = new SchemaViolations.Collector();
        try {
            reader = INPUT.createXMLStreamReader(body);
            Unmarshaller unmarshaller = context(type).createUnmarshaller();
            unmarshaller.setSchema(ContractSchemas.v1());
            unmarshaller.setEventHandler(event -> {
                var at = event.getLocator();
                violations.add(at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(),
                        event.getMessage());
                return event.getSeverity() != ValidationEvent.FATAL_ERROR;
            });
            Object value = unmarshaller.unmarshal(reader, type).getValue();
            if (!violations.violations().isEmpty()) {
                throw RegistryException.invalid(violations.violations());
            }
            return value;
        } catch (XMLStreamException | JAXBException e) {
            if (!violations.violations().isEmpty()) {
                throw RegistryException.invalid(violations.violations());
            }
            throw tooLargeOr(e, "The XML body cannot be read: ");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // the stream is the container's; nothing to release
                }
            }
        }
    }

    private static RuntimeException tooLargeOr(Exception e, String prefix) throws IOException {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestTooLargeException tooLarge) {
                throw tooLarge;
            }
            if (t instanceof RegistryException registry) {
                return registry;
            }
        }
        Throwable cause = e instanceof JAXBException jaxb && jaxb.getLinkedException() != null ? jaxb.getLinkedException() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new RegistryException(ErrorCode.MALFORMED_REQUEST, prefix + message);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
        return contractType(type);
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        try {
            Class<?> bound = entity instanceof JAXBElement<?> element ? element.getDeclaredType() : type;
            Marshaller marshaller = context(bound).createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.marshal(entity, out);
        } catch (JAXBException e) {
            throw new WebApplicationException(e);
        }
    }

    private JAXBContext context(Class<?> type) {
        return contexts.computeIfAbsent(type, t -> {
            try {
                return JAXBContext.newInstance(t.getPackageName(), t.getClassLoader());
            } catch (JAXBException e) {
                throw new IllegalStateException("no JAXB context for " + t, e);
            }
        });
    }
}
