package org.returneeregistry.agreement.rest;

import static org.returneeregistry.shared.rest.RequestBody.required;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.agreement.application.AgreementQuery;
import org.returneeregistry.agreement.application.AgreementService;
import org.returneeregistry.agreement.application.AgreementSummary;
import org.returneeregistry.agreement.application.AgreementView;
import org.returneeregistry.agreement.rest.AgreementTransfer.AgreementAmendment;
import org.returneeregistry.agreement.rest.AgreementTransfer.AgreementReason;
import org.returneeregistry.agreement.rest.AgreementTransfer.AgreementRegistration;
import org.returneeregistry.agreement.rest.AgreementTransfer.CertificateAttachment;
import org.returneeregistry.agreement.rest.AgreementTransfer.EndpointSetting;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;

/**
 * Bilateral agreements: register (as a draft), amend by a new version, put in force, suspend, resume,
 * terminate; partner institutions' signing certificates and endpoints. Registry administrators write,
 * auditors read, nobody else.
 */
@Singleton
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Bilateral agreements, their scope, partner endpoints and certificates")
public class AgreementsResource {

    private static final String AGREEMENT = "Agreement";

    @EJB
    private AgreementService agreements;

    @Context
    private UriInfo uri;

    @POST
    @Operation(
            operationId = "registerAgreement",
            summary = "Register an agreement as a draft",
            description = "Its terms and scope become version 1. Every party institution must be a registered"
                    + " organisation of its party's country; parties name at least two countries. An agreementId"
                    + " given registers it under the id the other party's registry already gave it.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementRegistration")))
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location names the agreement",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = AGREEMENT)))
    @APIResponse(responseCode = "400", description = "Invalid input; every violation is listed (ValidationFailed)")
    @APIResponse(
            responseCode = "409",
            description = "An agreement with the agreementId given is already registered (AgreementAlreadyRegistered)")
    public Response register(AgreementRegistration body) {
        AgreementView view = agreements.register(AgreementTransfer.command(required(body)));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.agreementId()).build())
                .entity(AgreementTransfer.json(view))
                .build();
    }

    @GET
    @Operation(
            operationId = "listAgreements",
            summary = "List agreements, optionally of one status and country",
            description = "Most recently registered first. Paged with page and pageSize; Link headers name the"
                    + " first, previous, next and last pages, X-Total-Count the number of agreements.")
    @APIResponse(
            responseCode = "200",
            description = "One page of agreements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementSummaryList")))
    @APIResponse(
            responseCode = "400",
            description = "Unknown status or country, or a page out of range (ValidationFailed)")
    public Response list(
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize,
            @Parameter(description = "A code of the agreement-status list") @QueryParam("status") String status,
            @Parameter(description = "A party's country, ISO 3166-1 alpha-3") @QueryParam("country") String country) {
        List<Violation> unreadable = new ArrayList<>();
        AgreementQuery query = new AgreementQuery(
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable),
                status,
                country);
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        Page<AgreementSummary> found = agreements.list(query);
        return PageLinks.ok(found, AgreementTransfer::json, uri).build();
    }

    @GET
    @Path("{agreementId}")
    @Operation(
            operationId = "getAgreement",
            summary = "Read an agreement with its current version's terms",
            description = "With its endpoints, certificates and history.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = AGREEMENT)))
    @APIResponse(responseCode = "400", description = "Not an agreement id (ValidationFailed)")
    @APIResponse(responseCode = "404", description = "No agreement has this id (NotFound)")
    public Response get(@PathParam("agreementId") String agreementId) {
        return ok(agreements.get(agreementId, null));
    }

    @GET
    @Path("{agreementId}/versions/{version}")
    @Operation(
            operationId = "getAgreementVersion",
            summary = "Read an agreement with the terms of one version",
            description = "The terms and scope as that version set them; status, endpoints, certificates and"
                    + " history as they are now.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement with that version's terms",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = AGREEMENT)))
    @APIResponse(responseCode = "400", description = "Not an agreement id or a version number (ValidationFailed)")
    @APIResponse(responseCode = "404", description = "No such agreement or version (NotFound)")
    public Response getVersion(@PathParam("agreementId") String agreementId, @PathParam("version") String version) {
        List<Violation> unreadable = new ArrayList<>();
        Integer number = QueryParameters.integer("version", version, unreadable);
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return ok(agreements.get(agreementId, number));
    }

    @POST
    @Path("{agreementId}/amendments")
    @Operation(
            operationId = "amendAgreement",
            summary = "Amend an agreement by a new version",
            description = "The body is the next version's complete terms and scope, with the reason. Earlier"
                    + " versions stay readable as they were.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementAmendment")))
    @APIResponse(
            responseCode = "200",
            description = "Amended; the answer shows the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = AGREEMENT)))
    @APIResponse(responseCode = "400", description = "Invalid input; every violation is listed (ValidationFailed)")
    @APIResponse(responseCode = "404", description = "No agreement has this id (NotFound)")
    @APIResponse(responseCode = "409", description = "The agreement is terminated (AgreementStatusConflict)")
    public Response amend(@PathParam("agreementId") String agreementId, AgreementAmendment body) {
        return ok(agreements.amend(agreementId, AgreementTransfer.command(required(body))));
    }

    @POST
    @Path("{agreementId}/entry-into-force")
    @Operation(operationId = "putAgreementInForce", summary = "Put a draft agreement in force")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementReason")))
    @APIResponse(
            responseCode = "200",
            description = "In force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = AGREEMENT)))
    @APIResponse(responseCode = "400", description = "No reason, or not an agreement id (ValidationFailed)")
    @APIResponse(responseCode = "404", description = "No agreement has this id (NotFound)")
    @APIResponse(responseCode = "409", description = "The agreement is not a draft (AgreementStatusConflict)")
    public Response putInForce(@PathParam("agreementId") String agreementId, AgreementReason body) {
        return ok(agreements.putInForce(agreementId, required(body).reason()));
    }

    @POST
    @Path("{agreementId}/suspension")
    @Operation(
            operationId = "suspendAgreement",
            summary = "Suspend an agreement in force",
            description = "No data crosses under a suspended agreement until it is resumed.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementReason")))
    @APIResponse(
            responseCode = "200",
            description = "Suspended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = AGREEMENT)))
    @APIResponse(responseCode = "400", description = "No reason, or not an agreement id (ValidationFailed)")
    @APIResponse(responseCode = "404", description = "No agreement has this id (NotFound)")
    @APIResponse(responseCode = "409", description = "The agreement is not in force (AgreementStatusConflict)")
    public Response suspend(@PathParam("agreementId") String agreementId, AgreementReason body) {
        return ok(agreements.suspend(agreementId, required(body).reason()));
    }

    @POST
    @Path("{agreementId}/resumption")
    @Operation(operationId = "resumeAgreement", summary = "Resume a suspended agreement")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementReason")))
    @APIResponse(
            responseCode = "200",
            description = "In force again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = AGREEMENT)))
    @APIResponse(responseCode = "400", description = "No reason, or not an agreement id (ValidationFailed)")
    @APIResponse(responseCode = "404", description = "No agreement has this id (NotFound)")
    @APIResponse(responseCode = "409", description = "The agreement is not suspended (AgreementStatusConflict)")
    public Response resume(@PathParam("agreementId") String agreementId, AgreementReason body) {
        return ok(agreements.resume(agreementId, required(body).reason()));
    }

    @POST
    @Path("{agreementId}/termination")
    @Operation(
            operationId = "terminateAgreement",
            summary = "Terminate an agreement in force or suspended",
            description = "Final: a terminated agreement is never in force again and cannot be amended.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementReason")))
    @APIResponse(
            responseCode = "200",
            description = "Terminated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = AGREEMENT)))
    @APIResponse(responseCode = "400", description = "No reason, or not an agreement id (ValidationFailed)")
    @APIResponse(responseCode = "404", description = "No agreement has this id (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "A draft or an agreement already terminated (AgreementStatusConflict)")
    public Response terminate(@PathParam("agreementId") String agreementId, AgreementReason body) {
        return ok(agreements.terminate(agreementId, required(body).reason()));
    }

    @POST
    @Path("{agreementId}/certificates")
    @Operation(
            operationId = "attachAgreementCertificate",
            summary = "Register a party institution's signing certificate",
            description = "One X.509 certificate in PEM. Subject, issuer, serial number, SHA-256 fingerprint and"
                    + " validity are read from it. At most two certificates per institution may be neither expired"
                    + " nor revoked at a time (a rotation).")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CertificateAttachment")))
    @APIResponse(
            responseCode = "201",
            description = "Registered; the answer is the agreement with its certificates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = AGREEMENT)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input (ValidationFailed) or not one well-formed PEM"
                    + " certificate (CertificateMalformed)")
    @APIResponse(responseCode = "404", description = "No agreement has this id (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "Already registered for the institution"
                    + " (CertificateAlreadyAttached), two live certificates already (CertificateLimitReached), or the"
                    + " agreement is terminated (AgreementStatusConflict)")
    @APIResponse(
            responseCode = "422",
            description = "Expired (CertificateExpired), unable to sign"
                    + " (CertificateNotForSigning), or the institution is no party (InstitutionNotParty)")
    public Response attachCertificate(@PathParam("agreementId") String agreementId, CertificateAttachment body) {
        AgreementView view = agreements.attachCertificate(agreementId, AgreementTransfer.command(required(body)));
        return Response.status(Response.Status.CREATED)
                .entity(AgreementTransfer.json(view))
                .build();
    }

    @POST
    @Path("{agreementId}/certificates/{certificateId}/revocation")
    @Operation(
            operationId = "revokeAgreementCertificate",
            summary = "Revoke a signing certificate at once",
            description = "From the recorded instant on, the certificate verifies nothing.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementReason")))
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = AGREEMENT)))
    @APIResponse(responseCode = "400", description = "No reason, or not an id (ValidationFailed)")
    @APIResponse(responseCode = "404", description = "No such agreement or certificate (NotFound)")
    @APIResponse(responseCode = "409", description = "Already revoked (CertificateAlreadyRevoked)")
    public Response revokeCertificate(
            @PathParam("agreementId") String agreementId,
            @PathParam("certificateId") String certificateId,
            AgreementReason body) {
        return ok(agreements.revokeCertificate(
                agreementId, certificateId, required(body).reason()));
    }

    @PUT
    @Path("{agreementId}/endpoints/{institution}/{transport}")
    @Operation(
            operationId = "setAgreementEndpoint",
            summary = "Add or replace a party institution's endpoint",
            description = "One address per institution and transport (a code of the endpoint-transport list).")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EndpointSetting")))
    @APIResponse(
            responseCode = "200",
            description = "Set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = AGREEMENT)))
    @APIResponse(responseCode = "400", description = "Invalid input; every violation is listed (ValidationFailed)")
    @APIResponse(responseCode = "404", description = "No agreement has this id (NotFound)")
    @APIResponse(responseCode = "409", description = "The agreement is terminated (AgreementStatusConflict)")
    @APIResponse(responseCode = "422", description = "The institution is no party (InstitutionNotParty)")
    public Response setEndpoint(
            @PathParam("agreementId") String agreementId,
            @PathParam("institution") String institution,
            @PathParam("transport") String transport,
            EndpointSetting body) {
        return ok(
                agreements.setEndpoint(agreementId, AgreementTransfer.command(institution, transport, required(body))));
    }

    private static Response ok(AgreementView view) {
        return Response.ok(AgreementTransfer.json(view)).build();
    }
}
