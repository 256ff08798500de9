package org.returneeregistry.socialsecurity.rest;

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
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;
import org.returneeregistry.socialsecurity.application.ClaimQuery;
import org.returneeregistry.socialsecurity.application.ClaimService;
import org.returneeregistry.socialsecurity.application.CreatedClaim;
import org.returneeregistry.socialsecurity.rest.ClaimTransfer.ClaimJson;
import org.returneeregistry.socialsecurity.rest.ClaimTransfer.ClaimRequest;
import org.returneeregistry.socialsecurity.rest.ClaimTransfer.DecisionRequest;
import org.returneeregistry.socialsecurity.rest.ClaimTransfer.PeriodsRequest;
import org.returneeregistry.socialsecurity.rest.ClaimTransfer.StepRequest;

/**
 * Social security portability claims. Officers of the home institution open, move and decide their institution's
 * claims; a partner institution lists and reads the claims addressed to it. Any other claim answers 404, as one
 * that does not exist. A move the claim's state machine refuses answers 409 ClaimStatusConflict.
 */
@Singleton
@Path("social-security/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social security claims", description = "Portability claims: periods, totalisation and decisions")
public class ClaimsResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @EJB
    private ClaimService claims;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createClaim",
            summary = "Open a portability claim (DRAFT)",
            description = "Under an agreement with a social security section, addressed to one of its partner"
                    + " institutions (partnerInstitution) or to several of them (partnerInstitutions: each gets its"
                    + " own period request, reminders and decision). An Idempotency-Key header makes the request repeatable: the same key and body"
                    + " answer the claim the first request opened (200).")
    @APIResponse(
            responseCode = "201",
            description = "The claim opened",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClaimJson.class)))
    @APIResponse(responseCode = "200", description = "A repeat under the same Idempotency-Key; the claim it opened")
    @APIResponse(responseCode = "400", description = "Invalid input; every violation is listed (ValidationFailed)")
    @APIResponse(responseCode = "404", description = "No such agreement or returnee (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still in progress (IdempotencyKeyInProgress)")
    @APIResponse(
            responseCode = "422",
            description = "The agreement has no social security section (NoSocialSecuritySection), the institution"
                    + " is not its partner (InstitutionNotParty), or the key was used for another request"
                    + " (IdempotencyKeyReused)")
    public Response create(ClaimRequest body, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        CreatedClaim result = claims.create(ClaimTransfer.command(required(body)), idempotencyKey);
        ClaimJson json = ClaimTransfer.json(result.claim());
        if (!result.created()) {
            return Response.ok(json).build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(result.claim().claimId())
                        .build())
                .entity(json)
                .build();
    }

    @GET
    @Operation(
            operationId = "listClaims",
            summary = "List claims, newest first",
            description = "An officer's institution's claims, or those addressed to the calling partner institution;"
                    + " optionally of one status, or overdue=true for those whose partner has not answered within"
                    + " the section's reminder time. Paged with page and pageSize; Link headers name the pages.")
    @APIResponse(
            responseCode = "200",
            description = "One page of claims",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ClaimJson.class)))
    @APIResponse(responseCode = "400", description = "Unknown status or a page out of range (ValidationFailed)")
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("overdue") String overdue,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            unreadable.add(new Violation("overdue", "Boolean", "must be true or false"));
        }
        ClaimQuery query = new ClaimQuery(
                status,
                overdue == null ? null : Boolean.valueOf(overdue),
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable));
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(claims.list(query), ClaimTransfer::json, uri).build();
    }

    @GET
    @Path("{claimId}")
    @Operation(operationId = "getClaim", summary = "Read a claim with its periods, moves and decision")
    @APIResponse(
            responseCode = "200",
            description = "The claim",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClaimJson.class)))
    @APIResponse(responseCode = "404", description = "No such claim the caller may see (NotFound)")
    public ClaimJson get(@PathParam("claimId") String claimId) {
        return ClaimTransfer.json(claims.get(claimId));
    }

    @POST
    @Path("{claimId}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitClaim", summary = "Submit a DRAFT claim")
    @APIResponse(responseCode = "200", description = "The claim, SUBMITTED")
    @APIResponse(responseCode = "409", description = "The claim is not a DRAFT (ClaimStatusConflict)")
    public ClaimJson submit(@PathParam("claimId") String claimId, StepRequest body) {
        return ClaimTransfer.json(claims.submit(claimId, ClaimTransfer.command(body)));
    }

    @POST
    @Path("{claimId}/period-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "requestClaimPeriods",
            summary = "Ask the partner institution for the returnee's insurance periods",
            description = "Queues a signed InsurancePeriodRequest for the partner under the agreement (decided by"
                    + " the decision point first); the claim moves to PERIODS_REQUESTED.")
    @APIResponse(responseCode = "200", description = "The claim, PERIODS_REQUESTED, with the request's message id")
    @APIResponse(responseCode = "403", description = "The agreement or the decision point does not allow the request")
    @APIResponse(responseCode = "409", description = "The claim may not ask for periods now (ClaimStatusConflict)")
    public ClaimJson requestPeriods(@PathParam("claimId") String claimId, StepRequest body) {
        return ClaimTransfer.json(claims.requestPeriods(claimId, ClaimTransfer.command(body)));
    }

    @POST
    @Path("{claimId}/reminders")
    @Operation(
            operationId = "remindClaimPartner",
            summary = "Re-send the period request to a partner that has not answered")
    @APIResponse(responseCode = "200", description = "The claim, with the reminder counted")
    @APIResponse(responseCode = "409", description = "The claim does not await periods (ClaimStatusConflict)")
    public ClaimJson remind(@PathParam("claimId") String claimId) {
        return ClaimTransfer.json(claims.remind(claimId));
    }

    @POST
    @Path("{claimId}/periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addClaimPeriods",
            summary = "Attach declared or home-institution periods to an undecided claim")
    @APIResponse(responseCode = "200", description = "The claim with the periods")
    @APIResponse(responseCode = "400", description = "Invalid periods; every violation is listed (ValidationFailed)")
    @APIResponse(
            responseCode = "409",
            description = "The claim is assessed, decided or withdrawn (ClaimStatusConflict)")
    public ClaimJson addPeriods(@PathParam("claimId") String claimId, PeriodsRequest body) {
        return ClaimTransfer.json(claims.addPeriods(claimId, ClaimTransfer.command(required(body))));
    }

    @POST
    @Path("{claimId}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startClaimAssessment", summary = "Start assessing a claim")
    @APIResponse(responseCode = "200", description = "The claim, UNDER_ASSESSMENT")
    @APIResponse(responseCode = "409", description = "The claim may not be assessed now (ClaimStatusConflict)")
    public ClaimJson startAssessment(@PathParam("claimId") String claimId, StepRequest body) {
        return ClaimTransfer.json(claims.startAssessment(claimId, ClaimTransfer.command(body)));
    }

    @POST
    @Path("{claimId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "decideClaim",
            summary = "Decide a claim under assessment: APPROVED, REJECTED or PARTLY_APPROVED",
            description = "The engine runs on the claim's periods under the agreement's section; the result is"
                    + " stored with its trace and the section's version.")
    @APIResponse(responseCode = "200", description = "The decided claim with its computation")
    @APIResponse(responseCode = "400", description = "Invalid decision (ValidationFailed)")
    @APIResponse(responseCode = "409", description = "The claim is not under assessment (ClaimStatusConflict)")
    public ClaimJson decide(@PathParam("claimId") String claimId, DecisionRequest body) {
        return ClaimTransfer.json(claims.decide(claimId, ClaimTransfer.command(required(body))));
    }

    @POST
    @Path("{claimId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawClaim", summary = "Withdraw an undecided claim (reason required)")
    @APIResponse(responseCode = "200", description = "The claim, WITHDRAWN")
    @APIResponse(responseCode = "409", description = "The claim is decided or withdrawn (ClaimStatusConflict)")
    public ClaimJson withdraw(@PathParam("claimId") String claimId, StepRequest body) {
        return ClaimTransfer.json(claims.withdraw(claimId, ClaimTransfer.command(required(body))));
    }

    @POST
    @Path("{claimId}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenClaim", summary = "Reopen a decided claim on appeal (reason required)")
    @APIResponse(responseCode = "200", description = "The claim, REOPENED")
    @APIResponse(responseCode = "409", description = "The claim is not decided (ClaimStatusConflict)")
    public ClaimJson reopen(@PathParam("claimId") String claimId, StepRequest body) {
        return ClaimTransfer.json(claims.reopen(claimId, ClaimTransfer.command(required(body))));
    }
}
