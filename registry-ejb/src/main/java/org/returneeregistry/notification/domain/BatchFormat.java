package org.returneeregistry.notification.domain;

/** How a batch came in: a JSON array, newline-delimited JSON, the CSV template, or the SOAP operation. */
public enum BatchFormat {
    JSON,
    NDJSON,
    CSV,
    SOAP
}
