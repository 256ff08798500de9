package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/**
 * A returnee's feedback or grievance as a registrar records it on the returnee's behalf: against the returnee's
 * case ({@code caseId}), or anonymously ({@code anonymous} true, and then no case), with its category
 * ({@code grievance-category} code) and what the returnee said.
 */
public record RecordGrievance(
        @Pattern(regexp = CASE_ID, message = "must be a case id (a UUID in lower case)")
        String caseId,

        @NotNull Boolean anonymous,
        @NotNull @Code("grievance-category") String category,
        @Text(multiLine = true) @NotBlank @Size(max = 2000) String description) {

    public static final String CASE_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
}
