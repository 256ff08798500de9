package org.returneeregistry.exchange.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.exchange.application.OutboxMonitor;
import org.returneeregistry.exchange.application.OutboxQuery;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;

/** The outbox for operators and auditors: every message to another organisation and how its delivery went. */
@Singleton
@Path("outbox-messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outbox", description = "Messages to other organisations and their delivery state")
public class OutboxMessagesResource {

    @EJB
    private OutboxMonitor monitor;

    @Context
    private UriInfo uri;

    @GET
    @Operation(
            operationId = "findOutboxMessages",
            summary = "List outbox messages, newest first, without their payloads",
            description = "Optionally of one recipient, status (PENDING, IN_FLIGHT, AWAITING_ENDPOINT, DELIVERED,"
                    + " DEAD_LETTER, CANCELLED, DISCARDED) and kind; paged with page and pageSize and Link headers.")
    @APIResponse(
            responseCode = "200",
            description = "One page of messages",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = OutboxMessage.class)))
    @APIResponse(responseCode = "400", description = "Unknown status, or a page out of range (ValidationFailed)")
    public Response find(
            @QueryParam("recipient") String recipient,
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        OutboxQuery query = new OutboxQuery(
                recipient,
                status,
                kind,
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable));
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(monitor.find(query), OutboxMessage::from, uri).build();
    }

    @POST
    @Path("{id}/requeue")
    @Operation(
            operationId = "requeueOutboxMessage",
            summary = "Send a dead letter again (registry-admin)",
            description = "The message is due at once; its attempts and age are counted afresh.")
    @APIResponse(
            responseCode = "200",
            description = "The message, PENDING again",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OutboxMessage.class)))
    @APIResponse(responseCode = "404", description = "No such message (NotFound)")
    @APIResponse(responseCode = "409", description = "The message is not a dead letter (OutboxMessageStatusConflict)")
    public OutboxMessage requeue(@PathParam("id") String id) {
        return OutboxMessage.from(monitor.requeue(id));
    }

    @POST
    @Path("{id}/discard")
    @Operation(
            operationId = "discardOutboxMessage",
            summary = "Do not send a dead letter (registry-admin)",
            description = "The message stays listed as DISCARDED and is never sent. An optional JSON body"
                    + " {\"reason\": \"...\"} (1 to 500 characters of plain text) keeps why with the message"
                    + " (discardReason).")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DiscardOutboxMessage.class)))
    @APIResponse(responseCode = "400", description = "A malformed body or reason (ValidationFailed)")
    @APIResponse(
            responseCode = "200",
            description = "The message, DISCARDED",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OutboxMessage.class)))
    @APIResponse(responseCode = "404", description = "No such message (NotFound)")
    @APIResponse(responseCode = "409", description = "The message is not a dead letter (OutboxMessageStatusConflict)")
    public OutboxMessage discard(@PathParam("id") String id, String body) {
        return OutboxMessage.from(monitor.discard(id, DiscardOutboxMessage.reasonOf(body)));
    }
}
