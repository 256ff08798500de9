package org.returneeregistry.shared.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.LostRace;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.LogText;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.web.AccessRefusals;
import org.returneeregistry.shared.web.RequestTooLargeException;

/**
 * The one exception mapper of the REST API, every answer a problem: business refusals with their
 * code (refused access also counted), refused roles (403), a request that lost a race to a concurrent
 * one (409), unreadable bodies (400), framework answers
 * such as unknown paths or media types (their own status), and failures (500 with an incident id,
 * the stack trace only in the server log).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Inject
    private AccessRefusals refusals;

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RegistryException registry) {
                refusals.refusedIfAccess(registry.code(), CallScope.REST, uri.getPath(), security.getUserPrincipal());
                return Problem.response(registry.code(), registry.getMessage(), registry.violations());
            }
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                refusals.refusedIfAccess(
                        ErrorCode.NOT_AUTHORIZED, CallScope.REST, uri.getPath(), security.getUserPrincipal());
                return Problem.response(
                        ErrorCode.NOT_AUTHORIZED, "The caller's roles do not allow this operation.", List.of());
            }
            if (t instanceof RequestTooLargeException tooLarge) {
                return Problem.response(ErrorCode.REQUEST_TOO_LARGE, tooLarge.getMessage(), List.of());
            }
        }
        if (LostRace.in(e)) {
            RegistryException conflict = LostRace.conflict();
            return Problem.response(conflict.code(), conflict.getMessage(), List.of());
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                return Problem.response(
                        ErrorCode.MALFORMED_REQUEST, "The JSON body cannot be read: " + rootMessage(t), List.of());
            }
        }
        if (e instanceof WebApplicationException web && !(e.getCause() instanceof EJBException)) {
            int status = web.getResponse().getStatus();
            if (status < 500) {
                ErrorCode code = status == 404 ? ErrorCode.NOT_FOUND : ErrorCode.MALFORMED_REQUEST;
                Response problem = Problem.response(code, web.getMessage(), List.of());
                return Response.fromResponse(problem).status(status).build();
            }
        }
        if (e instanceof ProcessingException) {
            return Problem.response(
                    ErrorCode.MALFORMED_REQUEST, "The body cannot be read: " + rootMessage(e), List.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, LogText.loggable(e));
        return Problem.response(
                ErrorCode.INTERNAL_ERROR,
                "The registry failed to process the request; incident " + incident + " is logged.",
                List.of());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
