package org.returneeregistry.audit.rest;

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
import org.returneeregistry.audit.application.AuditQuery;
import org.returneeregistry.audit.application.AuditTrail;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.ChainVerification;
import org.returneeregistry.shared.rest.LogBundle;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;

/**
 * The audit entries of business calls, for auditors: who called what, on which record, by which interface,
 * with what outcome; and the verification of their hash chain.
 */
@Singleton
@Path("audit-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The audit trail of every call and its hash chain")
public class AuditEntriesResource {

    @EJB
    private AuditTrail trail;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "findAuditEntries", summary = "Search the audit trail, newest first (paged)")
    @APIResponse(
            responseCode = "200",
            description = "One page of audit entries, newest first (Link and X-Total-Count headers)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class)))
    public Response find(
            @QueryParam("organisation") String organisation,
            @QueryParam("subject") String subject,
            @QueryParam("operation") String operation,
            @QueryParam("outcome") String outcome,
            @QueryParam("record") String record,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        AuditQuery query = new AuditQuery(
                organisation,
                subject,
                operation,
                outcome,
                record,
                QueryParameters.instant("from", from, unreadable),
                QueryParameters.instant("to", to, unreadable),
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable));
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(trail.find(query), AuditEntry::from, uri).build();
    }

    /** Recomputes the audit chain over sequence numbers from..to (the whole chain by default) and holds it against the signed checkpoints. */
    @GET
    @Path("verification")
    @Operation(operationId = "verifyAuditTrail", summary = "Verify the audit trail's hash chain over a range")
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
                trail.verify(first == null ? null : first.longValue(), last == null ? null : last.longValue()));
    }

    /**
     * A verifiable bundle for a period ({@code from}, {@code to}) or one returnee ({@code returnee}, optionally
     * within a period), to be verified offline (docs/verifying-logs.md).
     */
    @GET
    @Path("bundle")
    @Operation(
            operationId = "exportAuditTrailBundle",
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
        return LogBundle.download(from, to, (first, last) -> trail.bundle(first, last, returnee));
    }
}
