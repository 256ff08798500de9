package org.returneeregistry.notification.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.notification.application.BatchEntry;
import org.returneeregistry.notification.application.BatchReceipt;
import org.returneeregistry.notification.application.NotificationBatchService;
import org.returneeregistry.notification.domain.BatchFormat;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.QueryParameters;

/**
 * Bulk intake: many return notifications in one request, as a JSON array, NDJSON or the CSV template
 * (docs/bulk-intake.md). The batch is answered 202 once it is durable, and processed as a job; its status
 * shows progress and each item's outcome, and its error report lists the refusals for a spreadsheet.
 */
@Singleton
@Path("return-notifications/batches")
@Tag(name = "Return notification batches", description = "Missions submit many return notifications at once")
public class BatchesResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    private static final String JSON_EXAMPLE =
            "[{\"missionCode\":\"NPL-EMB-DOH\",\"notificationId\":\"DOH-2025-000123\","
                    + "\"person\":{\"identifiers\":[{\"type\":\"PASSPORT\",\"number\":\"PA1234567\",\"issuingCountry\":\"NPL\"}],"
                    + "\"name\":{\"givenName\":\"Ram\",\"familyName\":\"Thapa\"},\"dateOfBirth\":\"1990-04-12\",\"sex\":\"1\","
                    + "\"homeDistrict\":\"Kaski\"},\"employment\":{\"destinationCountry\":\"QAT\",\"employer\":\"Gulf Build LLC\","
                    + "\"occupation\":\"71\",\"sector\":\"F\",\"channel\":\"REGULAR\",\"departureDate\":\"2021-03-01\","
                    + "\"endDate\":\"2025-02-28\"},\"returnModality\":\"END_OF_CONTRACT\",\"expectedArrivalDate\":\"2025-03-05\","
                    + "\"portOfEntry\":\"KTM\"}]";
    private static final String CSV_EXAMPLE = "missionCode,notificationId,givenName,familyName,dateOfBirth,sex,"
            + "homeDistrict,passportNumber,passportCountry,destinationCountry,employer,occupation,sector,channel,"
            + "departureDate,endDate,returnModality,expectedArrivalDate,portOfEntry,urgentNeeds\n"
            + "NPL-EMB-DOH,DOH-2025-000123,Ram,Thapa,1990-04-12,1,Kaski,PA1234567,NPL,QAT,Gulf Build LLC,71,F,REGULAR,"
            + "2021-03-01,2025-02-28,END_OF_CONTRACT,2025-03-05,KTM,MEDICAL;SHELTER\n";

    @EJB
    private NotificationBatchService batches;

    @Inject
    @ConfigProperty(name = "registry.batch.max-items", defaultValue = "10000")
    int maxItems;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, NDJSON, CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "submitReturnNotificationBatch",
            summary = "Submit a batch of return notifications",
            description = "A JSON array of notifications (the body of submitReturnNotification), NDJSON (one per"
                    + " line) or the CSV template (docs/bulk-intake.md, docs/bulk-intake-template.csv). Answered 202 once"
                    + " the batch and every item are durable; the items are then taken in one by one with the same"
                    + " rules as a single notification (a replay answers the first acknowledgement, an id reused"
                    + " for other content is refused). Follow the batch at Location.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, ref = "SubmitReturnNotification"),
                        examples = @ExampleObject(name = "one notification", value = JSON_EXAMPLE)),
                @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "the template, one person", value = CSV_EXAMPLE))
            })
    @APIResponse(
            responseCode = "202",
            description = "Durable and processing; Location names its status",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchTransfer.Receipt.class)))
    @APIResponse(
            responseCode = "400",
            description = "Empty, not JSON/NDJSON, not the CSV template (with the line), ValidationFailed or"
                    + " MalformedRequest")
    @APIResponse(
            responseCode = "413",
            description = "More notifications or bytes than a batch may have (RequestTooLarge)")
    @APIResponse(responseCode = "415", description = "Not JSON, NDJSON or CSV")
    public Response submit(String body) {
        MediaType type = headers.getMediaType();
        BatchFormat format = type != null && type.isCompatible(MediaType.valueOf(CSV))
                ? BatchFormat.CSV
                : type != null && type.isCompatible(MediaType.valueOf(NDJSON)) ? BatchFormat.NDJSON : BatchFormat.JSON;
        BatchReceipt receipt = batches.submit(format, () -> read(format, body));
        return Response.accepted(BatchTransfer.Receipt.from(receipt))
                .location(uri.getBaseUriBuilder()
                        .path(BatchesResource.class)
                        .path(receipt.batchId())
                        .build())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private List<BatchEntry> read(BatchFormat format, String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        return switch (format) {
            case CSV -> BatchReader.csv(body, maxItems);
            case NDJSON -> BatchReader.ndjson(body, maxItems);
            default -> BatchReader.jsonArray(body, maxItems);
        };
    }

    @GET
    @Path("{batchId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getReturnNotificationBatch",
            summary = "A batch's progress, counts and a page of its items' outcomes")
    @APIResponse(
            responseCode = "200",
            description = "The batch as it stands; items in row order, pageSize at most 500",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchTransfer.Status.class)))
    @APIResponse(responseCode = "404", description = "No batch of the caller's organisation has this id (NotFound)")
    public Response status(
            @PathParam("batchId") String batchId,
            @QueryParam("page") @DefaultValue("1") String page,
            @QueryParam("pageSize") @DefaultValue("100") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        Integer p = QueryParameters.integer("page", page, unreadable);
        Integer size = QueryParameters.integer("pageSize", pageSize, unreadable);
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return Response.ok(BatchTransfer.Status.from(batches.status(batchId, p, size)), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("{batchId}/errors.csv")
    @Produces(CSV)
    @Operation(
            operationId = "getReturnNotificationBatchErrors",
            summary = "The batch's refusals as CSV for a spreadsheet: row, notificationId, field, code, message")
    @APIResponse(responseCode = "200", description = "One line per violation", content = @Content(mediaType = CSV))
    @APIResponse(responseCode = "404", description = "No batch of the caller's organisation has this id (NotFound)")
    public Response errors(@PathParam("batchId") String batchId) {
        return Response.ok(ErrorReport.csv(batches.refusals(batchId)), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"batch-" + safe(batchId) + "-errors.csv\"")
                .build();
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9-]", "");
    }
}
