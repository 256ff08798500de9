package org.returneeregistry.consent.rest;

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
import org.returneeregistry.consent.application.DecisionLog;
import org.returneeregistry.consent.application.DecisionQuery;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.ChainVerification;
import org.returneeregistry.shared.rest.LogBundle;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;

/** The decision log, for auditors: search every access decision, and verify the hash chain. */
@Singleton
@Path("decision-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decision log", description = "Every consent decision, hash-chained")
public class DecisionLogResource {

    @EJB
    private DecisionLog log;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "findDecisions", summary = "Search the consent decision log, newest first (paged)")
    @APIResponse(
            responseCode = "200",
            description = "One page of decisions, newest first (Link and X-Total-Count headers)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Decision.class)))
    public Response find(
            @QueryParam("returnee") String returnee,
            @QueryParam("organisation") String organisation,
            @QueryParam("purpose") String purpose,
            @QueryParam("outcome") String outcome,
            @QueryParam("reason") String reason,
            @QueryParam("channel") String channel,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("agreement") String agreement,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        DecisionQuery query = new DecisionQuery(
                returnee,
                organisation,
                purpose,
                outcome,
                reason,
                channel,
                QueryParameters.instant("from", from, unreadable),
                QueryParameters.instant("to", to, unreadable),
                agreement,
                sort,
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable));
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(log.find(query), Decision::from, uri).build();
    }

    /** Recomputes the chain over sequence numbers from..to (the whole log by default). */
    @GET
    @Path("verification")
    @Operation(operationId = "verifyDecisionLog", summary = "Verify the decision log's hash chain over a range")
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
        return verification(
                log.verify(first == null ? null : first.longValue(), last == null ? null : last.longValue()));
    }

    private static ChainVerification verification(org.returneeregistry.consent.application.ChainVerification v) {
        return new ChainVerification(
                v.intact(),
                v.fromSequence(),
                v.entriesChecked(),
                v.lastSequence(),
                v.lastHash(),
                v.firstBrokenSequence(),
                v.problemKind(),
                v.problem(),
                v.checkpointsChecked(),
                v.lastCheckpointSequence(),
                v.entriesNotYetLinked());
    }

    /**
     * A verifiable bundle for a period ({@code from}, {@code to}) or one returnee ({@code returnee}, optionally
     * within a period), to be verified offline (docs/verifying-logs.md).
     */
    @GET
    @Path("bundle")
    @Operation(
            operationId = "exportDecisionLogBundle",
            summary = "Export a verifiable bundle of the log, for offline verification")
    @APIResponse(
            responseCode = "200",
            description = "The bundle: entries, signed checkpoints, the registry's public keys",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LogBundle.class)))
    public Response bundle(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("returnee") String returnee) {
        return LogBundle.download(from, to, (first, last) -> log.bundle(first, last, returnee));
    }
}
