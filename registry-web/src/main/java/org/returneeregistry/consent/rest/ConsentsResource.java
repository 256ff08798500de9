package org.returneeregistry.consent.rest;

import static org.returneeregistry.shared.rest.RequestBody.required;

import jakarta.ejb.EJB;
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
import java.util.List;
import org.returneeregistry.consent.application.ConsentService;
import org.returneeregistry.consent.application.ConsentView;
import org.returneeregistry.consent.application.RecordConsent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consent records: record (or supersede), read, list a returnee's, revoke, and fetch the signed receipt. */
@Path("consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consent", description = "Consent records, receipts and the keys that verify them")
public class ConsentsResource {

    /** The media type of a compact JWS. */
    public static final String JOSE = "application/jose";

    /** The body of a revocation. */
    public record RevocationRequest(String reason) {
    }

    @EJB
    private ConsentService consents;

    @Context
    private UriInfo uri;

    @POST
    @Operation(operationId = "recordConsent", summary = "Record a returnee's consent (or refusal) for one recipient")
    public Response record(RecordConsent command) {
        ConsentView view = consents.record(required(command));
        return Response.created(uri.getAbsolutePathBuilder().path(view.consentId()).build()).entity(view).build();
    }

    @GET
    @Operation(operationId = "listConsents", summary = "List a returnee's consent records")
    public List<ConsentView> ofReturnee(@QueryParam("returnee") String registryNumber) {
        return consents.ofReturnee(registryNumber);
    }

    @GET
    @Path("{consentId}")
    @Operation(operationId = "getConsent", summary = "Read a consent record with its status now")
    public ConsentView get(@PathParam("consentId") String consentId) {
        return consents.get(consentId);
    }

    @POST
    @Path("{consentId}/revocation")
    @Operation(operationId = "revokeConsent", summary = "Revoke a consent record")
    public ConsentView revoke(@PathParam("consentId") String consentId, RevocationRequest request) {
        return consents.revoke(consentId, required(request).reason());
    }

    @GET
    @Path("{consentId}/receipt")
    @Produces(JOSE)
    @Operation(operationId = "getConsentReceipt", summary = "The signed consent receipt (compact JWS, ES256)")
    public String receipt(@PathParam("consentId") String consentId) {
        return consents.receipt(consentId);
    }
}
