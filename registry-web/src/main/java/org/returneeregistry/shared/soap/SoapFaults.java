package org.returneeregistry.shared.soap;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.soap.Detail;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.namespace.QName;
import org.returneeregistry.schemas.common.v1.FaultDetail;
import org.returneeregistry.schemas.common.v1.ObjectFactory;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.LostRace;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.LogText;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.web.AccessRefusals;
import org.returneeregistry.shared.web.SchemaViolations;

/**
 * The one fault mapper for SOAP: runs an operation and turns a business refusal into the WSDL's
 * RegistryFault with its stable code and every violation, and a lost race to a concurrent request into
 * StaleVersion; anything else becomes InternalError with
 * an incident id, its stack trace only in the server log.
 *
 * <p>A refusal of the caller's request (invalid, not found, in conflict, not allowed) is a {@code soap:Client}
 * fault; only the registry's own failures (InternalError, IdentityProviderUnavailable) are {@code soap:Server}.
 * Either way the detail is the WSDL's {@code registryFault} element, which every toolkit maps to the
 * declared RegistryFault.
 */
public final class SoapFaults {

    private static final Logger LOG = Logger.getLogger(SoapFaults.class.getName());
    private static final QName CLIENT = new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client");
    private static final QName SERVER = new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Server");
    private static final JAXBContext DETAIL;

    static {
        try {
            DETAIL = JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SoapFaults() {}

    /**
     * Runs an operation of an endpoint validated with {@link SchemaErrorCollector}: schema errors of
     * the request are answered first, as one ValidationFailed fault, and the operation does not run.
     */
    public static <T> T call(WebServiceContext context, Supplier<T> operation) {
        return call(context, UnaryOperator.identity(), operation);
    }

    /**
     * As {@link #call(WebServiceContext, Supplier)}, naming each violated field as the SOAP contract names it
     * ({@code soapField}: from the application's name, which is the REST one, to the XSD's).
     */
    public static <T> T call(WebServiceContext context, UnaryOperator<String> soapField, Supplier<T> operation) {
        try {
            if (context.getMessageContext().get(SchemaErrorCollector.ERRORS)
                            instanceof SchemaViolations.Collector errors
                    && !errors.violations().isEmpty()) {
                throw RegistryException.invalid(errors.violations());
            }
            return operation.get();
        } catch (RuntimeException e) {
            RegistryFault fault = fault(e);
            fault.getFaultInfo().getViolation().forEach(v -> v.setField(soapField.apply(v.getField())));
            ErrorCode code = ErrorCode.valueOfCode(fault.getFaultInfo().getCode());
            if (code != null) {
                HttpServletRequest request =
                        (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
                CDI.current()
                        .select(AccessRefusals.class)
                        .get()
                        .refusedIfAccess(
                                code,
                                CallScope.SOAP,
                                request == null ? null : request.getServletPath(),
                                context.getUserPrincipal());
            }
            throw soapFault(fault.getFaultInfo(), code);
        }
    }

    /** The fault as it goes on the wire: Client or Server by who must act, the registryFault element as detail. */
    static SOAPFaultException soapFault(FaultDetail detail, ErrorCode code) {
        boolean server =
                code == null || code.kind() == ErrorCode.Kind.INTERNAL || code.kind() == ErrorCode.Kind.UNAVAILABLE;
        try {
            SOAPFault fault = SOAPFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL)
                    .createFault(detail.getMessage(), server ? SERVER : CLIENT);
            Detail element = fault.addDetail();
            DETAIL.createMarshaller().marshal(new ObjectFactory().createRegistryFault(detail), element);
            return new SOAPFaultException(fault);
        } catch (SOAPException | JAXBException e) {
            throw new IllegalStateException("cannot build the SOAP fault", e);
        }
    }

    static RegistryFault fault(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RegistryException registry) {
                return fault(registry.code(), registry.getMessage(), registry);
            }
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return fault(ErrorCode.NOT_AUTHORIZED, "The caller's roles do not allow this operation.", null);
            }
        }
        if (LostRace.in(e)) {
            RegistryException conflict = LostRace.conflict();
            return fault(conflict.code(), conflict.getMessage(), conflict);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(
                Level.SEVERE,
                "Incident " + incident,
                LogText.loggable(e instanceof EJBException && e.getCause() != null ? e.getCause() : e));
        return fault(
                ErrorCode.INTERNAL_ERROR,
                "The registry failed to process the request; incident " + incident + " is logged.",
                null);
    }

    private static RegistryFault fault(ErrorCode code, String message, RegistryException source) {
        FaultDetail detail = new FaultDetail();
        detail.setCode(code.code());
        detail.setMessage(message);
        if (source != null) {
            source.violations().forEach(v -> {
                var violation = new org.returneeregistry.schemas.common.v1.Violation();
                violation.setField(v.field());
                violation.setRule(v.rule());
                violation.setMessage(v.message());
                detail.getViolation().add(violation);
            });
        }
        return new RegistryFault(message, detail);
    }
}
