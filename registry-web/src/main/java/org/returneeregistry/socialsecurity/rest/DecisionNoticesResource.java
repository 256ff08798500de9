package org.returneeregistry.socialsecurity.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.socialsecurity.application.DecisionNoticeService;
import org.returneeregistry.socialsecurity.application.DecisionNoticeView;
import org.returneeregistry.socialsecurity.application.StatementDocument;

/**
 * A claim's decision notices, one per decision, as the returnee was given them: the list, and each notice's signed
 * JSON (a JWS in the flattened JSON serialisation) or signed PDF, as the Accept header asks — like statements.
 */
@Singleton
@Path("social-security/claims/{claimId}/notices")
@Tag(name = "Social security claims", description = "Portability claims: periods, totalisation and decisions")
public class DecisionNoticesResource {

    @EJB
    private DecisionNoticeService notices;

    /** A notice as issued: what it is, not what it says (its signed forms are read separately). */
    public record NoticeJson(
            String noticeId,
            String claimId,
            String decision,
            int decisionSequence,
            Instant issuedAt,
            String issuedBy,
            String keyId,
            String digest,
            String verificationUrl) {

        static NoticeJson of(DecisionNoticeView v) {
            return new NoticeJson(
                    v.noticeId(),
                    v.claimId(),
                    v.decision(),
                    v.decisionSequence(),
                    v.issuedAt(),
                    v.issuedBy(),
                    v.keyId(),
                    v.digest(),
                    v.verificationUrl());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listDecisionNotices",
            summary = "List the decision notices the claim's returnee was given, newest first",
            description = "One per decision (approved, rejected, partly approved; again after a reopening and a new"
                    + " decision, the earlier notice kept). What each is, not what it says: its signed forms are read"
                    + " one by one. The claim's home institution's officers and the operator's registrars; the read"
                    + " is decided and logged by the consent decision point as a statement's is.")
    @APIResponse(
            responseCode = "200",
            description = "The claim's notices",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = NoticeJson.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an officer of the claim's home institution nor a registrar of the operator (a partner"
                    + " institution is told the decision in its own message), or the decision point refused the read"
                    + " (NotAuthorized, ConsentRequired …)")
    @APIResponse(responseCode = "404", description = "No such claim (NotFound)")
    @APIResponse(responseCode = "422", description = "The claim has never been decided (ClaimNotDecided)")
    public List<NoticeJson> list(@PathParam("claimId") String claimId) {
        return notices.list(claimId).stream().map(NoticeJson::of).toList();
    }

    @GET
    @Path("{noticeId}")
    @Produces({StatementsResource.PDF, StatementsResource.JOSE_JSON, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "getDecisionNotice",
            summary = "Read a decision notice's signed form: Accept application/pdf for the signed PDF (English and"
                    + " Nepali), application/jose+json or application/json for the JWS (flattened JSON serialisation)")
    @APIResponse(
            responseCode = "200",
            description = "The signed notice, as issued",
            content = {
                @Content(
                        mediaType = StatementsResource.PDF,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = StatementsResource.JOSE_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))
            })
    @APIResponse(
            responseCode = "403",
            description = "Not an officer of the claim's home institution nor a registrar of the operator, or the"
                    + " decision point refused the read (NotAuthorized, ConsentRequired …)")
    @APIResponse(responseCode = "404", description = "No such claim, or no such notice of this claim (NotFound)")
    @APIResponse(responseCode = "422", description = "The claim has never been decided (ClaimNotDecided)")
    public Response get(
            @PathParam("claimId") String claimId,
            @PathParam("noticeId") String noticeId,
            @Context HttpHeaders headers) {
        StatementDocument document = notices.get(claimId, noticeId);
        String type = StatementsResource.chosen(headers);
        boolean pdf = StatementsResource.PDF.equals(type);
        return Response.ok(pdf ? document.signedPdf() : document.signedJson(), type)
                .header(
                        "Content-Disposition",
                        "inline; filename=\"decision-notice-" + document.statementId() + (pdf ? ".pdf" : ".json")
                                + "\"")
                .build();
    }
}
