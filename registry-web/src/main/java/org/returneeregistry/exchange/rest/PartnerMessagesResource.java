package org.returneeregistry.exchange.rest;

import static org.returneeregistry.shared.rest.RequestBody.required;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.exchange.application.EmploymentRecordRequestQuery;
import org.returneeregistry.exchange.application.PartnerMessagingService;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;

/** Messages the registry sends to partner institutions under bilateral agreements. */
@Singleton
@Path("partner-messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partner messages", description = "Messages to partner institutions under bilateral agreements")
public class PartnerMessagesResource {

    @EJB
    private PartnerMessagingService messages;

    @Context
    private UriInfo uri;

    @POST
    @Path("employment-record-requests")
    @Operation(
            operationId = "requestEmploymentRecords",
            summary = "Ask a partner institution for a returnee's employment records",
            description = "Queues a signed EmploymentRecordRequest (the returnee's identifiers) to the institution"
                    + " under the agreement, after the consent decision point allowed it: the agreement in force, the"
                    + " institution a party, an OUTBOUND scope row for EMPLOYMENT_RECORD_REQUEST, the purpose and"
                    + " IDENTITY, and the returnee's consent where the row requires it. The registry's staff only"
                    + " (registrar, social-security-officer). Its delivery and the partner's receipt are followed in"
                    + " GET /outbox-messages and GET /exchange-messages.")
    @APIResponse(
            responseCode = "202",
            description = "Queued; the partner's receipt follows",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PartnerMessage.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input; every violation is listed (ValidationFailed, MalformedRequest)")
    @APIResponse(
            responseCode = "403",
            description = "Not allowed: NotAuthorized, NoAgreement, CrossBorderNeedsAgreement (the institution is no"
                    + " party to the agreement), AgreementNotInForce, AgreementSuspended, AgreementTerminated,"
                    + " AgreementOutsideValidity, OutOfScope, NoConsent and the decision point's other reasons")
    @APIResponse(responseCode = "404", description = "No returnee holds the registry number (NotFound)")
    public Response request(EmploymentRecordRequest body) {
        EmploymentRecordRequest request = required(body);
        return Response.status(Response.Status.ACCEPTED)
                .entity(PartnerMessage.from(
                        messages.requestEmploymentRecords(request.registryNumber(), request.toCommand())))
                .build();
    }

    @POST
    @Path("return-notices")
    @Operation(
            operationId = "sendReturnNotice",
            summary = "Tell a partner institution that a worker left",
            description = "Queues a signed ReturnNotice (the person's identifiers, name, date of birth and sex, their"
                    + " latest work abroad, the return modality and exit date) to the institution under the agreement,"
                    + " after the consent decision point allowed it: the agreement in force, the institution a party,"
                    + " OUTBOUND scope rows for RETURN_NOTICE, the purpose, IDENTITY and MIGRATION_HISTORY, and the"
                    + " returnee's consent where a row requires it. The registry's registrars only. Its delivery and"
                    + " the partner's receipt are followed in GET /outbox-messages and GET /exchange-messages.")
    @APIResponse(
            responseCode = "202",
            description = "Queued; the partner's receipt follows",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PartnerMessage.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input, or a record without work abroad to report; every violation is listed"
                    + " (ValidationFailed, MalformedRequest)")
    @APIResponse(
            responseCode = "403",
            description = "Not allowed: NotAuthorized, NoAgreement, CrossBorderNeedsAgreement, AgreementNotInForce,"
                    + " AgreementSuspended, AgreementTerminated, AgreementOutsideValidity, OutOfScope, NoConsent and"
                    + " the decision point's other reasons")
    @APIResponse(responseCode = "404", description = "No returnee holds the registry number (NotFound)")
    public Response sendReturnNotice(ReturnNoticeRequest body) {
        ReturnNoticeRequest notice = required(body);
        return Response.status(Response.Status.ACCEPTED)
                .entity(PartnerMessage.from(messages.sendReturnNotice(notice.registryNumber(), notice.toCommand())))
                .build();
    }

    @GET
    @Path("employment-record-requests")
    @Operation(
            operationId = "listEmploymentRecordRequests",
            summary = "Employment record requests exchanged with partners, and their answers",
            description = "Newest first. INBOUND: requests partner institutions sent the registry, which its officers"
                    + " answer (POST .../{id}/answer); OUTBOUND: requests the registry sent, with the partner's signed"
                    + " answer once it came (correlated by the request's messageId). The registry's staff only"
                    + " (registrar, social-security-officer). Paged with page and pageSize (Link, X-Total-Count).")
    @APIResponse(
            responseCode = "200",
            description = "One page of requests",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = EmploymentRecordRequestEntry.class)))
    @APIResponse(responseCode = "400", description = "Invalid filters (ValidationFailed)")
    @APIResponse(responseCode = "403", description = "Not the registry's staff (NotAuthorized)")
    public Response employmentRecordRequests(
            @Parameter(description = "INBOUND or OUTBOUND") @QueryParam("direction") String direction,
            @Parameter(description = "AWAITING_ANSWER or ANSWERED") @QueryParam("status") String status,
            @Parameter(description = "The request's messageId") @QueryParam("messageId") String messageId,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        EmploymentRecordRequestQuery query = new EmploymentRecordRequestQuery(
                direction,
                status,
                messageId,
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable));
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(messages.employmentRecordRequests(query), EmploymentRecordRequestEntry::from, uri)
                .build();
    }

    @POST
    @Path("employment-record-requests/{id}/answer")
    @Operation(
            operationId = "answerEmploymentRecordRequest",
            summary = "Answer a partner's employment record request",
            description = "Queues a signed EmploymentRecordResponse to the partner that asked, under the request's"
                    + " agreement, its envelope's correlationId the request's messageId. FOUND sends the records of"
                    + " the returnee registryNumber names (who must hold one of the identifiers asked about), decided"
                    + " by the consent decision point as the partner's read of MIGRATION_HISTORY under the agreement's"
                    + " OUTBOUND scope for EMPLOYMENT_RECORD_RESPONSE and the request's purpose; NOT_FOUND and REFUSED"
                    + " (with refusalCode) disclose nothing and need only that scope row. A request is answered once."
                    + " The registry's staff only (registrar, social-security-officer).")
    @APIResponse(
            responseCode = "202",
            description = "Queued; the partner's receipt follows",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PartnerMessage.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid answer; every violation is listed (ValidationFailed, MalformedRequest)")
    @APIResponse(
            responseCode = "403",
            description = "Not allowed: NotAuthorized, AgreementSuspended, AgreementTerminated, OutOfScope, NoConsent"
                    + " and the decision point's other reasons")
    @APIResponse(responseCode = "404", description = "No such request from a partner (NotFound)")
    @APIResponse(responseCode = "409", description = "Answered already (RequestNotAwaitingAnswer)")
    public Response answerEmploymentRecordRequest(@PathParam("id") String id, EmploymentRecordAnswer body) {
        EmploymentRecordAnswer answer = required(body);
        return Response.status(Response.Status.ACCEPTED)
                .entity(PartnerMessage.from(messages.answerEmploymentRecordRequest(id, answer.toCommand())))
                .build();
    }
}
