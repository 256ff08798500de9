package org.returneeregistry.agreement.domain;

/** How a partner institution's endpoint is called (code list {@code endpoint-transport}). */
public enum EndpointTransport {
    SOAP,
    REST;

    public static final int LENGTH = 8;
}
