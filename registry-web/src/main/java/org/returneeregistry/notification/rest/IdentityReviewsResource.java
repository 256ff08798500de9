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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.notification.application.IdentityReviewService;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.QueryParameters;
import org.returneeregistry.shared.rest.Wire;

/**
 * Registrars' queue of return notifications held because an identifier is not confirmed by name and date
 * of birth: list them, then merge one into the returnee holding the identifier or split it off as a new
 * person. Each answers the notification's acknowledgement as the mission now sees it.
 */
@Singleton
@Path("identity-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Identity reviews",
        description = "Notifications held because their identifiers belong to different returnees")
public class IdentityReviewsResource {

    private static final int DEFAULT_PAGE_SIZE = 50;

    @EJB
    private IdentityReviewService reviews;

    @GET
    @Operation(operationId = "listIdentityReviews", summary = "List notifications held for identity review (paged)")
    @APIResponse(
            responseCode = "200",
            description = "The held notifications, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = IdentityReview.class)))
    public List<IdentityReview> held(@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        Integer p = QueryParameters.integer("page", page, unreadable);
        Integer size = QueryParameters.integer("pageSize", pageSize, unreadable);
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return Wire.list(
                reviews.held(Objects.requireNonNullElse(p, 1), Objects.requireNonNullElse(size, DEFAULT_PAGE_SIZE)),
                IdentityReview::from);
    }

    @POST
    @Path("{missionCode}/{notificationId}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeIdentityReview", summary = "Resolve a review: the person is the named returnee")
    @APIResponse(
            responseCode = "200",
            description = "The notification's acknowledgement as the mission now sees it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Acknowledgement.class)))
    @APIResponse(responseCode = "404", description = "No notification of this key is held (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "The notification is no longer held for review (ReviewAlreadyResolved)")
    public Acknowledgement merge(
            @PathParam("missionCode") String missionCode,
            @PathParam("notificationId") String notificationId,
            ResolveReview decision) {
        return Acknowledgement.from(
                reviews.merge(missionCode, notificationId, required(decision).toCommand()));
    }

    @POST
    @Path("{missionCode}/{notificationId}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "splitIdentityReview", summary = "Resolve a review: the person is a new returnee")
    @APIResponse(
            responseCode = "200",
            description = "The notification's acknowledgement as the mission now sees it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Acknowledgement.class)))
    @APIResponse(responseCode = "404", description = "No notification of this key is held (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "The notification is no longer held for review (ReviewAlreadyResolved)")
    public Acknowledgement split(
            @PathParam("missionCode") String missionCode,
            @PathParam("notificationId") String notificationId,
            ResolveReview decision) {
        return Acknowledgement.from(
                reviews.split(missionCode, notificationId, required(decision).toCommand()));
    }
}
