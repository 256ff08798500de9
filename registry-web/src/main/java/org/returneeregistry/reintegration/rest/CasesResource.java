package org.returneeregistry.reintegration.rest;

import static org.returneeregistry.shared.rest.RequestBody.required;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.reintegration.application.CaseQuery;
import org.returneeregistry.reintegration.application.CaseService;
import org.returneeregistry.reintegration.application.CreatedAssessment;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.rest.PageLinks;
import org.returneeregistry.shared.rest.QueryParameters;

/**
 * Reintegration cases, for registrars: a resource centre's case workers work the cases their centre
 * holds (any other answers 404, as one that does not exist); the operator's registrars see all and
 * place those no centre holds.
 */
@Singleton
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Reintegration cases: assessments, plans, referrals, follow-ups")
public class CasesResource {

    @EJB
    private CaseService cases;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "openCase",
            summary = "Open a case for a returnee who has none open",
            description = "A resource centre's registrar opens it at their centre; the operator's registrar names"
                    + " the centre or leaves it to the centre serving the returnee's home district.")
    @APIResponse(
            responseCode = "201",
            description = "Opened; Location names the case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Case.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No returnee has this registry number (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "The returnee has an open case (CaseAlreadyOpen), or the centre is not an active resource"
                    + " centre (CaseWorkerUnavailable)")
    public Response open(OpenCase command) {
        Case opened = Case.from(cases.open(required(command).toCommand()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(opened.caseId()).build())
                .entity(opened)
                .build();
    }

    @GET
    @Operation(
            operationId = "listCases",
            summary = "List cases, newest first, optionally of one returnee, status, centre and case worker",
            description = "A resource centre's registrar sees its centre's cases only. Paged with page and pageSize.")
    @APIResponse(
            responseCode = "200",
            description = "One page of cases",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = CaseSummary.class)))
    @APIResponse(responseCode = "400", description = "Unknown status, or a page out of range (ValidationFailed)")
    public Response list(
            @QueryParam("registryNumber") String registryNumber,
            @QueryParam("status") String status,
            @QueryParam("centre") String centre,
            @QueryParam("worker") String worker,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        List<Violation> unreadable = new ArrayList<>();
        CaseQuery query = new CaseQuery(
                registryNumber,
                status,
                centre,
                worker,
                QueryParameters.integer("page", page, unreadable),
                QueryParameters.integer("pageSize", pageSize, unreadable));
        if (!unreadable.isEmpty()) {
            throw RegistryException.invalid(unreadable);
        }
        return PageLinks.ok(cases.list(query), CaseSummary::from, uri).build();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getCase",
            summary = "Read a case with its plan, follow-ups, assessments' scores and history",
            description = "Scores of assessments with special-category answers are shown only to the returnee's"
                    + " case worker, as the consent decision point decides (and logs).")
    @APIResponse(
            responseCode = "200",
            description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Case.class)))
    @APIResponse(responseCode = "404", description = "No case with this id is visible to the caller (NotFound)")
    public Case get(@PathParam("id") String id) {
        return Case.from(cases.get(id));
    }

    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "assignCase",
            summary = "Assign a case to a case worker of the centre holding it",
            description = "Without a worker, a resource centre's registrar takes the case. A case no centre holds is"
                    + " placed at the centre named (operator's registrars).")
    @APIResponse(
            responseCode = "200",
            description = "Assigned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Case.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No case with this id is visible to the caller (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "The case is closed or held by another centre (CaseStatusConflict), or the centre is not"
                    + " an active resource centre (CaseWorkerUnavailable)")
    public Case assign(@PathParam("id") String id, AssignCase command) {
        return Case.from(cases.assign(id, required(command).toCommand()));
    }

    @POST
    @Path("{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transferCase", summary = "Transfer a case to another resource centre, with the reason")
    @APIResponse(
            responseCode = "200",
            description = "Transferred",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Case.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No case with this id is visible to the caller (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "The case is closed or already there (CaseStatusConflict), or the centre is not an active"
                    + " resource centre (CaseWorkerUnavailable)")
    public Case transfer(@PathParam("id") String id, TransferCase command) {
        return Case.from(cases.transfer(id, required(command).toCommand()));
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "closeCase",
            summary = "Close a case with its outcome",
            description = "With actions of the plan still open a reason is required; they are cancelled with it.")
    @APIResponse(
            responseCode = "200",
            description = "Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Case.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown outcome, or OTHER without a reason (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No case with this id is visible to the caller (NotFound)")
    @APIResponse(responseCode = "409", description = "The case is closed already (CaseStatusConflict)")
    @APIResponse(
            responseCode = "422",
            description = "The plan has open actions and no reason was given (CaseHasOpenActions)")
    public Case close(@PathParam("id") String id, CloseCase command) {
        return Case.from(cases.close(id, required(command).toCommand()));
    }

    @POST
    @Path("{id}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordAssessment",
            summary = "Record an assessment with a published questionnaire version",
            description = "Every answer is checked against its question's type and range or options; all violations"
                    + " are listed and nothing is written. A positive screening that refers to a service is referred"
                    + " to the organisation routed for it (referral), or the referral is suggested (suggestedReferral)."
                    + " An Idempotency-Key header makes the request repeatable: the same key and body answer the"
                    + " assessment first recorded (200); the same key with another body is refused (422).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded, with its score and the change against the first with the questionnaire",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Assessment.class)))
    @APIResponse(
            responseCode = "400",
            description = "An answer outside its question's type or range, an unknown question, a required question"
                    + " not answered (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No case with this id is visible to the caller (NotFound)")
    @APIResponse(responseCode = "409", description = "The case is closed (CaseStatusConflict)")
    @APIResponse(
            responseCode = "200",
            description = "A repeat under the same Idempotency-Key; the assessment it recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Assessment.class)))
    @APIResponse(
            responseCode = "422",
            description = "No questionnaire with this code and version is published (UnknownQuestionnaire), or the"
                    + " Idempotency-Key was used for a different request (IdempotencyKeyReused)")
    public Response assess(
            @PathParam("id") String id,
            RecordAssessment command,
            @HeaderParam(ReferralsResource.IDEMPOTENCY_KEY) String idempotencyKey) {
        CreatedAssessment result = cases.assess(id, required(command).toCommand(), idempotencyKey);
        Assessment recorded = Assessment.from(result.assessment());
        if (!result.created()) {
            return Response.ok(recorded).build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(recorded.number()))
                        .build())
                .entity(recorded)
                .build();
    }

    @GET
    @Path("{id}/assessments/{number}")
    @Operation(
            operationId = "getAssessment",
            summary = "Read an assessment with its answers",
            description = "Special-category answers (trafficking, GBV screening), and the score they went into, only"
                    + " for the returnee's case worker; the consent decision point decides and logs each read.")
    @APIResponse(
            responseCode = "200",
            description = "The assessment",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Assessment.class)))
    @APIResponse(responseCode = "404", description = "No such case or assessment visible to the caller (NotFound)")
    public Assessment assessment(@PathParam("id") String id, @PathParam("number") String number) {
        return Assessment.from(cases.assessment(id, number(number, "Assessment")));
    }

    @POST
    @Path("{id}/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCaseGoal", summary = "Add a goal to the case's plan")
    @APIResponse(
            responseCode = "200",
            description = "The case with the goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Case.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown dimension or level, no description (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No case with this id is visible to the caller (NotFound)")
    @APIResponse(responseCode = "409", description = "The case is closed (CaseStatusConflict)")
    public Case addGoal(@PathParam("id") String id, AddGoal command) {
        return Case.from(cases.addGoal(id, required(command).toCommand()));
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCaseAction", summary = "Add an action towards a goal of the case's plan")
    @APIResponse(
            responseCode = "200",
            description = "The case with the action",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Case.class)))
    @APIResponse(
            responseCode = "400",
            description = "No such goal, unknown organisation, no due date (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No case with this id is visible to the caller (NotFound)")
    @APIResponse(responseCode = "409", description = "The case is closed (CaseStatusConflict)")
    public Case addAction(@PathParam("id") String id, AddAction command) {
        return Case.from(cases.addAction(id, required(command).toCommand()));
    }

    @POST
    @Path("{id}/actions/{number}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endCaseAction", summary = "End an action of the plan: done or cancelled")
    @APIResponse(
            responseCode = "200",
            description = "The case with the action ended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Case.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No such case or action visible to the caller (NotFound)")
    @APIResponse(responseCode = "409", description = "The case is closed or the action ended (CaseStatusConflict)")
    public Case endAction(@PathParam("id") String id, @PathParam("number") String number, EndAction command) {
        return Case.from(
                cases.endAction(id, number(number, "Action"), required(command).toCommand()));
    }

    @POST
    @Path("{id}/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkCaseReferral", summary = "Link an existing referral of the returnee to the case")
    @APIResponse(
            responseCode = "200",
            description = "The case with the referral linked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Case.class)))
    @APIResponse(
            responseCode = "400",
            description = "The referral is of another returnee (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No such case or referral (NotFound)")
    @APIResponse(responseCode = "409", description = "The case is closed (CaseStatusConflict)")
    public Case linkReferral(@PathParam("id") String id, LinkReferral command) {
        return Case.from(cases.linkReferral(id, required(command).toCommand()));
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCaseNote", summary = "Add a progress note to the case's history")
    @APIResponse(
            responseCode = "200",
            description = "The case with the note",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Case.class)))
    @APIResponse(responseCode = "400", description = "No text (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No case with this id is visible to the caller (NotFound)")
    @APIResponse(responseCode = "409", description = "The case is closed (CaseStatusConflict)")
    public Case addNote(@PathParam("id") String id, AddNote command) {
        return Case.from(cases.addNote(id, required(command).toCommand()));
    }

    @POST
    @Path("{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordFollowUp",
            summary = "Record a follow-up contact",
            description = "It fills the earliest scheduled follow-up not yet made. A contact dated before the case"
                    + " opened is refused.")
    @APIResponse(
            responseCode = "200",
            description = "The case with the follow-up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Case.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown outcome, a date in the future (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No case with this id is visible to the caller (NotFound)")
    @APIResponse(responseCode = "409", description = "The case is closed (CaseStatusConflict)")
    @APIResponse(
            responseCode = "422",
            description = "The contact is dated before the case opened (FollowUpBeforeCaseOpened)")
    public Case followUp(@PathParam("id") String id, RecordFollowUp command) {
        return Case.from(cases.followUp(id, required(command).toCommand()));
    }

    @PUT
    @Path("{id}/skills-profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordSkillsProfile",
            summary = "Record the skills profile of the case's returnee",
            description = "The whole profile (category SKILLS) becomes its next version, kept with who, when and"
                    + " why; the earlier versions stay as its history. Occupations are ISCO-08 unit groups (four"
                    + " digits); at most 20 occupations and 20 certificates.")
    @APIResponse(
            responseCode = "200",
            description = "The profile with its history",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SkillsProfile.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No case with this id is visible to the caller (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "The case is closed (CaseStatusConflict), or the profile changed meanwhile (StaleVersion)")
    public SkillsProfile recordSkills(@PathParam("id") String id, RecordSkills command) {
        return SkillsProfile.from(cases.recordSkills(id, required(command).toCommand()));
    }

    @GET
    @Path("{id}/skills-profile")
    @Operation(
            operationId = "getSkillsProfile",
            summary = "The skills profile of the case's returnee, with its history")
    @APIResponse(
            responseCode = "200",
            description = "The profile with its history",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SkillsProfile.class)))
    @APIResponse(
            responseCode = "404",
            description = "No case with this id is visible to the caller, or no profile was recorded (NotFound)")
    public SkillsProfile skills(@PathParam("id") String id) {
        return SkillsProfile.from(cases.skills(id));
    }

    @PUT
    @Path("{id}/family")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordFamily",
            summary = "Record the family members and dependants of the case's returnee",
            description = "The whole list (category FAMILY, at most 30 members) becomes its next version, kept with"
                    + " who, when and why; the earlier versions stay as its history.")
    @APIResponse(
            responseCode = "200",
            description = "The family record with its history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Family.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (ValidationFailed, MalformedRequest)")
    @APIResponse(responseCode = "404", description = "No case with this id is visible to the caller (NotFound)")
    @APIResponse(
            responseCode = "409",
            description = "The case is closed (CaseStatusConflict), or the record changed meanwhile (StaleVersion)")
    public Family recordFamily(@PathParam("id") String id, RecordFamily command) {
        return Family.from(cases.recordFamily(id, required(command).toCommand()));
    }

    @GET
    @Path("{id}/family")
    @Operation(
            operationId = "getFamily",
            summary = "The family members and dependants of the case's returnee, with the history")
    @APIResponse(
            responseCode = "200",
            description = "The family record with its history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Family.class)))
    @APIResponse(
            responseCode = "404",
            description = "No case with this id is visible to the caller, or no family was recorded (NotFound)")
    public Family family(@PathParam("id") String id) {
        return Family.from(cases.family(id));
    }

    /** A number in a path; anything else names nothing there is. */
    private static int number(String text, String what) {
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number nothing has
        }
        throw RegistryException.notFound(what + " " + text);
    }
}
