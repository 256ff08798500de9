package org.returneeregistry.socialsecurity.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.returneeregistry.socialsecurity.application.StatementDocument;
import org.returneeregistry.socialsecurity.application.StatementQuery;
import org.returneeregistry.socialsecurity.application.StatementService;
import org.returneeregistry.socialsecurity.application.StatementView;
import org.returneeregistry.socialsecurity.rest.StatementTransfer.StatementJson;

/**
 * Signed statements of a returnee's periods abroad, issued and read by a registrar or social security officer of
 * the operator: the signed JSON (a JWS in the flattened JSON serialisation) or the signed PDF, as the Accept header
 * asks.
 */
@Singleton
@Path("returnees/{registryNumber}/statements")
@Tag(name = "Social security claims", description = "Portability claims: periods, totalisation and decisions")
public class StatementsResource {

    public static final String PDF = "application/pdf";
    public static final String JOSE_JSON = "application/jose+json";

    @EJB
    private StatementService statements;

    @Context
    private UriInfo uri;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "issuePeriodStatement",
            summary = "Issue a signed statement of the returnee's certified periods abroad",
            description = "Lists every period a partner institution certified in its signed answer to one of the"
                    + " returnee's claims; signed as JSON (JWS) and as a PDF in English and Nepali with a QR code"
                    + " leading to the public verification. An Idempotency-Key header makes the request"
                    + " repeatable: the same key answers the statement the first request issued (200).")
    @APIResponse(
            responseCode = "201",
            description = "The statement issued; Location is where its signed forms are read",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StatementJson.class)))
    @APIResponse(responseCode = "200", description = "A repeat under the same Idempotency-Key; the statement issued")
    @APIResponse(responseCode = "400", description = "A malformed registry number or key (ValidationFailed)")
    @APIResponse(
            responseCode = "403",
            description = "Not a registrar or officer of the operator, or the decision"
                    + " point refused the read (NotAuthorized, ConsentRequired …)")
    @APIResponse(responseCode = "404", description = "No such returnee (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still in progress (IdempotencyKeyInProgress)")
    @APIResponse(
            responseCode = "422",
            description = "No partner-certified period on any of the returnee's claims (NoCertifiedPeriods), or"
                    + " the key was used for another returnee (IdempotencyKeyReused)")
    public Response issue(
            @PathParam("registryNumber") String registryNumber,
            @HeaderParam(ClaimsResource.IDEMPOTENCY_KEY) String idempotencyKey) {
        StatementView issued = statements.issue(registryNumber, idempotencyKey).view();
        StatementJson json = StatementTransfer.json(issued);
        if (!issued.created()) {
            return Response.ok(json).build();
        }
        return Response.created(
                        uri.getAbsolutePathBuilder().path(issued.statementId()).build())
                .entity(json)
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listPeriodStatements",
            summary = "List the returnee's statements of periods abroad, newest first",
            description = "What each statement is (id, issue, key, number of periods, digest, verification address),"
                    + " not what it says: its signed forms are read one by one. Statements issued on request and"
                    + " those the registry issued when a claim's certified periods were complete. The read is decided"
                    + " and logged by the consent decision point as the read of one statement is. Paged with page and"
                    + " pageSize; Link headers name the pages.")
    @APIResponse(
            responseCode = "200",
            description = "One page of statements",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = StatementJson.class)))
    @APIResponse(responseCode = "400", description = "A malformed registry number or page (ValidationFailed)")
    @APIResponse(
            responseCode = "403",
            description = "Not a registrar or officer of the operator, or the decision"
                    + " point refused the read (NotAuthorized, ConsentRequired …)")
    @APIResponse(responseCode = "404", description = "No such returnee (NotFound)")
    public Response list(
            @PathParam("registryNumber") String registryNumber,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        StatementQuery query = new StatementQuery(
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable));
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(statements.list(registryNumber, query), StatementTransfer::json, uri)
                .build();
    }

    @GET
    @Path("{statementId}")
    @Produces({PDF, JOSE_JSON, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "getPeriodStatement",
            summary = "Read a statement's signed form: Accept application/pdf for the signed PDF,"
                    + " application/jose+json or application/json for the JWS (flattened JSON serialisation)")
    @APIResponse(
            responseCode = "200",
            description = "The signed statement",
            content = {
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = JOSE_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))
            })
    @APIResponse(responseCode = "403", description = "Not a registrar or officer of the operator (NotAuthorized)")
    @APIResponse(responseCode = "404", description = "No such statement of this returnee (NotFound)")
    public Response get(
            @PathParam("registryNumber") String registryNumber,
            @PathParam("statementId") String statementId,
            @Context HttpHeaders headers) {
        StatementDocument document = statements.get(registryNumber, statementId);
        String type = chosen(headers);
        String disposition =
                "inline; filename=\"statement-" + document.statementId() + (PDF.equals(type) ? ".pdf" : ".json") + "\"";
        return Response.ok(PDF.equals(type) ? document.signedPdf() : document.signedJson(), type)
                .header("Content-Disposition", disposition)
                .build();
    }

    /** The form the Accept header prefers: the first acceptable of PDF, JOSE JSON or JSON (JSON for any). */
    static String chosen(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return MediaType.APPLICATION_JSON;
            }
            for (String offered : new String[] {PDF, JOSE_JSON, MediaType.APPLICATION_JSON}) {
                if (accepted.isCompatible(MediaType.valueOf(offered))) {
                    return offered;
                }
            }
        }
        return MediaType.APPLICATION_JSON;
    }
}
