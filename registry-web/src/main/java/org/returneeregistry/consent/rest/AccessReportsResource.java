package org.returneeregistry.consent.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.consent.application.AccessReportService;
import org.returneeregistry.consent.application.SignedAccessReport;

/**
 * A returnee's access report, for a registrar at the returnee's request or an auditor: every decision on reading
 * the returnee's data, permits and refusals — as JSON, or as a signed PDF in English and Nepali when the Accept
 * header asks for {@code application/pdf}.
 */
@Singleton
@Path("returnees/{registryNumber}/access-report")
@Tag(name = "Consent", description = "Consent records, receipts and the keys that verify them")
public class AccessReportsResource {

    public static final String PDF = "application/pdf";

    @EJB
    private AccessReportService reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @Operation(
            operationId = "getAccessReport",
            summary = "A returnee's access report: who read or asked to read their data, and what was refused",
            description = "Every decision of the decision log on the returnee, newest first (at most 1000): the"
                    + " organisation, time, channel, purpose, categories asked and given, outcome and reason, the"
                    + " consent record or agreement (and version) it ran under. Accept application/pdf for the same"
                    + " report as a PDF in English and Nepali, signed with the registry's document-signing key"
                    + " (verifiable offline with GET /statement-keys).")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = AccessReportTransfer.class)),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", description = "A malformed registry number (ValidationFailed)")
    @APIResponse(
            responseCode = "403",
            description =
                    "Not an auditor, nor a registrar of the operator or a migrant resource centre" + " (NotAuthorized)")
    @APIResponse(responseCode = "404", description = "No such returnee (NotFound)")
    public Response get(@PathParam("registryNumber") String registryNumber, @Context HttpHeaders headers) {
        if (wantsPdf(headers)) {
            SignedAccessReport signed = reports.signedPdf(registryNumber);
            return Response.ok(signed.signedPdf(), PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + signed.fileName() + "\"")
                    .header("Cache-Control", "no-store")
                    .build();
        }
        return Response.ok(AccessReportTransfer.from(reports.report(registryNumber)), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .build();
    }

    /** PDF when the Accept header prefers it to JSON (JSON for any). */
    static boolean wantsPdf(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(MediaType.valueOf(PDF))) {
                return true;
            }
        }
        return false;
    }
}
