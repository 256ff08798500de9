package org.returneeregistry.shared.web;

import org.returneeregistry.shared.domain.ErrorCode;

/**
 * A SOAP 1.1 fault written before the SOAP stack is reached (the body was refused unread), with the
 * same detail element the WSDLs declare, so clients see the same fault as from an operation.
 */
public final class SoapFaultDocument {

    private SoapFaultDocument() {
    }

    public static String of(ErrorCode code, String message) {
        String text = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                + "<faultcode>S:Client</faultcode><faultstring>" + text + "</faultstring><detail>"
                + "<c:registryFault xmlns:c=\"https://schemas.returneeregistry.org/common/v1\">"
                + "<c:code>" + code.code() + "</c:code><c:message>" + text + "</c:message></c:registryFault>"
                + "</detail></S:Fault></S:Body></S:Envelope>";
    }
}
