package org.returneeregistry.socialsecurity.rest;

import static org.returneeregistry.shared.rest.RequestBody.required;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;
import org.returneeregistry.socialsecurity.application.PeriodRequestQuery;
import org.returneeregistry.socialsecurity.application.PeriodRequestService;
import org.returneeregistry.socialsecurity.rest.PeriodRequestTransfer.AnswerRequest;
import org.returneeregistry.socialsecurity.rest.PeriodRequestTransfer.PeriodRequestJson;

/**
 * Partner institutions' insurance period requests to this registry's institution: the worklist of its social
 * security officers, who read each request and answer it once with certified periods or a refusal. A request
 * addressed to another institution answers 404, as an unknown one does.
 */
@Singleton
@Path("social-security/period-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social security period requests", description = "Partners' insurance period requests and their answers")
public class PeriodRequestsResource {

    @EJB
    private PeriodRequestService requests;

    @Context
    private UriInfo uri;

    @GET
    @Operation(
            operationId = "listPeriodRequests",
            summary = "List the partners' period requests addressed to the institution, oldest first",
            description = "Optionally of one status (OPEN, ANSWERED, REFUSED) or one sender institution. Paged with"
                    + " page and pageSize; Link headers name the pages.")
    @APIResponse(
            responseCode = "200",
            description = "One page of requests",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PeriodRequestJson.class)))
    @APIResponse(responseCode = "400", description = "Unknown status or a page out of range (ValidationFailed)")
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("sender") String sender,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        PeriodRequestQuery query = new PeriodRequestQuery(
                status,
                sender,
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable));
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(requests.list(query), PeriodRequestTransfer::json, uri)
                .build();
    }

    @GET
    @Path("{requestId}")
    @Operation(operationId = "getPeriodRequest", summary = "Read a partner's period request with its answer")
    @APIResponse(
            responseCode = "200",
            description = "The request",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PeriodRequestJson.class)))
    @APIResponse(responseCode = "404", description = "No such request addressed to the institution (NotFound)")
    public PeriodRequestJson get(@PathParam("requestId") String requestId) {
        return PeriodRequestTransfer.json(requests.get(requestId));
    }

    @POST
    @Path("{requestId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "answerPeriodRequest",
            summary = "Answer a partner's period request with certified periods or a refusal",
            description = "Once: the answer goes to the partner as a signed InsurancePeriodAnswer naming its latest"
                    + " request, decided under the agreement's OUTBOUND scope. The same answer again answers the"
                    + " request as it stands and sends nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The request, ANSWERED or REFUSED, with the answer's message id",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PeriodRequestJson.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid periods, both or neither of periods and refusal, an unknown refusal code, a period"
                    + " of another country; every violation is listed (ValidationFailed)")
    @APIResponse(responseCode = "403", description = "The agreement does not let the answer go to the partner")
    @APIResponse(responseCode = "404", description = "No such request addressed to the institution (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "The request was answered already, differently (PeriodRequestAnswered)")
    public PeriodRequestJson answer(@PathParam("requestId") String requestId, AnswerRequest body) {
        return PeriodRequestTransfer.json(requests.answer(requestId, PeriodRequestTransfer.command(required(body))));
    }
}
