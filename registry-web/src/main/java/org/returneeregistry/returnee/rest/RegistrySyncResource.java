package org.returneeregistry.returnee.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.returnee.application.RegistrySearchAnswer;
import org.returneeregistry.returnee.application.RegistrySearchService;

/**
 * The Digital Convergence Initiative's registry sync API (SPDCI registry API 1.0.0) for social protection
 * systems: {@code POST /registry/sync/search} and {@code POST /registry/sync/txn/status}, the DCI envelope in
 * and out (docs/dci.md). Thin: reads the envelope, calls {@link RegistrySearchService}, writes the answer.
 */
@Singleton
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "DCI registry search", description = "Social protection systems look returnees up (SPDCI 1.0.0 sync)")
public class RegistrySyncResource {

    @EJB
    private RegistrySearchService searches;

    private final Clock clock = Clock.systemUTC();

    @Inject
    @ConfigProperty(name = "registry.dci.sender-id", defaultValue = "returnee-registry")
    private String registryId;

    @POST
    @Path("search")
    @Operation(
            operationId = "dciSyncSearch",
            summary = "DCI sync search: find returnees by identifier or by surname and birth date",
            description = "Every person found is decided and logged by the consent decision point; a person"
                    + " the caller may not read is answered as nobody (succ, no record).")
    @APIResponse(
            responseCode = "200",
            description = "on-search: header.status succ; each search_response succ (records) or rjct (reason code)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DciTransfer.SearchResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "The envelope is malformed: header.status rjct with its reason code")
    @APIResponse(responseCode = "409", description = "The message id was used before (rjct.message_id.duplicate)")
    public Response search(String body) {
        DciEnvelope envelope;
        try {
            envelope = DciEnvelope.read(body, "search");
            RegistrySearchAnswer answer = searches.search(envelope.search());
            String now = now();
            DciTransfer.SearchMessage message = RegistrySearchAnswer.REJECTED.equals(answer.status())
                    ? null
                    : DciTransfer.SearchMessage.of(answer, now);
            return Response.status(RegistrySearchAnswer.REJECTED.equals(answer.status()) ? 409 : 200)
                    .entity(new DciTransfer.SearchResponse(
                            null,
                            header(
                                    "on-search",
                                    answer,
                                    envelope.header.senderId(),
                                    answer.items().size(),
                                    now),
                            message))
                    .build();
        } catch (DciEnvelope.Refused refused) {
            return Response.status(400)
                    .entity(new DciTransfer.SearchResponse(null, refusal("on-search", refused, body), null))
                    .build();
        }
    }

    @POST
    @Path("txn/status")
    @Operation(
            operationId = "dciSyncTxnStatus",
            summary = "DCI sync transaction status of the caller's own searches (statuses and counts, no records)")
    @APIResponse(
            responseCode = "200",
            description = "on-txn-status: the searches' statuses",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DciTransfer.TxnStatusResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "The envelope is malformed: header.status rjct with its reason code")
    @APIResponse(
            responseCode = "404",
            description =
                    "The caller's organisation made no search with this transaction id (rjct.transaction_id.invalid)")
    public Response status(String body) {
        try {
            DciEnvelope envelope = DciEnvelope.read(body, "txn-status");
            DciEnvelope.StatusQuestion question = envelope.status();
            RegistrySearchAnswer answer = searches.status(question.askedTransaction(), question.referenceIds());
            String now = now();
            boolean rejected = RegistrySearchAnswer.REJECTED.equals(answer.status());
            return Response.status(rejected ? 404 : 200)
                    .entity(new DciTransfer.TxnStatusResponse(
                            null,
                            header(
                                    "on-txn-status",
                                    answer,
                                    envelope.header.senderId(),
                                    answer.items().size(),
                                    now),
                            new DciTransfer.TxnStatusMessage(
                                    question.transactionId(),
                                    UUID.randomUUID().toString(),
                                    rejected
                                            ? null
                                            : new DciTransfer.TxnStatus(
                                                    "search", DciTransfer.SearchMessage.of(answer, now)))))
                    .build();
        } catch (DciEnvelope.Refused refused) {
            return Response.status(400)
                    .entity(new DciTransfer.TxnStatusResponse(null, refusal("on-txn-status", refused, body), null))
                    .build();
        }
    }

    private DciTransfer.Header header(
            String action, RegistrySearchAnswer answer, String receiver, int count, String now) {
        return new DciTransfer.Header(
                DciTransfer.VERSION,
                UUID.randomUUID().toString(),
                now,
                action,
                answer.status(),
                answer.reasonCode(),
                answer.reasonMessage(),
                count,
                count,
                registryId,
                receiver,
                false);
    }

    private DciTransfer.Header refusal(String action, DciEnvelope.Refused refused, String body) {
        return new DciTransfer.Header(
                DciTransfer.VERSION,
                UUID.randomUUID().toString(),
                now(),
                action,
                RegistrySearchAnswer.REJECTED,
                refused.code,
                refused.getMessage(),
                0,
                0,
                registryId,
                DciEnvelope.senderOf(body),
                false);
    }

    private String now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC)
                .toString();
    }
}
