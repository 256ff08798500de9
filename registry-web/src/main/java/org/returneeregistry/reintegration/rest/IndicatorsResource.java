package org.returneeregistry.reintegration.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.reintegration.application.IndicatorService;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;

/** The M&E indicators: the catalogue, and each indicator's table as JSON, CSV or SDMX-CSV (docs/indicators.md). */
@Singleton
@Path("indicators")
@Tag(name = "Indicators", description = "M&E indicators computed from the records, small cells withheld")
public class IndicatorsResource {

    static final String CSV = "text/csv";

    @EJB
    private IndicatorService indicators;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listIndicators", summary = "List the indicators with their definitions")
    @APIResponse(
            responseCode = "200",
            description = "The indicators",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorDefinition.class)))
    public List<IndicatorDefinition> list() {
        return indicators.catalogue().stream().map(IndicatorDefinition::from).toList();
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, CSV, IndicatorCsv.SDMX_CSV})
    @Operation(
            operationId = "getIndicator",
            summary = "An indicator's table, disaggregated by up to two dimensions, small cells withheld")
    @APIResponse(
            responseCode = "200",
            description = "The table (JSON; CSV; SDMX-CSV 1.0 with format=sdmx-csv or its media type)",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = IndicatorTable.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = IndicatorCsv.SDMX_CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(
            responseCode = "400",
            description =
                    "More than two dimensions, two periods, a repeated dimension, a date that cannot be read, an"
                            + " unknown purpose or format (ValidationFailed); a ministry declaring no purpose (PurposeRequired)")
    @APIResponse(
            responseCode = "403",
            description = "Not permitted: role, or a ministry's purpose other than STATISTICS")
    @APIResponse(responseCode = "404", description = "No such indicator (UnknownIndicator)")
    @APIResponse(
            responseCode = "422",
            description = "A dimension the registry does not know or the indicator does not offer (UnknownDimension)")
    public Response get(
            @PathParam("id") String id,
            @Parameter(
                            description =
                                    "Dimensions, comma-separated: sex, ageBand, district, destination, modality, year,"
                                            + " quarter, month (service, outcome for REFERRALS); at most two")
                    @QueryParam("by")
                    String by,
            @Parameter(description = "First return date counted (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "Last return date counted (YYYY-MM-DD)") @QueryParam("to") String to,
            @Parameter(description = "The purpose of the read; a ministry must declare STATISTICS")
                    @QueryParam("purpose")
                    String purpose,
            @Parameter(description = "json, csv or sdmx-csv; overrides the Accept header") @QueryParam("format")
                    String format,
            @Context HttpHeaders headers) {
        String media = media(format, headers);
        List<String> dimensions = by == null || by.isBlank()
                ? List.of()
                : Arrays.stream(by.split(",")).map(String::trim).toList();
        IndicatorTable table = IndicatorTable.from(indicators.table(id, dimensions, from, to, purpose));
        return switch (media) {
            case CSV ->
                Response.ok(IndicatorCsv.csv(table), "text/csv; charset=UTF-8").build();
            case IndicatorCsv.SDMX_CSV ->
                Response.ok(IndicatorCsv.sdmx(table), IndicatorCsv.SDMX_CSV + "; charset=UTF-8")
                        .build();
            default -> Response.ok(table, MediaType.APPLICATION_JSON).build();
        };
    }

    private static String media(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format) {
                case "json" -> MediaType.APPLICATION_JSON;
                case "csv" -> CSV;
                case "sdmx-csv" -> IndicatorCsv.SDMX_CSV;
                default ->
                    throw new RegistryException(
                            ErrorCode.VALIDATION_FAILED,
                            "The format is not known.",
                            List.of(new Violation("format", "Code", "one of json, csv, sdmx-csv")));
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.valueOf(CSV)) && !accepted.isWildcardType()) {
                return CSV;
            }
            if ("vnd.sdmx.data+csv".equals(accepted.getSubtype())) {
                return IndicatorCsv.SDMX_CSV;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON;
            }
        }
        return MediaType.APPLICATION_JSON;
    }
}
