package org.returneeregistry.organisation.keycloak;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The realm's token endpoint ({@code {url}/realms/{realm}}), as a MicroProfile Rest Client interface. */
public interface KeycloakTokens {

    /** The client-credentials grant: answers {@code access_token} and {@code expires_in} (seconds). */
    @POST
    @Path("protocol/openid-connect/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject clientCredentials(
            @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret);
}
