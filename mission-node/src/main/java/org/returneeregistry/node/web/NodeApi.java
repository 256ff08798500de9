package org.returneeregistry.node.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import org.returneeregistry.node.capture.Captured;
import org.returneeregistry.node.capture.CapturedNotifications;
import org.returneeregistry.node.capture.CodeLists;
import org.returneeregistry.node.capture.Draft;
import org.returneeregistry.node.officer.Officers;
import org.returneeregistry.node.sync.SyncReport;
import org.returneeregistry.node.sync.Synchroniser;

/**
 * The node's small JSON API, for the officers' own tools and the tests: the same capture, list and sync as the
 * pages, behind the same login. Posts take {@code application/json} only, which a foreign page cannot send
 * without the node's consent (no CORS), so the session cookie alone cannot be abused across sites.
 */
@RequestScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class NodeApi {

    /** The API's root: {@code /api}. */
    @ApplicationPath("api")
    public static class NodeApplication extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(NodeApi.class, MalformedJson.class);
        }
    }

    @Inject
    CapturedNotifications notifications;

    @Inject
    Synchroniser synchroniser;

    @Inject
    CodeLists codeLists;

    @Inject
    Officers officers;

    @Context
    SecurityContext security;

    @GET
    @Path("notifications")
    public JsonObject list(@QueryParam("status") String status) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        int waiting = 0;
        int acknowledged = 0;
        int conflicts = 0;
        for (Captured c : notifications.all()) {
            switch (c.status()) {
                case CapturedNotifications.WAITING -> waiting++;
                case CapturedNotifications.ACKNOWLEDGED, CapturedNotifications.HELD -> acknowledged++;
                default -> conflicts++;
            }
            if (status == null || status.equals(c.status())) {
                items.add(json(c));
            }
        }
        return Json.createObjectBuilder()
                .add("missionCode", notifications.missionCode())
                .add("waiting", waiting)
                .add("sent", acknowledged)
                .add("inConflict", conflicts)
                .add("items", items)
                .build();
    }

    @POST
    @Path("notifications")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response capture(JsonObject body) {
        if (body == null) {
            return Response.status(400)
                    .entity(Json.createObjectBuilder()
                            .add("error", "a JSON object is required")
                            .build())
                    .build();
        }
        String corrects = body.getString("corrects", null);
        CapturedNotifications.Saved saved = notifications.capture(
                Draft.of(body), security.getUserPrincipal().getName(), corrects);
        if (!saved.ok()) {
            JsonObjectBuilder fields = Json.createObjectBuilder();
            saved.errors().forEach(fields::add);
            return Response.status(400)
                    .entity(Json.createObjectBuilder()
                            .add("fieldErrors", fields)
                            .build())
                    .build();
        }
        return Response.status(201)
                .entity(json(notifications.find(saved.notificationId()).orElseThrow()))
                .build();
    }

    @POST
    @Path("sync")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject sync(JsonObject ignored) {
        SyncReport r = synchroniser.sync();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("ran", r.ran())
                .add("sent", r.sent())
                .add("acknowledged", r.acknowledged())
                .add("held", r.held())
                .add("conflicts", r.conflicts())
                .add("refused", r.refused())
                .add("consentsRecorded", r.consentsRecorded())
                .add("millis", r.millis());
        if (r.linkProblem() != null) {
            b.add("linkProblem", r.linkProblem());
        }
        return b.build();
    }

    /** An officer adds another officer of the mission ({@code username}, {@code password}). */
    @POST
    @Path("officers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addOfficer(JsonObject body) {
        String username = body == null ? null : body.getString("username", null);
        String password = body == null ? null : body.getString("password", null);
        try {
            if (!officers.create(
                    username,
                    password == null ? null : password.toCharArray(),
                    security.getUserPrincipal().getName())) {
                return Response.status(409)
                        .entity(Json.createObjectBuilder()
                                .add("error", "an officer of that name exists")
                                .build())
                        .build();
            }
        } catch (IllegalArgumentException e) {
            return Response.status(400)
                    .entity(Json.createObjectBuilder()
                            .add("error", e.getMessage())
                            .build())
                    .build();
        }
        return Response.status(201)
                .entity(Json.createObjectBuilder().add("username", username).build())
                .build();
    }

    @GET
    @Path("code-lists")
    public JsonObject codeLists() {
        JsonObjectBuilder b = Json.createObjectBuilder();
        codeLists.versions().forEach(b::add);
        return b.build();
    }

    private static JsonObject json(Captured c) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("notificationId", c.notificationId())
                .add("capturedAt", c.capturedAt().toString())
                .add("capturedBy", c.capturedBy())
                .add("status", c.status())
                .add("attempts", c.attempts())
                .add("consentForm", c.hasConsentForm())
                .add("purged", c.purged());
        add(b, "displayName", c.displayName());
        add(b, "registryStatus", c.registryStatus());
        add(b, "registryNumber", c.registryNumber());
        add(b, "match", c.match());
        add(b, "problemCode", c.problemCode());
        add(b, "corrects", c.corrects());
        add(b, "correctedBy", c.correctedBy());
        add(b, "consentStatus", c.consentStatus());
        add(b, "consentId", c.consentId());
        return b.build();
    }

    private static void add(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
