package org.returneeregistry.exchange.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.exchange.application.PartnerExchangeService;
import org.returneeregistry.exchange.application.XRoadHeader;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The REST twin of the partner exchange: the SOAP contract's messages as JSON, signed with a detached JWS over the
 * body instead of WS-Security, taken in by the same service with the same checks, refusals and message log.
 */
@Singleton
@Path("partner-exchange/messages")
@Tag(name = "Partner exchange", description = "Signed messages from partner countries' institutions (REST twin)")
public class PartnerExchangeResource {

    static final String SIGNATURE = "X-JWS-Signature";
    private static final Jsonb JSONB = JsonbBuilder.create();

    @EJB
    private PartnerExchangeService exchange;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "receivePartnerMessage",
            summary = "Take in a signed message of a partner institution",
            description = "The REST twin of the SOAP PartnerExchangeService: one message of any type (the envelope's"
                    + " messageType), the same envelope and content as the contract's operation, as JSON. Signed with a"
                    + " detached JWS (RFC 7515 appendix F: header..signature) over the exact body bytes in the"
                    + " X-JWS-Signature header: alg RS256, PS256 or ES256, the signer's certificate in x5c (it must be"
                    + " registered for the senderInstitution under the agreement, valid and not revoked), iat the"
                    + " time this copy was signed (within the allowed clock skew for a new message). A bearer token is"
                    + " optional: without one the signature authenticates the sender (partner-institution otherwise)."
                    + " The same checks, in the same order, refusals, message log entries and receipts as SOAP; a"
                    + " resend of the same bytes is answered with the first receipt (ALREADY_RECEIVED). The X-Road REST"
                    + " headers, when present, are recorded in the message log. See docs/partner-exchange.md.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SignedPartnerMessage.class)))
    @APIResponse(
            responseCode = "200",
            description = "Taken in (or taken in before): the registry's receipt, signed",
            headers =
                    @Header(
                            name = SIGNATURE,
                            description = "The registry's detached JWS over the answer's body (x5c: its certificate)",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PartnerReceipt.class)))
    @APIResponse(
            responseCode = "400",
            description = "MalformedRequest, ValidationFailed (envelope, content, X-Road headers), SignatureMissing,"
                    + " SignatureInvalid, TimestampMissing")
    @APIResponse(
            responseCode = "403",
            description = "NotAuthorized, SenderNotCaller, NoAgreement, AgreementNotInForce, AgreementSuspended,"
                    + " AgreementTerminated, AgreementOutsideValidity, UnknownSender, CertificateNotRegistered,"
                    + " CertificateRevoked, CertificateExpired, CertificateNotYetValid, OutOfScope,"
                    + " UnknownOrganisation, OrganisationSuspended")
    @APIResponse(responseCode = "409", description = "MessageReplayed, RequestNotAwaitingAnswer")
    @APIResponse(
            responseCode = "422",
            description = "TimestampOutOfRange, WrongRecipient, ClaimNotAwaitingAnswer, or what the content's intake"
                    + " refuses")
    public Response receive(
            String body,
            @Parameter(in = ParameterIn.HEADER, description = "Detached JWS over the body") @HeaderParam(SIGNATURE)
                    String signature,
            @Parameter(in = ParameterIn.HEADER) @HeaderParam("X-Road-Client") String client,
            @Parameter(in = ParameterIn.HEADER) @HeaderParam("X-Road-Id") String id,
            @Parameter(in = ParameterIn.HEADER) @HeaderParam("X-Road-UserId") String userId,
            @Parameter(in = ParameterIn.HEADER) @HeaderParam("X-Road-Issue") String issue,
            @Parameter(in = ParameterIn.HEADER) @HeaderParam("X-Road-Represented-Party") String representedParty) {
        XRoadHeader xroad = new XRoadHeader(client, null, id, userId, issue, null, representedParty);
        // the body as sent (JSON is UTF-8): the signature is over these bytes
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        PartnerExchangeService.SignedAnswer answer = exchange.receiveSignedJson(
                () -> read(bytes).toMessage(xroad), bytes, signature, receipt -> JSONB.toJson(
                                PartnerReceipt.from(receipt))
                        .getBytes(StandardCharsets.UTF_8));
        // written as the text of the bytes signed (UTF-8), which is what the registry's signature covers
        return Response.ok(
                        new String(answer.body(), StandardCharsets.UTF_8),
                        MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(SIGNATURE, answer.signature())
                .build();
    }

    private static SignedPartnerMessage read(byte[] body) {
        SignedPartnerMessage message;
        try {
            message = body.length == 0
                    ? null
                    : JSONB.fromJson(new String(body, StandardCharsets.UTF_8), SignedPartnerMessage.class);
        } catch (JsonbException e) {
            throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "The body is not a message: " + e.getMessage());
        }
        if (message == null) {
            throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "The request has no body.");
        }
        return message;
    }
}
