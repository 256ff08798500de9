package org.returneeregistry.returnee.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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
import org.returneeregistry.returnee.application.CorrectReturnee;
import org.returneeregistry.returnee.application.ReturneeQuery;
import org.returneeregistry.returnee.application.ReturneeService;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;
import org.returneeregistry.shared.rest.Wire;

/** Returnees: register, read, find, correct with a reason, and read the history of changes. */
@Singleton
@Path("returnees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Returnees",
        description = "The returnee record: register, read, find, correct, history, consent-governed disclosure")
public class ReturneesResource {

    /**
     * The body of a correction; the registry number comes from the path. {@code purpose} is required: the
     * answer is the whole record, decided and logged as a whole-record read.
     */
    public record CorrectionRequest(Long expectedVersion, String reason, PersonCorrection changes, String purpose) {}

    @EJB
    private ReturneeService returnees;

    @Context
    private UriInfo uri;

    @POST
    @Operation(operationId = "registerReturnee", summary = "Register a returnee directly")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location names the returnee, ETag its version",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Returnee.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input; every violation is listed (ValidationFailed, MalformedRequest)")
    @APIResponse(
            responseCode = "409",
            description = "An identifier is already registered to a returnee (IdentifierAlreadyRegistered)")
    public Response register(RegisterReturnee command) {
        Returnee view = Returnee.from(returnees.register(required(command).toCommand()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.registryNumber()).build())
                .tag(etag(view))
                .entity(view)
                .build();
    }

    @GET
    @Path("{registryNumber}")
    @Operation(operationId = "getReturnee", summary = "Read a returnee's whole record for a declared purpose")
    @APIResponse(
            responseCode = "200",
            description = "The returnee's whole record; ETag its version",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Returnee.class)))
    @APIResponse(
            responseCode = "400",
            description = "No purpose declared (PurposeRequired), or a parameter cannot be read (ValidationFailed)")
    @APIResponse(
            responseCode = "403",
            description =
                    "Refused by the consent decision point (PurposeNotPermitted, NoConsent, ConsentRevoked, ConsentExpired,"
                            + " ConsentPending, ConsentRejected, CategoryNotConsented), or the caller's role or organisation may not"
                            + " (NotAuthorized, OrganisationSuspended, UnknownOrganisation)")
    @APIResponse(responseCode = "404", description = "No returnee has this registry number (NotFound)")
    public Response get(@PathParam("registryNumber") String registryNumber, @QueryParam("purpose") String purpose) {
        Returnee view = Returnee.from(returnees.get(registryNumber, purpose));
        return Response.ok(view).tag(etag(view)).build();
    }

    /**
     * Reads a returnee for a declared purpose: only the data categories the consent decision point
     * grants the caller's organisation are answered; the others are absent. {@code purpose} is
     * required; {@code category} may repeat (all categories when none is named).
     */
    @GET
    @Path("{registryNumber}/disclosure")
    @Operation(
            operationId = "discloseReturnee",
            summary = "Read a returnee for a declared purpose: only the categories consent grants",
            description = "Every decision is logged. category may repeat; all categories when none is named.")
    @APIResponse(
            responseCode = "200",
            description = "The granted categories of the returnee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DisclosedReturnee")))
    @APIResponse(
            responseCode = "400",
            description = "No purpose declared (PurposeRequired) or an unknown category (ValidationFailed)")
    @APIResponse(
            responseCode = "403",
            description =
                    "Refused by the consent decision point (PurposeNotPermitted, NoConsent, ConsentRevoked, ConsentExpired,"
                            + " ConsentPending, ConsentRejected, CategoryNotConsented), or the caller's role or organisation may not"
                            + " (NotAuthorized, OrganisationSuspended, UnknownOrganisation)")
    @APIResponse(responseCode = "404", description = "No returnee has this registry number (NotFound)")
    public DisclosedReturnee disclose(
            @PathParam("registryNumber") String registryNumber,
            @QueryParam("purpose") String purpose,
            @QueryParam("category") List<String> categories) {
        return DisclosedReturnee.from(returnees.disclose(registryNumber, purpose, categories));
    }

    /**
     * Finds returnees by one identifier or by family name and date of birth, for a declared
     * {@code purpose} (required); every hit answered is decided and logged.
     */
    @GET
    @Operation(operationId = "findReturnees", summary = "Find returnees by identifier or name (paged)")
    @APIResponse(
            responseCode = "200",
            description = "One page of returnees (Link and X-Total-Count headers)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ReturneeSummary.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "No purpose declared (PurposeRequired), neither an identifier nor a family name and date of birth, or a"
                            + " parameter cannot be read (ValidationFailed)")
    @APIResponse(
            responseCode = "403",
            description =
                    "Refused by the consent decision point (PurposeNotPermitted, NoConsent, ConsentRevoked, ConsentExpired,"
                            + " ConsentPending, ConsentRejected, CategoryNotConsented), or the caller's role or organisation may not"
                            + " (NotAuthorized, OrganisationSuspended, UnknownOrganisation)")
    public Response find(
            @QueryParam("identifierType") String identifierType,
            @QueryParam("identifierNumber") String identifierNumber,
            @QueryParam("issuingCountry") String issuingCountry,
            @QueryParam("familyName") String familyName,
            @QueryParam("givenName") String givenName,
            @QueryParam("dateOfBirth") String dateOfBirth,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize,
            @QueryParam("purpose") String purpose) {
        List<Violation> unreadable = new ArrayList<>();
        org.returneeregistry.returnee.domain.Identifier identifier =
                identifierType == null && identifierNumber == null && issuingCountry == null
                        ? null
                        : new Identifier(identifierType, identifierNumber, issuingCountry).toDomain();
        ReturneeQuery query = new ReturneeQuery(
                identifier,
                familyName,
                givenName,
                QueryParameters.date("dateOfBirth", dateOfBirth, unreadable),
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable),
                purpose);
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(returnees.find(query), ReturneeSummary::from, uri).build();
    }

    @POST
    @Path("{registryNumber}/corrections")
    @Operation(operationId = "correctReturnee", summary = "Correct a returnee's person details, with a reason")
    @APIResponse(
            responseCode = "200",
            description = "Corrected; ETag the new version",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Returnee.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input, or no purpose declared (ValidationFailed, MalformedRequest, PurposeRequired)")
    @APIResponse(
            responseCode = "403",
            description =
                    "Refused by the consent decision point (PurposeNotPermitted, NoConsent, ConsentRevoked, ConsentExpired,"
                            + " ConsentPending, ConsentRejected, CategoryNotConsented), or the caller's role or organisation may not"
                            + " (NotAuthorized, OrganisationSuspended, UnknownOrganisation)")
    @APIResponse(responseCode = "404", description = "No returnee has this registry number (NotFound)")
    @APIResponse(responseCode = "409", description = "The record changed since expectedVersion was read (StaleVersion)")
    public Response correct(@PathParam("registryNumber") String registryNumber, CorrectionRequest request) {
        CorrectionRequest body = required(request);
        Returnee view = Returnee.from(returnees.correct(new CorrectReturnee(
                registryNumber,
                body.expectedVersion(),
                body.reason(),
                Wire.one(body.changes(), PersonCorrection::toDomain),
                body.purpose())));
        return Response.ok(view).tag(etag(view)).build();
    }

    @GET
    @Path("{registryNumber}/history")
    @Operation(operationId = "getReturneeHistory", summary = "Read the history of changes to a returnee")
    @APIResponse(
            responseCode = "200",
            description = "The changes, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class)))
    @APIResponse(
            responseCode = "400",
            description = "No purpose declared (PurposeRequired), or a parameter cannot be read (ValidationFailed)")
    @APIResponse(
            responseCode = "403",
            description =
                    "Refused by the consent decision point (PurposeNotPermitted, NoConsent, ConsentRevoked, ConsentExpired,"
                            + " ConsentPending, ConsentRejected, CategoryNotConsented), or the caller's role or organisation may not"
                            + " (NotAuthorized, OrganisationSuspended, UnknownOrganisation)")
    @APIResponse(responseCode = "404", description = "No returnee has this registry number (NotFound)")
    public List<HistoryEntry> history(
            @PathParam("registryNumber") String registryNumber, @QueryParam("purpose") String purpose) {
        return Wire.list(returnees.history(registryNumber, purpose), HistoryEntry::from);
    }

    private static EntityTag etag(Returnee view) {
        return new EntityTag(Long.toString(view.version()));
    }
}
