package org.returneeregistry.reintegration.rest;

/**
 * The body of a grievance recorded on a returnee's behalf: against the returnee's case ({@code caseId}) or
 * anonymously ({@code anonymous} true and no case), its {@code grievance-category} code and what was said.
 */
public record RecordGrievance(String caseId, Boolean anonymous, String category, String description) {

    org.returneeregistry.reintegration.application.RecordGrievance toCommand() {
        return new org.returneeregistry.reintegration.application.RecordGrievance(
                caseId, anonymous, category, description);
    }
}
