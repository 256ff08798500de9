package org.returneeregistry.socialsecurity.rest;

import static org.returneeregistry.shared.rest.RequestBody.required;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.socialsecurity.application.SocialSecurityService;
import org.returneeregistry.socialsecurity.rest.SocialSecurityTransfer.AssessmentRequest;
import org.returneeregistry.socialsecurity.rest.SocialSecurityTransfer.AssessmentResult;
import org.returneeregistry.socialsecurity.rest.SocialSecurityTransfer.Section;
import org.returneeregistry.socialsecurity.rest.SocialSecurityTransfer.SectionSetting;

/**
 * What-if assessments of insurance periods under an agreement's social security section or an inline rule
 * set (social security officers), and the sections themselves (set by registry administrators).
 */
@Singleton
@Path("social-security")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Social security", description = "Totalisation of insurance periods under agreements' rules")
public class SocialSecurityResource {

    @EJB
    private SocialSecurityService service;

    @POST
    @Path("assessments")
    @Operation(
            operationId = "assessPeriods",
            summary = "Assess insurance periods for a benefit (what-if, nothing stored)",
            description = "Under an agreement's social security section (agreementId) or an inline rule set"
                    + " (ruleSet), never both. Answers the periods credited, the outcome, the amounts and the full"
                    + " computation trace. At most 200 periods.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssessmentRequest")))
    @APIResponse(
            responseCode = "200",
            description = "The assessment with its trace",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssessmentResult")))
    @APIResponse(responseCode = "400", description = "Invalid input; every violation is listed (ValidationFailed)")
    @APIResponse(responseCode = "404", description = "No such agreement (NotFound)")
    @APIResponse(
            responseCode = "422",
            description = "The agreement has no social security section (NoSocialSecuritySection)")
    public AssessmentResult assess(AssessmentRequest body) {
        return SocialSecurityTransfer.json(service.assess(SocialSecurityTransfer.command(required(body))));
    }

    @PUT
    @Path("agreements/{agreementId}/section")
    @Operation(
            operationId = "setSocialSecuritySection",
            summary = "Set the next version of an agreement's social security section",
            description = "The rule set as a JSON document (docs/social-security.md), checked completely first;"
                    + " earlier versions stay as they were.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "SocialSecuritySectionSetting")))
    @APIResponse(
            responseCode = "200",
            description = "The version written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SocialSecuritySection")))
    @APIResponse(responseCode = "400", description = "Invalid document; every violation is listed (ValidationFailed)")
    @APIResponse(responseCode = "404", description = "No such agreement (NotFound)")
    public Section setSection(@PathParam("agreementId") String agreementId, SectionSetting body) {
        return SocialSecurityTransfer.json(
                service.setSection(agreementId, SocialSecurityTransfer.command(required(body))));
    }

    @GET
    @Path("agreements/{agreementId}/section")
    @Operation(
            operationId = "getSocialSecuritySection",
            summary = "Read the social security section that applies to an agreement")
    @APIResponse(
            responseCode = "200",
            description = "The latest version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SocialSecuritySection")))
    @APIResponse(responseCode = "404", description = "No such agreement (NotFound)")
    @APIResponse(
            responseCode = "422",
            description = "The agreement has no social security section (NoSocialSecuritySection)")
    public Section section(@PathParam("agreementId") String agreementId) {
        return SocialSecurityTransfer.json(service.section(agreementId));
    }
}
