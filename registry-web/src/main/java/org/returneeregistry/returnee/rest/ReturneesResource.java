package org.returneeregistry.returnee.rest;

import static org.returneeregistry.shared.rest.RequestBody.required;

import jakarta.ejb.EJB;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.returneeregistry.returnee.application.CorrectReturnee;
import org.returneeregistry.returnee.application.DisclosedReturnee;
import org.returneeregistry.returnee.application.HistoryView;
import org.returneeregistry.returnee.application.RegisterReturnee;
import org.returneeregistry.returnee.application.ReturneeQuery;
import org.returneeregistry.returnee.application.ReturneeService;
import org.returneeregistry.returnee.application.ReturneeView;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.returnee.domain.PersonCorrection;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Returnees: register, read, find, correct with a reason, and read the history of changes. */
@Path("returnees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Returnees", description = "The returnee record: register, read, find, correct, history, consent-governed disclosure")
public class ReturneesResource {

    /**
     * The body of a correction; the registry number comes from the path. {@code purpose} is required: the
     * answer is the whole record, decided and logged as a whole-record read.
     */
    public record CorrectionRequest(Long expectedVersion, String reason, PersonCorrection changes, String purpose) {
    }

    @EJB
    private ReturneeService returnees;

    @Context
    private UriInfo uri;

    @POST
    @Operation(operationId = "registerReturnee", summary = "Register a returnee directly")
    public Response register(RegisterReturnee command) {
        ReturneeView view = returnees.register(required(command));
        return Response.created(uri.getAbsolutePathBuilder().path(view.registryNumber()).build())
                .tag(etag(view)).entity(view).build();
    }

    @GET
    @Path("{registryNumber}")
    @Operation(operationId = "getReturnee", summary = "Read a returnee's whole record for a declared purpose")
    public Response get(@PathParam("registryNumber") String registryNumber, @QueryParam("purpose") String purpose) {
        ReturneeView view = returnees.get(registryNumber, purpose);
        return Response.ok(view).tag(etag(view)).build();
    }

    /**
     * Reads a returnee for a declared purpose: only the data categories the consent decision point
     * grants the caller's organisation are answered; the others are absent. {@code purpose} is
     * required; {@code category} may repeat (all categories when none is named).
     */
    @GET
    @Path("{registryNumber}/disclosure")
    @Operation(operationId = "discloseReturnee", summary = "Read a returnee for a declared purpose: only the categories consent grants",
            description = "Every decision is logged. category may repeat; all categories when none is named.")
    @APIResponse(responseCode = "200", description = "The granted categories of the returnee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DisclosedReturnee")))
    @APIResponse(responseCode = "400", description = "No purpose declared (PurposeRequired) or an unknown category (ValidationFailed)")
    @APIResponse(responseCode = "403", description = "Refused by the consent decision point: NoConsent, ConsentRevoked, ConsentExpired,"
            + " CategoryNotConsented or PurposeNotPermitted; or the caller's organisation is suspended")
    @APIResponse(responseCode = "404", description = "No returnee has this registry number (NotFound)")
    public DisclosedReturnee disclose(@PathParam("registryNumber") String registryNumber,
                                      @QueryParam("purpose") String purpose,
                                      @QueryParam("category") List<String> categories) {
        return returnees.disclose(registryNumber, purpose, categories);
    }

    /**
     * Finds returnees by one identifier or by family name and date of birth, for a declared
     * {@code purpose} (required); every hit answered is decided and logged.
     */
    @GET
    @Operation(operationId = "findReturnees", summary = "Find returnees by identifier or name (paged)")
    public Response find(@QueryParam("identifierType") String identifierType,
                         @QueryParam("identifierNumber") String identifierNumber,
                         @QueryParam("issuingCountry") String issuingCountry,
                         @QueryParam("familyName") String familyName,
                         @QueryParam("givenName") String givenName,
                         @QueryParam("dateOfBirth") String dateOfBirth,
                         @QueryParam("page") String page,
                         @QueryParam("pageSize") String pageSize,
                         @QueryParam("purpose") String purpose) {
        List<Violation> unreadable = new ArrayList<>();
        Identifier identifier = identifierType == null && identifierNumber == null && issuingCountry == null
                ? null : new Identifier(identifierType, identifierNumber, issuingCountry);
        ReturneeQuery query = new ReturneeQuery(identifier, familyName, givenName,
                QueryParameters.date("dateOfBirth", dateOfBirth, unreadable),
                QueryParameters.integer("page", page, unreadable), QueryParameters.integer("pageSize", pageSize, unreadable),
                purpose);
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(returnees.find(query), uri).build();
    }

    @POST
    @Path("{registryNumber}/corrections")
    @Operation(operationId = "correctReturnee", summary = "Correct a returnee's person details, with a reason")
    public Response correct(@PathParam("registryNumber") String registryNumber, CorrectionRequest request) {
        CorrectionRequest body = required(request);
        ReturneeView view = returnees.correct(
                new CorrectReturnee(registryNumber, body.expectedVersion(), body.reason(), body.changes(), body.purpose()));
        return Response.ok(view).tag(etag(view)).build();
    }

    @GET
    @Path("{registryNumber}/history")
    @Operation(operationId = "getReturneeHistory", summary = "Read the history of changes to a returnee")
    public List<HistoryView> history(@PathParam("registryNumber") String registryNumber,
                                     @QueryParam("purpose") String purpose) {
        return returnees.history(registryNumber, purpose);
    }

    private static EntityTag etag(ReturneeView view) {
        return new EntityTag(Long.toString(view.version()));
    }

}
