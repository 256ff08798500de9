package org.returneeregistry.shared.rest;

import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/** An empty request body is a malformed request, answered before anything is called. */
public final class RequestBody {

    private RequestBody() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "The request has no body.");
        }
        return body;
    }
}
