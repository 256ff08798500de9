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
import org.returneeregistry.reintegration.application.CreatedReferral;
import org.returneeregistry.reintegration.application.ReferralQuery;
import org.returneeregistry.reintegration.application.ReferralService;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;

/**
 * Referrals to line ministries and service providers. Registrars create and route them; a ministry
 * lists, reads, accepts, declines and reports the outcome of those addressed to its organisation —
 * any other referral answers 404, as one that does not exist.
 */
@Singleton
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Referrals of returnees to ministries and service providers")
public class ReferralsResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @EJB
    private ReferralService referrals;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createReferral",
            summary = "Refer a returnee to a service",
            description = "Without a recipient, the referral goes to the organisation routed for the service."
                    + " An Idempotency-Key header makes the request repeatable: the same key and body answer the"
                    + " first referral (200); the same key with another body is refused (422).")
    @APIResponse(
            responseCode = "201",
            description = "Created and sent; Location names the referral",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Referral.class)))
    @APIResponse(
            responseCode = "200",
            description = "A repeat under the same Idempotency-Key; the referral it created",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Referral.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Invalid input or unknown recipient; every violation is listed (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No returnee has this registry number (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "No recipient named and none routed (NoReferralRoute), the recipient is suspended"
                    + " (ReferralRecipientUnavailable), or a request with this Idempotency-Key is still in progress"
                    + " (IdempotencyKeyInProgress)")
    @APIResponse(
            responseCode = "422",
            description = "The Idempotency-Key was used for a different request (IdempotencyKeyReused)")
    public Response create(CreateReferral command, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        CreatedReferral result = referrals.create(required(command).toCommand(), idempotencyKey);
        if (!result.created()) {
            return Response.ok(Referral.from(result.referral())).build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(result.referral().referralId())
                        .build())
                .entity(Referral.from(result.referral()))
                .build();
    }

    @GET
    @Operation(
            operationId = "listReferrals",
            summary = "List referrals, newest first, optionally of one returnee, status and service",
            description = "A ministry sees only the referrals addressed to its organisation. Paged with page and"
                    + " pageSize; Link headers name the first, previous, next and last pages.")
    @APIResponse(
            responseCode = "200",
            description = "One page of referrals",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ReferralSummary.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown status or service, or a page out of range (ValidationFailed)")
    public Response list(
            @QueryParam("registryNumber") String registryNumber,
            @QueryParam("status") String status,
            @QueryParam("service") String service,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        ReferralQuery query = new ReferralQuery(
                registryNumber,
                status,
                service,
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable));
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(referrals.list(query), ReferralSummary::from, uri).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReferral", summary = "Read a referral with its history")
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Referral.class)))
    @APIResponse(
            responseCode = "404",
            description = "No referral with this id is addressed to the caller's organisation (NotFound)")
    public Referral get(@PathParam("id") String id) {
        return Referral.from(referrals.get(id));
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(
            operationId = "acceptReferral",
            summary = "Accept a referral",
            description = "Only a SENT referral can be accepted. No body is needed.")
    @APIResponse(
            responseCode = "200",
            description = "Accepted",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Referral.class)))
    @APIResponse(
            responseCode = "404",
            description = "No referral with this id is addressed to the caller's organisation (NotFound)")
    @APIResponse(responseCode = "409", description = "The referral is not SENT (ReferralStatusConflict)")
    public Referral accept(@PathParam("id") String id) {
        return Referral.from(referrals.accept(id));
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "declineReferral",
            summary = "Decline a referral, with a reason",
            description = "Only a SENT referral can be declined.")
    @APIResponse(
            responseCode = "200",
            description = "Declined",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Referral.class)))
    @APIResponse(responseCode = "400", description = "No reason given (ValidationFailed, MalformedRequest)")
    @APIResponse(
            responseCode = "404",
            description = "No referral with this id is addressed to the caller's organisation (NotFound)")
    @APIResponse(responseCode = "409", description = "The referral is not SENT (ReferralStatusConflict)")
    public Referral decline(@PathParam("id") String id, DeclineReferral command) {
        return Referral.from(referrals.decline(id, required(command).toCommand()));
    }

    @POST
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reportReferralOutcome",
            summary = "Report how an accepted referral ended",
            description = "outcome is a code of the referral-outcome list; OTHER needs a note.")
    @APIResponse(
            responseCode = "200",
            description = "Completed",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Referral.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown outcome, or OTHER without a note (ValidationFailed, MalformedRequest)")
    @APIResponse(
            responseCode = "404",
            description = "No referral with this id is addressed to the caller's organisation (NotFound)")
    @APIResponse(responseCode = "409", description = "The referral is not ACCEPTED (ReferralStatusConflict)")
    public Referral reportOutcome(@PathParam("id") String id, ReportOutcome command) {
        return Referral.from(referrals.reportOutcome(id, required(command).toCommand()));
    }

    @POST
    @Path("{id}/routing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "routeReferral",
            summary = "Name the recipient of an UNROUTED referral",
            description = "The referral is then SENT.")
    @APIResponse(
            responseCode = "200",
            description = "Routed and sent",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Referral.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid or unknown recipient (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No referral has this id (NotFound)")
    @APIResponse(
            responseCode = "409",
            description =
                    "The referral is not UNROUTED (ReferralStatusConflict), or the recipient is suspended (ReferralRecipientUnavailable)")
    public Referral route(@PathParam("id") String id, RouteTo command) {
        return Referral.from(referrals.route(id, required(command).toCommand()));
    }
}
