package org.returneeregistry.reintegration.rest;

import static org.returneeregistry.shared.rest.RequestBody.required;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.returneeregistry.reintegration.application.CreatedGrievance;
import org.returneeregistry.reintegration.application.GrievanceQuery;
import org.returneeregistry.reintegration.application.GrievanceService;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;

/**
 * Feedback and grievances of returnees, recorded and handled by registrars: the operator's registrars see
 * and handle every grievance; a resource centre's those received at the centre, except STAFF_CONDUCT and
 * DISCRIMINATION (any other answers 404, as one that does not exist).
 */
@Singleton
@Path("grievances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grievances", description = "Feedback and grievances of returnees")
public class GrievancesResource {

    private static final String ONE = "The grievance with its history";

    @EJB
    private GrievanceService grievances;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordGrievance",
            summary = "Record a returnee's feedback or grievance, against the case or anonymously",
            description = "An anonymous grievance names no case and no person. An Idempotency-Key header makes the"
                    + " request repeatable: the same key and body answer 200 with the grievance first recorded.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location names the grievance",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Grievance.class)))
    @APIResponse(
            responseCode = "200",
            description = "A repeat under the same Idempotency-Key; the grievance it recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Grievance.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No case with this id is visible to the caller (NotFound)")
    @APIResponse(
            responseCode = "422",
            description = "The Idempotency-Key was used for a different request (IdempotencyKeyReused)")
    public Response record(
            RecordGrievance command, @HeaderParam(ReferralsResource.IDEMPOTENCY_KEY) String idempotencyKey) {
        CreatedGrievance result = grievances.record(required(command).toCommand(), idempotencyKey);
        Grievance recorded = Grievance.from(result.grievance());
        if (!result.created()) {
            return Response.ok(recorded).build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(recorded.grievanceId())
                        .build())
                .entity(recorded)
                .build();
    }

    @GET
    @Operation(
            operationId = "listGrievances",
            summary = "List the grievances the caller sees, newest first",
            description = "Optionally of one status and one case. Paged with page and pageSize.")
    @APIResponse(
            responseCode = "200",
            description = "One page of grievances",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Grievance.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter (ValidationFailed)")
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("caseId") String caseId,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        GrievanceQuery query = new GrievanceQuery(
                status,
                caseId,
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable));
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(grievances.list(query), Grievance::from, uri).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getGrievance", summary = "Read a grievance with its history")
    @APIResponse(
            responseCode = "200",
            description = ONE,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Grievance.class)))
    @APIResponse(responseCode = "404", description = "No grievance with this id is visible to the caller (NotFound)")
    public Grievance get(@PathParam("id") String id) {
        return Grievance.from(grievances.get(id));
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewGrievance", summary = "Take a grievance under review, with the reason")
    @APIResponse(
            responseCode = "200",
            description = ONE,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Grievance.class)))
    @APIResponse(responseCode = "400", description = "No reason (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No grievance with this id is visible to the caller (NotFound)")
    @APIResponse(responseCode = "409", description = "Not RECEIVED or RESPONDED (GrievanceStatusConflict)")
    public Grievance review(@PathParam("id") String id, GrievanceChange change) {
        return Grievance.from(grievances.review(id, required(change).toCommand()));
    }

    @POST
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "respondToGrievance", summary = "Record the response given to the returnee")
    @APIResponse(
            responseCode = "200",
            description = ONE,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Grievance.class)))
    @APIResponse(responseCode = "400", description = "No response (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No grievance with this id is visible to the caller (NotFound)")
    @APIResponse(responseCode = "409", description = "Not UNDER_REVIEW (GrievanceStatusConflict)")
    public Grievance respond(@PathParam("id") String id, GrievanceChange change) {
        return Grievance.from(grievances.respond(id, required(change).toCommand()));
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeGrievance", summary = "Close a grievance, with the reason")
    @APIResponse(
            responseCode = "200",
            description = ONE,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Grievance.class)))
    @APIResponse(responseCode = "400", description = "No reason (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No grievance with this id is visible to the caller (NotFound)")
    @APIResponse(responseCode = "409", description = "Not RECEIVED or RESPONDED (GrievanceStatusConflict)")
    public Grievance close(@PathParam("id") String id, GrievanceChange change) {
        return Grievance.from(grievances.close(id, required(change).toCommand()));
    }
}
