package org.returneeregistry.notification.rest;

import static org.returneeregistry.shared.rest.RequestBody.required;

import jakarta.ejb.EJB;
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
import org.returneeregistry.notification.application.Acknowledgement;
import org.returneeregistry.notification.application.IntakeResult;
import org.returneeregistry.notification.application.ReturnNotificationService;
import org.returneeregistry.notification.application.SubmitReturnNotification;
import org.returneeregistry.notification.soap.NotificationXmlMapper;
import org.returneeregistry.schemas.notification.v1.ReturnNotification;

/**
 * Return notifications from missions, in JSON or in the contract's XML. 201 on first receipt,
 * 200 on an exact replay, 409 when the mission reuses a notification id for other content.
 */
@Path("return-notifications")
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
    public Response submit(SubmitReturnNotification command) {
        return answer(notifications.submit(required(command)));
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    public Response submitXml(ReturnNotification notification) {
        return answer(notifications.submit(NotificationXmlMapper.toCommand(required(notification))));
    }

    @GET
    @Path("{missionCode}/{notificationId}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    public Response status(@PathParam("missionCode") String missionCode,
                           @PathParam("notificationId") String notificationId) {
        return Response.ok(body(notifications.status(missionCode, notificationId))).build();
    }

    private Response answer(IntakeResult result) {
        Acknowledgement ack = result.acknowledgement();
        if (!result.firstReceipt()) {
            return Response.ok(body(ack)).build();
        }
        return Response.created(uri.getBaseUriBuilder().path(ReturnNotificationsResource.class)
                .path(ack.missionCode()).path(ack.notificationId()).build()).entity(body(ack)).build();
    }

    /** JSON callers get the acknowledgement record; XML callers the contract's acknowledgement element. */
    private Object body(Acknowledgement ack) {
        boolean xml = headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> m.isCompatible(MediaType.APPLICATION_XML_TYPE) && !m.isWildcardType())
                || (headers.getAcceptableMediaTypes().stream().allMatch(MediaType::isWildcardType)
                && MediaType.APPLICATION_XML_TYPE.isCompatible(headers.getMediaType()));
        return xml ? NotificationXmlMapper.toXmlElement(ack) : ack;
    }

}
