package org.returneeregistry.organisation.keycloak;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The part of Keycloak's admin REST API the registry uses, relative to one realm ({@code
 * {url}/admin/realms/{realm}}), as a MicroProfile Rest Client interface. An answer other than a
 * success arrives as a {@link jakarta.ws.rs.WebApplicationException} carrying its status, an
 * unreachable server as a {@link jakarta.ws.rs.ProcessingException}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface KeycloakAdmin {

    @GET
    @Path("clients")
    JsonArray clients(@QueryParam("clientId") String clientId);

    /** Answers 201 (the new client is then found by its client id), 409 when the client id is taken. */
    @POST
    @Path("clients")
    void createClient(JsonObject client);

    @PUT
    @Path("clients/{id}")
    void updateClient(@PathParam("id") String internalId, JsonObject client);

    @DELETE
    @Path("clients/{id}")
    void deleteClient(@PathParam("id") String internalId);

    @GET
    @Path("clients/{id}/service-account-user")
    JsonObject serviceAccount(@PathParam("id") String internalId);

    @GET
    @Path("clients/{id}/client-secret")
    JsonObject clientSecret(@PathParam("id") String internalId);

    @GET
    @Path("users")
    JsonArray users(
            @QueryParam("q") String query,
            @QueryParam("briefRepresentation") boolean brief,
            @QueryParam("first") int first,
            @QueryParam("max") int max);

    @GET
    @Path("users/{id}")
    JsonObject user(@PathParam("id") String userId);

    @PUT
    @Path("users/{id}")
    void updateUser(@PathParam("id") String userId, JsonObject user);

    @POST
    @Path("users/{id}/role-mappings/realm")
    void grantRealmRoles(@PathParam("id") String userId, JsonArray roles);

    @GET
    @Path("roles/{name}")
    JsonObject role(@PathParam("name") String name);
}
