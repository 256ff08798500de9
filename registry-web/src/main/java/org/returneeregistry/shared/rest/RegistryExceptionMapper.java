package org.returneeregistry.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.returneeregistry.shared.domain.RegistryException;

/** Business refusals as problem details. */
@Provider
public class RegistryExceptionMapper implements ExceptionMapper<RegistryException> {

    @Override
    public Response toResponse(RegistryException e) {
        return Problem.response(e.code(), e.getMessage(), e.violations());
    }
}
