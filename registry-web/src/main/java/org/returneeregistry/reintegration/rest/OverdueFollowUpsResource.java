package org.returneeregistry.reintegration.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.reintegration.application.CaseService;
import org.returneeregistry.reintegration.application.OverdueQuery;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;

/** The follow-ups a case worker owes: due, not made, of open cases. */
@Singleton
@Path("overdue-follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Reintegration cases: assessments, plans, referrals, follow-ups")
public class OverdueFollowUpsResource {

    @EJB
    private CaseService cases;

    @Context
    private UriInfo uri;

    @GET
    @Operation(
            operationId = "listOverdueFollowUps",
            summary = "List overdue follow-ups, earliest first",
            description = "By default the caller's own, at the caller's resource centre; the operator's registrars"
                    + " name the centre (and optionally the worker). Paged with page and pageSize.")
    @APIResponse(
            responseCode = "200",
            description = "One page of overdue follow-ups",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = OverdueFollowUp.class)))
    @APIResponse(responseCode = "400", description = "No centre named by an operator's registrar (ValidationFailed)")
    public Response list(
            @QueryParam("centre") String centre,
            @QueryParam("worker") String worker,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        OverdueQuery query = new OverdueQuery(
                centre,
                worker,
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable));
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(cases.overdue(query), OverdueFollowUp::from, uri).build();
    }
}
