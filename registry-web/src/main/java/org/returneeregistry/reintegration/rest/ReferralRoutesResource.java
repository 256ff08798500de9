package org.returneeregistry.reintegration.rest;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.reintegration.application.ReferralRoutingService;
import org.returneeregistry.reintegration.application.SetRoute;
import org.returneeregistry.shared.rest.Wire;

/** Which organisation receives the referrals to each service when a registrar names none. */
@Singleton
@Path("referral-routes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Referrals of returnees to ministries and service providers")
public class ReferralRoutesResource {

    @EJB
    private ReferralRoutingService routing;

    @GET
    @Operation(operationId = "listReferralRoutes", summary = "List the routes of the services that have one")
    @APIResponse(
            responseCode = "200",
            description = "The routes, by service",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Route.class)))
    public List<Route> routes() {
        return Wire.list(routing.routes(), Route::from);
    }

    @PUT
    @Path("{service}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setReferralRoute",
            summary = "Route a service's referrals to an organisation",
            description =
                    "The recipient must be a registered, active organisation. Applies to referrals made afterwards.")
    @APIResponse(
            responseCode = "200",
            description = "The route",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Route.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown service, or invalid or unknown recipient (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "409", description = "The recipient is suspended (ReferralRecipientUnavailable)")
    public Route setRoute(@PathParam("service") String service, RouteTo body) {
        return Route.from(routing.setRoute(new SetRoute(service, required(body).recipient())));
    }
}
