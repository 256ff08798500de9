package org.returneeregistry.exchange.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.returneeregistry.exchange.application.MessageLogQuery;
import org.returneeregistry.exchange.application.MessageLogService;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.ChainVerification;
import org.returneeregistry.shared.rest.LogBundle;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;

/** The message log of the partner exchange, for auditors: every message, accepted or refused, and its hash chain. */
@Singleton
@Path("exchange-messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange messages", description = "The message log of the partner exchange and its hash chain")
public class ExchangeMessagesResource {

    @EJB
    private MessageLogService log;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "findExchangeMessages", summary = "Search the partner exchange's message log (paged)")
    @APIResponse(
            responseCode = "200",
            description = "One page of logged messages (Link and X-Total-Count headers)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ExchangeMessage.class)))
    public Response find(
            @QueryParam("agreementId") String agreementId,
            @QueryParam("sender") String sender,
            @QueryParam("messageId") String messageId,
            @QueryParam("decision") String decision,
            @QueryParam("reason") String reason,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        MessageLogQuery query = new MessageLogQuery(
                agreementId,
                sender,
                messageId,
                decision,
                reason,
                QueryParameters.instant("from", from, unreadable),
                QueryParameters.instant("to", to, unreadable),
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable));
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(log.find(query), ExchangeMessage::from, uri).build();
    }

    /** Recomputes the message log's chain over sequence numbers from..to (all by default) against the checkpoints. */
    @GET
    @Path("verification")
    @Operation(operationId = "verifyExchangeMessages", summary = "Verify the message log's hash chain over a range")
    @APIResponse(
            responseCode = "200",
            description = "The verification of the range",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChainVerification.class)))
    public ChainVerification verify(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<Violation> unreadable = new ArrayList<>();
        Integer first = QueryParameters.integer("from", from, unreadable);
        Integer last = QueryParameters.integer("to", to, unreadable);
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return ChainVerification.from(
                log.verify(first == null ? null : first.longValue(), last == null ? null : last.longValue()));
    }

    /** A verifiable bundle of the log for a period ({@code from}, {@code to}), verified offline (docs/verifying-logs.md). */
    @GET
    @Path("bundle")
    @Operation(
            operationId = "exportExchangeMessageBundle",
            summary = "Export a verifiable bundle of the message log for a period, for offline verification")
    @APIResponse(
            responseCode = "200",
            description = "The bundle: entries, signed checkpoints, the registry's public keys",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LogBundle.class)))
    public Response bundle(@QueryParam("from") String from, @QueryParam("to") String to) {
        return LogBundle.download(from, to, (first, last) -> log.bundle(first, last));
    }
}
