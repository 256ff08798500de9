package org.returneeregistry.exchange.soap;

import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Tells the JAX-WS runtime that the partner exchange understands the WS-Security header, which signing toolkits
 * (WSS4J, CXF, .NET) mark {@code mustUnderstand="1"}: the runtime would otherwise refuse every signed message with a
 * MustUnderstand fault before the port sees it. The port verifies the header itself; this handler does nothing
 * with the message.
 */
public class SecurityHeaderUnderstood implements SOAPHandler<SOAPMessageContext> {

    private static final Set<QName> UNDERSTOOD = Set.of(
            new QName("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd", "Security"));

    @Override
    public Set<QName> getHeaders() {
        return UNDERSTOOD;
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }
}
