package org.returneeregistry.shared.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.web.AccessRefusals;

/** Business refusals as problem details; refused access is also counted. */
@Provider
public class RegistryExceptionMapper implements ExceptionMapper<RegistryException> {

    @Inject
    private AccessRefusals refusals;

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(RegistryException e) {
        refusals.refusedIfAccess(e.code(), CallScope.REST, uri.getPath(), security.getUserPrincipal());
        return Problem.response(e.code(), e.getMessage(), e.violations());
    }
}
