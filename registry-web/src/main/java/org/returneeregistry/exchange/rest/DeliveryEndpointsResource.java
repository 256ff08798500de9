package org.returneeregistry.exchange.rest;

import static org.returneeregistry.shared.rest.RequestBody.required;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.exchange.application.DeliveryEndpointService;

/** Where each organisation takes the registry's messages: a JSON push URL and an HL7 MLLP host and port. */
@Singleton
@Path("delivery-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery endpoints", description = "Where organisations receive pushed messages and HL7")
public class DeliveryEndpointsResource {

    @EJB
    private DeliveryEndpointService endpoints;

    @PUT
    @Path("{organisationCode}")
    @Operation(
            operationId = "setDeliveryEndpoint",
            summary = "Set an organisation's delivery endpoints",
            description = "Replaces them: pushUrl (http/https), mllpHost and mllpPort; what is left out is removed."
                    + " Messages that waited for an endpoint go at once.")
    @APIResponse(
            responseCode = "200",
            description = "The endpoints now in force",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryEndpoint.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input; every violation is listed (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "The registry knows no organisation with this code (NotFound)")
    public DeliveryEndpoint set(@PathParam("organisationCode") String organisationCode, SetDeliveryEndpoint command) {
        return DeliveryEndpoint.from(
                endpoints.set(organisationCode, required(command).toCommand()));
    }

    @GET
    @Path("{organisationCode}")
    @Operation(operationId = "getDeliveryEndpoint", summary = "Read an organisation's delivery endpoints")
    @APIResponse(
            responseCode = "200",
            description = "The endpoints; null fields when none is configured",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryEndpoint.class)))
    @APIResponse(responseCode = "404", description = "The registry knows no organisation with this code (NotFound)")
    public DeliveryEndpoint get(@PathParam("organisationCode") String organisationCode) {
        return DeliveryEndpoint.from(endpoints.get(organisationCode));
    }
}
