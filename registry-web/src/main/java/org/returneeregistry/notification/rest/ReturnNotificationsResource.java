package org.returneeregistry.notification.rest;

import static org.returneeregistry.shared.rest.RequestBody.required;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.notification.application.IntakeResult;
import org.returneeregistry.notification.application.ReturnNotificationService;
import org.returneeregistry.notification.soap.NotificationXmlMapper;
import org.returneeregistry.schemas.notification.v1.ReturnNotification;

/**
 * Return notifications from missions, in JSON or in the contract's XML. 201 on first receipt,
 * 200 on an exact replay, 409 when the mission reuses a notification id for other content.
 */
@Singleton
@Path("return-notifications")
@Tag(name = "Return notifications", description = "Missions tell the registry that a worker is coming home")
public class ReturnNotificationsResource {

    @EJB
    private ReturnNotificationService notifications;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Operation(
            operationId = "submitReturnNotification",
            summary = "Submit a return notification",
            description = "(missionCode, notificationId) is the idempotency key: an exact replay answers the first"
                    + " acknowledgement (200); the same key with other content is refused (409). The body is JSON, or"
                    + " the contract's XML (return-notification.xsd) with Content-Type application/xml; the answer"
                    + " is in the caller's first acceptable type.")
    @RequestBody(
            required = true,
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubmitReturnNotification")),
                @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(ref = "ReturnNotificationXml"))
            })
    @APIResponse(
            responseCode = "201",
            description = "Received for the first time; Location names its status",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Acknowledgement")))
    @APIResponse(
            responseCode = "200",
            description = "An exact replay; the first acknowledgement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Acknowledgement")))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input (ValidationFailed, MalformedRequest); every violation is listed")
    @APIResponse(
            responseCode = "409",
            description = "The notification id was used for different content (DuplicateNotificationConflict)")
    @APIResponse(responseCode = "413", description = "The body is larger than the registry accepts (RequestTooLarge)")
    @APIResponse(responseCode = "415", description = "Neither JSON nor XML (UnsupportedMediaType)")
    @APIResponse(
            responseCode = "422",
            description = "The identifiers belong to different returnees (AmbiguousIdentity)")
    public Response submit(SubmitReturnNotification command) {
        return answer(notifications.submit(required(command).toCommand()));
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    // the same operation as submit: the document names one operation with both media types
    @Operation(
            operationId = "submitReturnNotification",
            summary = "Submit a return notification",
            description = "(missionCode, notificationId) is the idempotency key: an exact replay answers the first"
                    + " acknowledgement (200); the same key with other content is refused (409). The body is JSON, or"
                    + " the contract's XML (return-notification.xsd) with Content-Type application/xml; the answer"
                    + " is in the caller's first acceptable type.")
    @RequestBody(
            required = true,
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubmitReturnNotification")),
                @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(ref = "ReturnNotificationXml"))
            })
    @APIResponse(
            responseCode = "201",
            description = "Received for the first time; Location names its status",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Acknowledgement")))
    @APIResponse(
            responseCode = "200",
            description = "An exact replay; the first acknowledgement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Acknowledgement")))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input (ValidationFailed, MalformedRequest); every violation is listed")
    @APIResponse(
            responseCode = "409",
            description = "The notification id was used for different content (DuplicateNotificationConflict)")
    @APIResponse(responseCode = "413", description = "The body is larger than the registry accepts (RequestTooLarge)")
    @APIResponse(responseCode = "415", description = "Neither JSON nor XML (UnsupportedMediaType)")
    @APIResponse(
            responseCode = "422",
            description = "The identifiers belong to different returnees (AmbiguousIdentity)")
    public Response submitXml(ReturnNotification notification) {
        return answer(notifications.submit(NotificationXmlMapper.toCommand(required(notification))));
    }

    @GET
    @Path("{missionCode}/{notificationId}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Operation(
            operationId = "getReturnNotificationStatus",
            summary = "Read a notification's acknowledgement as it stands now")
    @APIResponse(
            responseCode = "200",
            description = "The acknowledgement with the notification's status now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Acknowledgement")))
    @APIResponse(responseCode = "404", description = "No notification of the caller's mission has this key (NotFound)")
    public Response status(
            @PathParam("missionCode") String missionCode, @PathParam("notificationId") String notificationId) {
        MediaType type = answerType();
        return Response.ok(body(notifications.status(missionCode, notificationId), type), type)
                .build();
    }

    private Response answer(IntakeResult result) {
        org.returneeregistry.notification.application.Acknowledgement ack = result.acknowledgement();
        MediaType type = answerType();
        if (!result.firstReceipt()) {
            return Response.ok(body(ack, type), type).build();
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path(ReturnNotificationsResource.class)
                        .path(ack.missionCode())
                        .path(ack.notificationId())
                        .build())
                .entity(body(ack, type))
                .type(type)
                .build();
    }

    private static Object body(org.returneeregistry.notification.application.Acknowledgement ack, MediaType type) {
        return MediaType.APPLICATION_JSON_TYPE.equals(type)
                ? Acknowledgement.from(ack)
                : NotificationXmlMapper.toXmlElement(ack);
    }

    /**
     * The caller's first acceptable type of the two (Accept is ordered by preference): JSON callers get the
     * acknowledgement record, XML callers the contract's acknowledgement element. With no preference, the
     * answer is in the type of the request. The type is named on the answer, so the runtime does not choose
     * another.
     */
    private MediaType answerType() {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType()) {
                break;
            }
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            if (acceptable.isCompatible(MediaType.APPLICATION_XML_TYPE)) {
                return MediaType.APPLICATION_XML_TYPE;
            }
            if (acceptable.isCompatible(MediaType.TEXT_XML_TYPE)) {
                return MediaType.TEXT_XML_TYPE;
            }
        }
        MediaType sent = headers.getMediaType();
        return sent != null
                        && (MediaType.APPLICATION_XML_TYPE.isCompatible(sent)
                                || MediaType.TEXT_XML_TYPE.isCompatible(sent))
                ? MediaType.APPLICATION_XML_TYPE
                : MediaType.APPLICATION_JSON_TYPE;
    }
}
