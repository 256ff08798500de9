package org.returneeregistry.reintegration.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.reintegration.application.CaseService;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/** The published assessment questionnaires, every version (reference data). */
@Singleton
@Path("questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Reintegration cases: assessments, plans, referrals, follow-ups")
public class QuestionnairesResource {

    @EJB
    private CaseService cases;

    @GET
    @Operation(operationId = "listQuestionnaires", summary = "List the questionnaires, every version")
    @APIResponse(
            responseCode = "200",
            description = "The questionnaires",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Questionnaire.class)))
    public List<Questionnaire> list() {
        return cases.questionnaires().stream().map(Questionnaire::from).toList();
    }

    @GET
    @Path("{code}/{version}")
    @Operation(operationId = "getQuestionnaire", summary = "Read one questionnaire version")
    @APIResponse(
            responseCode = "200",
            description = "The questionnaire",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Questionnaire.class)))
    @APIResponse(
            responseCode = "422",
            description = "No questionnaire with this code and version is published (UnknownQuestionnaire)")
    public Questionnaire get(@PathParam("code") String code, @PathParam("version") String version) {
        int v;
        try {
            v = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new RegistryException(
                    ErrorCode.UNKNOWN_QUESTIONNAIRE,
                    "No questionnaire " + code + " version " + version + " is published.");
        }
        return Questionnaire.from(cases.questionnaire(code, v));
    }
}
