package org.returneeregistry.consent.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.consent.application.ReceiptKeys;

/** The public keys consent receipts are signed with, as a JWKS; anyone may fetch them, no token needed. */
@Singleton
@Path("consent-receipt-keys")
@Tag(name = "Consent")
public class ConsentReceiptKeysResource {

    public static final String JWK_SET = "application/jwk-set+json";

    @EJB
    private ReceiptKeys receiptKeys;

    @GET
    @Produces({JWK_SET, "application/json"})
    @SecurityRequirements
    @Operation(
            operationId = "getConsentReceiptKeys",
            summary = "The public keys that verify consent receipts (a JWKS); no token needed")
    @APIResponse(
            responseCode = "200",
            description = "The JSON Web Key Set",
            content = @Content(mediaType = JWK_SET, schema = @Schema(type = SchemaType.OBJECT)))
    public Response keys() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(receiptKeys.jwks()).cacheControl(cache).build();
    }
}
