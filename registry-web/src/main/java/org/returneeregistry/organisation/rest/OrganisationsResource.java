package org.returneeregistry.organisation.rest;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.organisation.application.OrganisationQuery;
import org.returneeregistry.organisation.application.OrganisationService;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;

/**
 * Organisations: register a mission, ministry or partner institution (its system client is created in
 * the identity provider), list and read them, and suspend or reinstate them with a reason.
 */
@Singleton
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Missions, ministries, partner institutions and their system clients")
public class OrganisationsResource {

    /** The body of a suspension or reinstatement. */
    public record ReasonRequest(String reason) {}

    @EJB
    private OrganisationService organisations;

    @Context
    private UriInfo uri;

    @POST
    @Operation(
            operationId = "registerOrganisation",
            summary = "Register an organisation and provision its system client",
            description = "The answer carries the client's credentials (clientId, clientSecret, tokenEndpoint)"
                    + " once; the registry does not keep the secret.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location names the organisation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Organisation.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input; every violation is listed (ValidationFailed, MalformedRequest)")
    @APIResponse(
            responseCode = "409",
            description = "The code (or the client in the identity provider) is taken (OrganisationAlreadyRegistered)")
    @APIResponse(
            responseCode = "503",
            description = "The identity provider failed; nothing was registered (IdentityProviderUnavailable)")
    public Response register(RegisterOrganisation command) {
        Organisation view =
                Organisation.from(organisations.register(required(command).toCommand()));
        return Response.created(uri.getAbsolutePathBuilder().path(view.code()).build())
                .entity(view)
                .build();
    }

    @GET
    @Operation(
            operationId = "listOrganisations",
            summary = "List organisations, optionally of one type and status",
            description = "Paged with page and pageSize; Link headers name the first, previous, next and last pages.")
    @APIResponse(
            responseCode = "200",
            description = "One page of organisations",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = OrganisationSummary.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown type or status, or a page out of range (ValidationFailed)")
    public Response list(
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize,
            @QueryParam("type") String type,
            @QueryParam("status") String status) {
        List<Violation> unreadable = new ArrayList<>();
        OrganisationQuery query = new OrganisationQuery(
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable),
                type,
                status);
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(organisations.list(query), OrganisationSummary::from, uri)
                .build();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getOrganisation", summary = "Read an organisation with its history")
    @APIResponse(
            responseCode = "200",
            description = "The organisation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Organisation.class)))
    @APIResponse(responseCode = "404", description = "No organisation has this code (NotFound)")
    public Organisation get(@PathParam("code") String code) {
        return Organisation.from(organisations.get(code));
    }

    @POST
    @Path("{code}/suspension")
    @Operation(
            operationId = "suspendOrganisation",
            summary = "Suspend an organisation",
            description = "Disables its system client and its users in the identity provider.")
    @APIResponse(
            responseCode = "200",
            description = "Suspended",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Organisation.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already suspended, or the registry's operator organisation (OrganisationStatusConflict)")
    @APIResponse(
            responseCode = "503",
            description = "The identity provider failed; nothing was changed (IdentityProviderUnavailable)")
    public Organisation suspend(@PathParam("code") String code, ReasonRequest request) {
        return Organisation.from(organisations.suspend(code, required(request).reason()));
    }

    @POST
    @Path("{code}/reinstatement")
    @Operation(
            operationId = "reinstateOrganisation",
            summary = "Reinstate a suspended organisation",
            description = "Enables its system client and its users in the identity provider again.")
    @APIResponse(
            responseCode = "200",
            description = "Reinstated",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Organisation.class)))
    @APIResponse(responseCode = "409", description = "The organisation is not suspended (OrganisationStatusConflict)")
    @APIResponse(
            responseCode = "503",
            description = "The identity provider failed; nothing was changed (IdentityProviderUnavailable)")
    public Organisation reinstate(@PathParam("code") String code, ReasonRequest request) {
        return Organisation.from(organisations.reinstate(code, required(request).reason()));
    }
}
