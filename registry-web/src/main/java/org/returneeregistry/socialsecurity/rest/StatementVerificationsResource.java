package org.returneeregistry.socialsecurity.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.socialsecurity.application.StatementPublication;
import org.returneeregistry.socialsecurity.rest.StatementTransfer.VerificationJson;

/**
 * The answer behind a statement's QR code, to anyone without a token: whether the registry issued a statement with
 * this id whose signed payload has this digest, the day of issue and the signing key. Nothing personal.
 */
@Singleton
@Path("statement-verifications")
@Tag(name = "Social security claims")
public class StatementVerificationsResource {

    @EJB
    private StatementPublication publication;

    @GET
    @Path("{statementId}")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(
            operationId = "verifyPeriodStatement",
            summary = "Whether the registry issued a statement with this id and digest (what its QR code carries);"
                    + " no token needed, nothing personal answered")
    @APIResponse(
            responseCode = "200",
            description = "valid, with the day of issue and the signing key; or not valid",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VerificationJson.class)))
    public VerificationJson verify(@PathParam("statementId") String statementId, @QueryParam("digest") String digest) {
        return StatementTransfer.json(publication.verify(statementId, digest));
    }
}
