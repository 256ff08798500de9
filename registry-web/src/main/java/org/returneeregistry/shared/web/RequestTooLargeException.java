package org.returneeregistry.shared.web;

import java.io.IOException;

/** A request body went past the configured limit while it was being read. */
public class RequestTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public RequestTooLargeException(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes.");
    }
}
