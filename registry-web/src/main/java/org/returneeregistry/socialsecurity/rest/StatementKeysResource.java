package org.returneeregistry.socialsecurity.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.socialsecurity.application.StatementPublication;

/**
 * The keys and certificates that verify statements of periods abroad offline; anyone may read them, no token needed,
 * and a verifier keeps a saved copy (old keys stay published after a rotation).
 */
@Singleton
@Path("statement-keys")
@Tag(name = "Social security claims")
public class StatementKeysResource {

    public static final String JWK_SET = "application/jwk-set+json";
    public static final String PEM = "application/pem-certificate-chain";

    @EJB
    private StatementPublication publication;

    @GET
    @Produces({JWK_SET, MediaType.APPLICATION_JSON})
    @SecurityRequirements
    @Operation(
            operationId = "getStatementKeys",
            summary = "The public keys that verify statements of periods abroad (a JWKS, each key with its"
                    + " certificate in x5c); no token needed")
    @APIResponse(
            responseCode = "200",
            description = "The JSON Web Key Set",
            content = @Content(mediaType = JWK_SET, schema = @Schema(type = SchemaType.OBJECT)))
    public Response keys() {
        return cached(Response.ok(publication.jwks()));
    }

    @GET
    @Path("certificates")
    @Produces({PEM, MediaType.TEXT_PLAIN})
    @SecurityRequirements
    @Operation(
            operationId = "getStatementCertificates",
            summary = "The certificates of the statement keys, PEM-encoded; no token needed")
    @APIResponse(
            responseCode = "200",
            description = "The certificates",
            content = @Content(mediaType = PEM, schema = @Schema(type = SchemaType.STRING)))
    public Response certificates() {
        return cached(Response.ok(publication.certificates()));
    }

    private static Response cached(Response.ResponseBuilder response) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return response.cacheControl(cache).build();
    }
}
