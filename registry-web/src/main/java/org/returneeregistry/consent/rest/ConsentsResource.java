package org.returneeregistry.consent.rest;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.consent.application.ConsentService;
import org.returneeregistry.consent.application.RecordedConsent;
import org.returneeregistry.shared.rest.Wire;

/** Consent records: record (or supersede), read, list a returnee's, revoke, and fetch the signed receipt. */
@Singleton
@Path("consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consent", description = "Consent records, receipts and the keys that verify them")
public class ConsentsResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** The media type of a compact JWS. */
    public static final String JOSE = "application/jose";

    /** The body of a revocation. */
    public record RevocationRequest(String reason) {}

    @EJB
    private ConsentService consents;

    @Context
    private UriInfo uri;

    @POST
    @Operation(
            operationId = "recordConsent",
            summary = "Record a returnee's consent (or refusal) for one recipient",
            description = "An Idempotency-Key header makes the request repeatable: the same key and body answer the"
                    + " first record (200); the same key with another body is refused (422).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location names the consent",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Consent.class)))
    @APIResponse(
            responseCode = "200",
            description = "A repeat under the same Idempotency-Key; the consent it recorded, with its status now",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Consent.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Invalid input, or a recipient the registry does not know; every violation is listed (ValidationFailed,"
                            + " MalformedRequest)")
    @APIResponse(
            responseCode = "403",
            description =
                    "The recorder may not record this consent (NotAuthorized, ConsentToOwnOrganisation, CrossBorderNeedsAgreement,"
                            + " OrganisationSuspended, UnknownOrganisation)")
    @APIResponse(
            responseCode = "404",
            description = "No returnee the caller may see has this registry number, or the consent it supersedes is not"
                    + " visible (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "The superseded consent is not in force (ConsentStatusConflict), or a request with this"
                    + " Idempotency-Key is still being recorded (IdempotencyKeyInProgress)")
    @APIResponse(
            responseCode = "422",
            description = "The consent needs evidence the recorder cannot supply this way (ConsentEvidenceRequired), or"
                    + " the Idempotency-Key was used for a different request (IdempotencyKeyReused)")
    public Response record(RecordConsent command, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        RecordedConsent recorded = consents.record(required(command).toCommand(), idempotencyKey);
        Consent view = Consent.from(recorded.consent());
        if (!recorded.created()) {
            return Response.ok(view).build();
        }
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.consentId()).build())
                .entity(view)
                .build();
    }

    @GET
    @Operation(operationId = "listConsents", summary = "List a returnee's consent records")
    @APIResponse(
            responseCode = "200",
            description = "The returnee's consent records",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Consent.class)))
    @APIResponse(responseCode = "400", description = "No returnee named (ValidationFailed)")
    public List<Consent> ofReturnee(@QueryParam("returnee") String registryNumber) {
        return Wire.list(consents.ofReturnee(registryNumber), Consent::from);
    }

    @GET
    @Path("{consentId}")
    @Operation(operationId = "getConsent", summary = "Read a consent record with its status now")
    @APIResponse(
            responseCode = "200",
            description = "The consent record with its status now",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Consent.class)))
    @APIResponse(responseCode = "404", description = "No consent the caller may see has this id (NotFound)")
    public Consent get(@PathParam("consentId") String consentId) {
        return Consent.from(consents.get(consentId));
    }

    @POST
    @Path("{consentId}/revocation")
    @Operation(operationId = "revokeConsent", summary = "Revoke a consent record")
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Consent.class)))
    @APIResponse(responseCode = "404", description = "No consent the caller may see has this id (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "The consent is already revoked or superseded (ConsentStatusConflict)")
    public Consent revoke(@PathParam("consentId") String consentId, RevocationRequest request) {
        return Consent.from(consents.revoke(consentId, required(request).reason()));
    }

    @GET
    @Path("{consentId}/receipt")
    @Produces(JOSE)
    @Operation(operationId = "getConsentReceipt", summary = "The signed consent receipt (compact JWS, ES256)")
    @APIResponse(
            responseCode = "200",
            description = "The receipt, a compact JWS signed with a key of /consent-receipt-keys",
            content = @Content(mediaType = JOSE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No consent the caller may see has this id (NotFound)")
    public String receipt(@PathParam("consentId") String consentId) {
        return consents.receipt(consentId);
    }
}
