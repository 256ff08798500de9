package org.returneeregistry.exchange.rest;

import static org.returneeregistry.shared.rest.RequestBody.required;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.exchange.application.PartnerMessagingService;

/** Messages the registry sends to partner institutions under bilateral agreements. */
@Singleton
@Path("partner-messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partner messages", description = "Messages to partner institutions under bilateral agreements")
public class PartnerMessagesResource {

    @EJB
    private PartnerMessagingService messages;

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
}
